import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/voltagent');

describe('VoltAgent fixture', () => {
  it('reports step caps that never match or are replaced, content read as a string, and tools without deadlines, and stays silent on the docs patterns', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/agents.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`Agent` has a `stopWhen` of only `hasToolCall('handOff')`, so `maxSteps: 10` is ignored, and the loop stops only when the model calls `handOff` or stops calling tools. Add a step cap beside it, such as `stopWhen: [hasToolCall('handOff'), stepCountIs(10)]`.",
            line: 27,
            column: 3,
            messageId: 'missingBound',
            endLine: 27,
            endColumn: 35,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxSteps` is `0`, which never matches: VoltAgent turns it into `stepCountIs(maxSteps)`, which compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to. Set a finite bound such as `maxSteps: 10`.',
            line: 36,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 36,
            endColumn: 14,
          },
        ],
        suppressedMessages: [],
        errorCount: 2,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/index.ts'),
      {
        filePath: 'src/routes.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`steps.at(-1)?.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this custom `stopWhen` condition never sees the stop word there. Add an `Array.isArray(steps.at(-1)?.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 6,
            column: 30,
            messageId: 'listContent',
            endLine: 6,
            endColumn: 60,
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: 'src/tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `lookup_order`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 9,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 9,
            endColumn: 33,
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
