import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('tool-chains');

describe('a tool that reaches fetch through helpers in other files', () => {
  it('reports the tool at its call of the first helper, with the chain and its trace, and the fetch where it is written', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/http.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 4,
            column: 26,
            messageId: 'fetchNoSignal',
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
      clean('src/nightly-sync.ts'),
      clean('src/policy.ts'),
      {
        filePath: 'src/tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `lookupPolicy` can hang: `getPolicy` (src/policy.ts:12) → `httpGet` (src/http.ts:3) calls `fetch` without an abort signal (src/http.ts:4), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 10,
            column: 26,
            messageId: 'chainFetchNoSignal',
            endLine: 10,
            endColumn: 35,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 10,
                column: 26,
                endLine: 10,
                endColumn: 35,
                message: '`lookupPolicy` calls `getPolicy`',
              },
              {
                filePath: 'src/policy.ts',
                line: 13,
                column: 22,
                endLine: 13,
                endColumn: 29,
                message: '`getPolicy` calls `httpGet`',
              },
              {
                filePath: 'src/http.ts',
                line: 4,
                column: 26,
                endLine: 4,
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

  it('under scope "tools", reports the fetch as reached from the tool, and nothing for the job that calls the same helper', async () => {
    const { exitCode, results, stderr } = await scan(root, ['--config', 'tools-scope.json']);
    expect(results).toEqual([
      {
        filePath: 'src/http.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal (reached from tool `lookupPolicy`), so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 4,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 4,
            endColumn: 31,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 10,
                column: 26,
                endLine: 10,
                endColumn: 35,
                message: '`lookupPolicy` calls `getPolicy`',
              },
              {
                filePath: 'src/policy.ts',
                line: 13,
                column: 22,
                endLine: 13,
                endColumn: 29,
                message: '`getPolicy` calls `httpGet`',
              },
              {
                filePath: 'src/http.ts',
                line: 4,
                column: 26,
                endLine: 4,
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
      clean('src/nightly-sync.ts'),
      clean('src/policy.ts'),
      {
        filePath: 'src/tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `lookupPolicy` can hang: `getPolicy` (src/policy.ts:12) → `httpGet` (src/http.ts:3) calls `fetch` without an abort signal (src/http.ts:4), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 10,
            column: 26,
            messageId: 'chainFetchNoSignal',
            endLine: 10,
            endColumn: 35,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 10,
                column: 26,
                endLine: 10,
                endColumn: 35,
                message: '`lookupPolicy` calls `getPolicy`',
              },
              {
                filePath: 'src/policy.ts',
                line: 13,
                column: 22,
                endLine: 13,
                endColumn: 29,
                message: '`getPolicy` calls `httpGet`',
              },
              {
                filePath: 'src/http.ts',
                line: 4,
                column: 26,
                endLine: 4,
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
