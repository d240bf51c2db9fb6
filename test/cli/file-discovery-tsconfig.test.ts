import { describe, expect, it } from 'vitest';
import { expectMarkers, fixture, scan } from './scan.js';

const root = fixture('file-discovery-tsconfig');

const FETCH_MESSAGE =
  "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.";

describe('file discovery with a tsconfig', () => {
  it('scans only the files the tsconfig includes', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/agent.ts',
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
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: 'src/tools/forecast.js',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message: FETCH_MESSAGE,
            line: 2,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 2,
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

  it('scans a file named on the command line even when the tsconfig leaves it out', async () => {
    const { exitCode, results, stderr } = await scan(root, ['scripts/seed-forecasts.ts']);
    expect(results).toEqual([
      {
        filePath: 'scripts/seed-forecasts.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message: FETCH_MESSAGE,
            line: 3,
            column: 9,
            messageId: 'fetchNoSignal',
            endLine: 3,
            endColumn: 14,
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
  });
});
