import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/openai-agents');

const NULL_EFFECT =
  'which the Agents SDK documents as no limit (leaving it out keeps the default of 10 turns), so the run stops only when the model produces a final output. Set a finite bound such as `maxTurns: 10`.';

describe('OpenAI Agents fixture', () => {
  it('reports unbounded runs and a tool fetch without a signal, and leaves the quickstart silent', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/limits.ts'),
      {
        filePath: 'src/research-runner.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `fetch_filing`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 9,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 9,
            endColumn: 33,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message: `\`maxTurns\` is \`null\`, ${NULL_EFFECT}`,
            line: 18,
            column: 61,
            messageId: 'unboundedValue',
            endLine: 18,
            endColumn: 75,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message: `\`maxTurns\` is \`null\` (from \`RUN_LIMITS.turns\`, src/limits.ts:1), ${NULL_EFFECT}`,
            line: 24,
            column: 61,
            messageId: 'unboundedValue',
            endLine: 24,
            endColumn: 87,
            trace: [
              { filePath: 'src/limits.ts', line: 1, column: 36, endLine: 1, endColumn: 40, message: '`maxTurns` gets `null` from here' },
            ],
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxTurns` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `maxTurns: 10`.',
            line: 31,
            column: 17,
            messageId: 'unboundedValue',
            endLine: 31,
            endColumn: 35,
          },
        ],
        suppressedMessages: [],
        errorCount: 4,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/support-desk.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
