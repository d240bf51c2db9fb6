import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/strands');

describe('Strands fixture', () => {
  it('reports an uncapped invoke, unbounded Swarms, a cyclic Graph and its list-blind handler, and leaves the capped agent silent', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/claims-assistant.ts'),
      {
        filePath: 'src/claims-desk.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `exchange_rates`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 8,
            column: 32,
            messageId: 'fetchNoSignal',
            endLine: 8,
            endColumn: 37,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`adjuster.invoke` has no `limits` in its options, so the agent loop has no turn limit (Strands sets none by default) and stops only when the model stops calling tools. Pass a cap such as `limits: { turns: 20 }` in the options of the call.',
            line: 15,
            column: 10,
            messageId: 'missingBound',
            endLine: 15,
            endColumn: 25,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`Swarm` has neither `maxSteps` nor `timeout`, so its agents can hand off to each other indefinitely (Strands defaults both to `Infinity`). Set a finite `maxSteps` such as `maxSteps: 20`, or a `timeout` in milliseconds.',
            line: 18,
            column: 30,
            messageId: 'missingBound',
            endLine: 18,
            endColumn: 35,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxSteps` is `null`, which Strands replaces with `Infinity`, and no `timeout` is set either, so the agents hand off to each other until one of them answers. Set a finite bound such as `maxSteps: 20`.',
            line: 21,
            column: 38,
            messageId: 'unboundedValue',
            endLine: 21,
            endColumn: 86,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`Graph` has a cycle (`adjuster` → `auditor` → `adjuster`) and neither `maxSteps` nor `timeout`, so the cycle repeats for as long as its edge handlers let it (Strands defaults both limits to `Infinity`). Set a finite `maxSteps` such as `maxSteps: 20`, or a `timeout` in milliseconds.',
            line: 23,
            column: 32,
            messageId: 'missingBound',
            endLine: 23,
            endColumn: 37,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              "`state.node('auditor')?.content` can be a list of parts (`[{ type: \"text\", text: \"...\" }]`), and `.includes()` on a list is quietly false, so this edge `handler` of a `Graph` never sees the stop word there. Add an `Array.isArray(state.node('auditor')?.content)` branch that joins the parts' `text`, or read the text through a helper that handles every content shape.",
            line: 27,
            column: 67,
            messageId: 'listContent',
            endLine: 27,
            endColumn: 106,
          },
        ],
        suppressedMessages: [],
        errorCount: 6,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/limits.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
