import { describe, expect, it } from 'vitest';
import { expectMarkers, fixture, scan } from './scan.js';

const root = fixture('disable-comments');

describe('disable comments', () => {
  it('honours eslint-disable comments for halting rules and lists what they suppressed', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'agents.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `null`, which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 5,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 5,
            endColumn: 32,
          },
        ],
        suppressedMessages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 13,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 13,
            endColumn: 36,
            suppressions: [
              {
                kind: 'directive',
                justification: '',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 17,
            column: 10,
            messageId: 'fetchNoSignal',
            endLine: 17,
            endColumn: 15,
            suppressions: [
              {
                kind: 'directive',
                justification: '',
              },
            ],
          },
        ],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: 'tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 22,
            column: 24,
            messageId: 'fetchNoSignal',
            endLine: 22,
            endColumn: 29,
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 34,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 34,
            endColumn: 31,
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 41,
            column: 25,
            messageId: 'fetchNoSignal',
            endLine: 41,
            endColumn: 30,
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 49,
            column: 27,
            messageId: 'fetchNoSignal',
            endLine: 49,
            endColumn: 32,
          },
        ],
        suppressedMessages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 6,
            column: 24,
            messageId: 'fetchNoSignal',
            endLine: 6,
            endColumn: 29,
            suppressions: [
              {
                kind: 'directive',
                justification: "the status page sits behind the load balancer's 5 s limit",
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 12,
            column: 27,
            messageId: 'fetchNoSignal',
            endLine: 12,
            endColumn: 32,
            suppressions: [
              {
                kind: 'directive',
                justification: 'the status API is served from the CDN cache',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              '`axios.get` sets no `timeout` and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
            line: 17,
            column: 10,
            messageId: 'axiosNoTimeout',
            endLine: 17,
            endColumn: 19,
            suppressions: [
              {
                kind: 'directive',
                justification: 'the status API is served from the CDN cache',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 27,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 27,
            endColumn: 31,
            suppressions: [
              {
                kind: 'directive',
                justification: '',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 47,
            column: 24,
            messageId: 'fetchNoSignal',
            endLine: 47,
            endColumn: 29,
            suppressions: [
              {
                kind: 'directive',
                justification: 'orders answer from a local cache',
              },
            ],
          },
        ],
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
