/**
 * A tool registered in one file whose body, in another, reaches a fetch without a deadline
 * through a forwarding wrapper: the finding's trace starts where the tool is registered.
 */
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('tool-chains-registered');

describe('a tool chain whose tool is registered in another file', () => {
  it('traces from the registration through the helper to the fetch', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('agents.ts'),
      clean('autogen.ts'),
      clean('http.ts'),
      {
        filePath: 'tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `lookupCustomer` can hang: `getJson` (http.ts:1) calls `fetch` without an abort signal (http.ts:2), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 4,
            column: 10,
            messageId: 'chainFetchNoSignal',
            endLine: 4,
            endColumn: 17,
            trace: [
              {
                filePath: 'agents.ts',
                line: 5,
                column: 26,
                endLine: 5,
                endColumn: 40,
                message: 'registered as tool `lookupCustomer` here',
              },
              {
                filePath: 'tools.ts',
                line: 4,
                column: 10,
                endLine: 4,
                endColumn: 17,
                message: '`lookupCustomer` calls `getJson`',
              },
              {
                filePath: 'http.ts',
                line: 2,
                column: 26,
                endLine: 2,
                endColumn: 31,
                message: '`fetch` has no abort signal',
              },
            ],
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
