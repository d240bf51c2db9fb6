import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/ai-sdk');

describe('Vercel AI SDK fixture', () => {
  it('reports unbounded stop conditions, unsafe custom conditions and tools without deadlines, and stays silent on the docs patterns', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/docs-examples.ts'),
      clean('src/limits.ts'),
      {
        filePath: 'src/support-bot.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `lookupOrder`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 11,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 11,
            endColumn: 33,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`generateText` has a `stopWhen` of only `hasToolCall('closeTicket')`, so the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools. Add a step cap beside it, such as `stopWhen: [hasToolCall('closeTicket'), stepCountIs(10)]`.",
            line: 25,
            column: 5,
            messageId: 'missingBound',
            endLine: 25,
            endColumn: 41,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`stepCountIs` is `0` (from `TRIAGE_STEPS`, src/limits.ts:2), which never matches: `stepCountIs` compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to. Set a finite bound such as `stepCountIs(10)`.',
            line: 34,
            column: 15,
            messageId: 'unboundedValue',
            endLine: 34,
            endColumn: 40,
            trace: [
              { filePath: 'src/limits.ts', line: 2, column: 29, endLine: 2, endColumn: 30, message: '`stepCountIs` gets `0` from here' },
            ],
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`steps.at(-1)?.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this custom `stopWhen` condition never sees the stop word there. Add an `Array.isArray(steps.at(-1)?.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 43,
            column: 58,
            messageId: 'listContent',
            endLine: 43,
            endColumn: 88,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`ToolLoopAgent` has `stopWhen: isLoopFinished()`, a condition that is never true, so the default cap of 20 steps no longer applies, and the loop stops only when the model stops calling tools. Set a step cap such as `stopWhen: stepCountIs(20)`.',
            line: 52,
            column: 3,
            messageId: 'missingBound',
            endLine: 52,
            endColumn: 29,
          },
        ],
        suppressedMessages: [],
        errorCount: 5,
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
