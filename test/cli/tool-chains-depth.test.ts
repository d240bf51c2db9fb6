import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('tool-chains-depth');

describe('the bound on tool chains', () => {
  it('follows four helpers, not five, and ends on recursion', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/crawl.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 9,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 9,
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
        filePath: 'src/levels-lower.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 6,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 6,
            endColumn: 31,
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 19,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 19,
            endColumn: 31,
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
      clean('src/levels.ts'),
      {
        filePath: 'src/tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `auditTrail` can hang: `auditLevel1` (src/levels.ts:3) → `auditLevel2` (src/levels.ts:7) → `auditLevel3` (src/levels-lower.ts:1) → `auditLevel4` (src/levels-lower.ts:5) calls `fetch` without an abort signal (src/levels-lower.ts:6), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 9,
            column: 106,
            messageId: 'chainFetchNoSignal',
            endLine: 9,
            endColumn: 117,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 9,
                column: 106,
                endLine: 9,
                endColumn: 117,
                message: '`auditTrail` calls `auditLevel1`',
              },
              {
                filePath: 'src/levels.ts',
                line: 4,
                column: 10,
                endLine: 4,
                endColumn: 21,
                message: '`auditLevel1` calls `auditLevel2`',
              },
              {
                filePath: 'src/levels.ts',
                line: 8,
                column: 10,
                endLine: 8,
                endColumn: 21,
                message: '`auditLevel2` calls `auditLevel3`',
              },
              {
                filePath: 'src/levels-lower.ts',
                line: 2,
                column: 10,
                endLine: 2,
                endColumn: 21,
                message: '`auditLevel3` calls `auditLevel4`',
              },
              {
                filePath: 'src/levels-lower.ts',
                line: 6,
                column: 26,
                endLine: 6,
                endColumn: 31,
                message: '`fetch` has no abort signal',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `siteMap` can hang: `crawl` (src/crawl.ts:1) → `fetchPage` (src/crawl.ts:8) calls `fetch` without an abort signal (src/crawl.ts:9), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 18,
            column: 33,
            messageId: 'chainFetchNoSignal',
            endLine: 18,
            endColumn: 38,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 18,
                column: 33,
                endLine: 18,
                endColumn: 38,
                message: '`siteMap` calls `crawl`',
              },
              {
                filePath: 'src/crawl.ts',
                line: 3,
                column: 36,
                endLine: 3,
                endColumn: 45,
                message: '`crawl` calls `fetchPage`',
              },
              {
                filePath: 'src/crawl.ts',
                line: 9,
                column: 26,
                endLine: 9,
                endColumn: 31,
                message: '`fetch` has no abort signal',
              },
            ],
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
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
