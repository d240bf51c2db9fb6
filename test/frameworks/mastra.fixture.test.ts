import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/mastra');

describe('Mastra fixture', () => {
  it('reports runs and workflow loops without a cap, content read as a string, and tools without deadlines, and stays silent on the docs patterns', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/mastra/agents/support.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`Agent` has a `stopWhen` of only `hasToolCall('handOff')` in `defaultOptions`, so the default cap of 5 steps no longer applies, and the loop stops only when the model calls `handOff` or stops calling tools. Set a step cap beside it, such as `maxSteps: 10`.",
            line: 22,
            column: 21,
            messageId: 'missingBound',
            endLine: 22,
            endColumn: 53,
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
      clean('src/mastra/index.ts'),
      {
        filePath: 'src/mastra/tools/orders.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `lookup-order`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
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
      {
        filePath: 'src/mastra/workflows/drafting.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`dountil` has no iteration cap, and its condition never reads `iterationCount`, so the workflow runs its step again until the condition returns `true`, with no limit on the number of iterations. Stop at a limit in the condition, such as `iterationCount >= 10 || ...`.',
            line: 26,
            column: 4,
            messageId: 'missingBound',
            endLine: 26,
            endColumn: 11,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`inputData.lastMessage.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this `dowhile` condition never sees the stop word there. Add an `Array.isArray(inputData.lastMessage.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 30,
            column: 89,
            messageId: 'listContent',
            endLine: 30,
            endColumn: 127,
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
      {
        filePath: 'src/routes/chat.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`greeterAgent.generate` has a `stopWhen` of only `hasToolCall('closeTicket')`, so the default cap of 5 steps no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools. Set a step cap beside it, such as `maxSteps: 10`.",
            line: 8,
            column: 56,
            messageId: 'missingBound',
            endLine: 8,
            endColumn: 92,
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
