import { describe, expect, it } from 'vitest';
import { expectMarkers, fixture, scan } from './scan.js';

const root = fixture('tool-chains-imports');

describe('tool chains through imported objects and namespaces', () => {
  it('follows a member of an imported object literal and an arrow const of a namespace import', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/api/claims.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 4,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 4,
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
        filePath: 'src/api/notes.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 3,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 3,
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
              "Tool `claim_details` can hang: `claimsApi.get` (src/api/claims.ts:3) calls `fetch` without an abort signal (src/api/claims.ts:4), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 12,
            column: 35,
            messageId: 'chainFetchNoSignal',
            endLine: 12,
            endColumn: 48,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 12,
                column: 35,
                endLine: 12,
                endColumn: 48,
                message: '`claim_details` calls `claimsApi.get`',
              },
              {
                filePath: 'src/api/claims.ts',
                line: 4,
                column: 28,
                endLine: 4,
                endColumn: 33,
                message: '`fetch` has no abort signal',
              },
            ],
          },
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "Tool `claim_notes` can hang: `notes.listNotes` (src/api/notes.ts:2) calls `fetch` without an abort signal (src/api/notes.ts:3), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
            line: 19,
            column: 35,
            messageId: 'chainFetchNoSignal',
            endLine: 19,
            endColumn: 50,
            trace: [
              {
                filePath: 'src/tools.ts',
                line: 19,
                column: 35,
                endLine: 19,
                endColumn: 50,
                message: '`claim_notes` calls `notes.listNotes`',
              },
              {
                filePath: 'src/api/notes.ts',
                line: 3,
                column: 26,
                endLine: 3,
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
