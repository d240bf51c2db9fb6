import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/autogen-ports');

describe('AutoGen TypeScript ports fixture', () => {
  it('reports unbounded AIbitat and autogen_node limits (a vendored AIbitat followed through its relative path) and tools without deadlines, and stays silent on the README patterns', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/newsroom.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxRounds` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `maxRounds: 20`.',
            line: 21,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 21,
            endColumn: 22,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxToolCalls` is `1_000_000`, above the `maxBound` of 1000, so in practice the loop stops only when the model decides to. Set a bound of at most 1000, such as `maxToolCalls: 10`.',
            line: 22,
            column: 3,
            messageId: 'valueAboveMax',
            endLine: 22,
            endColumn: 26,
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
      {
        filePath: 'src/release-team.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `get_changelog`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 5,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 5,
            endColumn: 31,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxRounds` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `maxRounds: 10`.',
            line: 17,
            column: 70,
            messageId: 'unboundedValue',
            endLine: 17,
            endColumn: 89,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxRoundsPerTask` is `Number.POSITIVE_INFINITY`, so the loop stops only when the model decides to. Set a finite bound such as `maxRoundsPerTask: 10`.',
            line: 20,
            column: 74,
            messageId: 'unboundedValue',
            endLine: 20,
            endColumn: 116,
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
      {
        filePath: 'src/scraper-plugin.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `read_page`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 13,
            column: 34,
            messageId: 'fetchNoSignal',
            endLine: 13,
            endColumn: 39,
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
      clean('src/server.js'),
      clean('vendor/aibitat/index.js'),
      {
        filePath: 'vendor/aibitat/plugins/child-agent.js',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxToolCalls` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `maxToolCalls: 10`.',
            line: 5,
            column: 24,
            messageId: 'unboundedValue',
            endLine: 5,
            endColumn: 46,
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
