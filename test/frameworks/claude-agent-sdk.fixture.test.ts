import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/claude-agent-sdk');

const MISSING_MAX_TURNS =
  '`query` has no `maxTurns` in its options, so the agent loop has no turn limit (the SDK sets none by default) and stops only when the model ends its turn. Set `options.maxTurns` to a finite count such as `maxTurns: 20`.';

describe('Claude Agent SDK fixture', () => {
  it('reports queries without a turn limit, a list-blind break condition and a tool fetch, and leaves the tool guide silent', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/code-review.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `open_ticket`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 12,
            column: 32,
            messageId: 'fetchNoSignal',
            endLine: 12,
            endColumn: 37,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxTurns` is `0`, which the SDK treats as no limit (it passes `--max-turns` only for a truthy value), so the agent runs until the model ends its turn. Set a finite bound such as `maxTurns: 20`.',
            line: 20,
            column: 85,
            messageId: 'unboundedValue',
            endLine: 20,
            endColumn: 96,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.message.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this break condition of a `for await` loop over `query()` never sees the stop word there. Add an `Array.isArray(message.message.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 22,
            column: 41,
            messageId: 'listContent',
            endLine: 22,
            endColumn: 73,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message: MISSING_MAX_TURNS,
            line: 28,
            column: 10,
            messageId: 'missingBound',
            endLine: 28,
            endColumn: 15,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message: MISSING_MAX_TURNS,
            line: 32,
            column: 10,
            messageId: 'missingBound',
            endLine: 32,
            endColumn: 15,
          },
        ],
        suppressedMessages: [],
        errorCount: 5,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/review-options.ts'),
      clean('src/weather-tools.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
