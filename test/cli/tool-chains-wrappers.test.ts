import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('tool-chains-wrappers');

describe('HTTP wrappers called from tools', () => {
  it('trusts a wrapper that always sets a deadline, judges one that forwards its init per caller, and reports one that never sets one', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/http/billing.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              '`legacyBilling.get` sets no `timeout` and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
            line: 12,
            column: 26,
            messageId: 'axiosNoTimeout',
            endLine: 12,
            endColumn: 43,
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
        filePath: 'src/http/fetch-no-timeout.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 3,
            column: 10,
            messageId: 'fetchNoSignal',
            endLine: 3,
            endColumn: 15,
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
      clean('src/http/fetch-with-timeout.ts'),
      clean('src/http/get-json.ts'),
      {
        filePath: 'src/tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              'Tool `creditNote` can hang: `getCreditNote` (src/http/billing.ts:11) calls `legacyBilling.get` with no `timeout` (src/http/billing.ts:12) and axios defaults to `0` (none), so a server that stops answering holds the tool, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on that call or on its instance.',
            line: 12,
            column: 104,
            messageId: 'chainAxiosNoTimeout',
            endLine: 12,
            endColumn: 117,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 12,
                column: 104,
                endLine: 12,
                endColumn: 117,
                message: '`creditNote` calls `getCreditNote`',
              },
              {
                filePath: 'src/http/billing.ts',
                line: 12,
                column: 26,
                endLine: 12,
                endColumn: 43,
                message: '`legacyBilling.get` has no `timeout`',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `accountStatus` can hang: `getJson` (src/http/get-json.ts:2) calls `fetch` without an abort signal (src/http/get-json.ts:4), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 29,
            column: 32,
            messageId: 'chainFetchNoSignal',
            endLine: 29,
            endColumn: 39,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 29,
                column: 32,
                endLine: 29,
                endColumn: 39,
                message: '`accountStatus` calls `getJson`',
              },
              {
                filePath: 'src/http/get-json.ts',
                line: 4,
                column: 26,
                endLine: 4,
                endColumn: 31,
                message: '`fetch` has no abort signal',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `ping` can hang: `fetchNoTimeout` (src/http/fetch-no-timeout.ts:2) calls `fetch` without an abort signal (src/http/fetch-no-timeout.ts:3), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 40,
            column: 33,
            messageId: 'chainFetchNoSignal',
            endLine: 40,
            endColumn: 47,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 40,
                column: 33,
                endLine: 40,
                endColumn: 47,
                message: '`ping` calls `fetchNoTimeout`',
              },
              {
                filePath: 'src/http/fetch-no-timeout.ts',
                line: 3,
                column: 10,
                endLine: 3,
                endColumn: 15,
                message: '`fetch` has no abort signal',
              },
            ],
          },
        ],
        suppressedMessages: [],
        errorCount: 3,
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

  it('under strict, also reports the forwarding wrapper at its definition, as before', async () => {
    const { exitCode, results, stderr } = await scan(root, ['--config', 'strict.json']);
    expect(results).toEqual([
      {
        filePath: 'src/http/billing.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              '`legacyBilling.get` sets no `timeout` and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
            line: 12,
            column: 26,
            messageId: 'axiosNoTimeout',
            endLine: 12,
            endColumn: 43,
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
        filePath: 'src/http/fetch-no-timeout.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 3,
            column: 10,
            messageId: 'fetchNoSignal',
            endLine: 3,
            endColumn: 15,
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
      clean('src/http/fetch-with-timeout.ts'),
      {
        filePath: 'src/http/get-json.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              'The options of `fetch` cannot be resolved, so halting cannot tell whether the call has a deadline. Pass `signal` (fetch) or `timeout` (axios) where the call is made.',
            line: 4,
            column: 26,
            messageId: 'unknownOptions',
            endLine: 4,
            endColumn: 31,
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
              'Tool `creditNote` can hang: `getCreditNote` (src/http/billing.ts:11) calls `legacyBilling.get` with no `timeout` (src/http/billing.ts:12) and axios defaults to `0` (none), so a server that stops answering holds the tool, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on that call or on its instance.',
            line: 12,
            column: 104,
            messageId: 'chainAxiosNoTimeout',
            endLine: 12,
            endColumn: 117,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 12,
                column: 104,
                endLine: 12,
                endColumn: 117,
                message: '`creditNote` calls `getCreditNote`',
              },
              {
                filePath: 'src/http/billing.ts',
                line: 12,
                column: 26,
                endLine: 12,
                endColumn: 43,
                message: '`legacyBilling.get` has no `timeout`',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `accountStatus` can hang: `getJson` (src/http/get-json.ts:2) calls `fetch` without an abort signal (src/http/get-json.ts:4), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 29,
            column: 32,
            messageId: 'chainFetchNoSignal',
            endLine: 29,
            endColumn: 39,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 29,
                column: 32,
                endLine: 29,
                endColumn: 39,
                message: '`accountStatus` calls `getJson`',
              },
              {
                filePath: 'src/http/get-json.ts',
                line: 4,
                column: 26,
                endLine: 4,
                endColumn: 31,
                message: '`fetch` has no abort signal',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `ping` can hang: `fetchNoTimeout` (src/http/fetch-no-timeout.ts:2) calls `fetch` without an abort signal (src/http/fetch-no-timeout.ts:3), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 40,
            column: 33,
            messageId: 'chainFetchNoSignal',
            endLine: 40,
            endColumn: 47,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 40,
                column: 33,
                endLine: 40,
                endColumn: 47,
                message: '`ping` calls `fetchNoTimeout`',
              },
              {
                filePath: 'src/http/fetch-no-timeout.ts',
                line: 3,
                column: 10,
                endLine: 3,
                endColumn: 15,
                message: '`fetch` has no abort signal',
              },
            ],
          },
        ],
        suppressedMessages: [],
        errorCount: 3,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
  });
});
