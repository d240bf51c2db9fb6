import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/langchain');

describe('LangChain fixture', () => {
  it('reports vacuous iteration and call limits, a content-reading middleware hook and tool calls without deadlines, and leaves the quickstart silent', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/legacy-executor.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              '`axios.get` sets no `timeout` inside tool `fetch_invoice` and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
            line: 15,
            column: 28,
            messageId: 'axiosNoTimeout',
            endLine: 15,
            endColumn: 37,
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `current_rates`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 24,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 24,
            endColumn: 33,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxIterations` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `maxIterations: 15`.',
            line: 32,
            column: 76,
            messageId: 'unboundedValue',
            endLine: 32,
            endColumn: 99,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxIterations` is `100_000`, above the `maxBound` of 1000, so in practice the loop stops only when the model decides to. Set a bound of at most 1000, such as `maxIterations: 15`.',
            line: 36,
            column: 3,
            messageId: 'valueAboveMax',
            endLine: 36,
            endColumn: 25,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxIterations` is `undefined`, which removes the limit: `AgentExecutor` treats an unset `maxIterations` as no limit at all. Set a finite bound such as `maxIterations: 15`.',
            line: 41,
            column: 1,
            messageId: 'unboundedValue',
            endLine: 41,
            endColumn: 36,
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
      clean('src/quickstart.ts'),
      {
        filePath: 'src/support-agent.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `lookup_order`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 7,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 7,
            endColumn: 33,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`lastMessage?.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this `afterModel` hook never sees the stop word there. Add an `Array.isArray(lastMessage?.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 19,
            column: 11,
            messageId: 'listContent',
            endLine: 19,
            endColumn: 40,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`modelCallLimitMiddleware()` has neither `threadLimit` nor `runLimit`, so it counts model calls but never stops the agent: only the graph's `recursionLimit` (25 supersteps by default) does. Pass a limit such as `modelCallLimitMiddleware({ runLimit: 20 })`.",
            line: 28,
            column: 16,
            messageId: 'missingBound',
            endLine: 28,
            endColumn: 40,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`recursionLimit` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `recursionLimit: 50`.',
            line: 32,
            column: 85,
            messageId: 'unboundedValue',
            endLine: 32,
            endColumn: 109,
          },
        ],
        suppressedMessages: [],
        errorCount: 4,
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
