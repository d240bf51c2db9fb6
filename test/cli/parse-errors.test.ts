import { describe, expect, it } from 'vitest';
import { expectMarkers, fixture, runCli, scan } from './scan.js';

const root = fixture('parse-errors');

describe('parse errors', () => {
  it('reports a file that does not parse as a fatal message and scans the rest', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'draft-agent.ts',
        messages: [
          {
            ruleId: null,
            fatal: true,
            severity: 2,
            message: 'Parsing error: Property assignment expected.',
            line: 7,
            column: 1,
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: 'legacy-router.js',
        messages: [
          {
            ruleId: null,
            fatal: true,
            severity: 2,
            message: 'Parsing error: Expression expected.',
            line: 2,
            column: 39,
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: 'weather-tool.ts',
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
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });

  it('shows parsing errors without a rule id in the stylish format, as ESLint does', async () => {
    expect(await runCli(root, [])).toEqual({
      exitCode: 1,
      stdout: [
        '',
        'draft-agent.ts',
        '  7:1  error  Parsing error: Property assignment expected',
        '',
        'legacy-router.js',
        '  2:39  error  Parsing error: Expression expected',
        '',
        'weather-tool.ts',
        "  3:26  error  `fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal  halting/require-fetch-timeout",
        '',
        '\u2716 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
