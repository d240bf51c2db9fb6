import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('cross-file-tools');

describe('tools registered in another file', () => {
  it('checks the body of an imported tool under scope "tools", and names the tool', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('agents.ts'),
      {
        filePath: 'policy-tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `lookupPolicy`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 3,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 3,
            endColumn: 31,
            trace: [
              { filePath: 'agents.ts', line: 4, column: 85, endLine: 4, endColumn: 97, message: 'registered as tool `lookupPolicy` here' },
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
