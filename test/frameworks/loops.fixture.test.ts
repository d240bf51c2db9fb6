import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/loops');

describe('hand-written agent loops fixture', () => {
  it('reports loops around model calls that only the model can end (following the client imported from llm.ts) and their unsafe conditions, and stays silent on bounded loops and a terminal chat', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/bounded-agents.ts'),
      {
        filePath: 'src/legacy-worker.js',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`while (!reply.content.endsWith('SUMMARY END'))` has a condition that only the model's reply decides, and no finite turn limit, deadline or abort check, so a model that keeps answering that way keeps it calling `client.chat.completions.create` forever. Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.",
            line: 8,
            column: 3,
            messageId: 'missingBound',
            endLine: 8,
            endColumn: 8,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`reply.content` can be `null` (a message that only calls a tool has no text), and `.endsWith()` on it throws a TypeError, so this loop condition crashes the run instead of ending it. Check `typeof reply.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 8,
            column: 11,
            messageId: 'nullContent',
            endLine: 8,
            endColumn: 33,
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
      clean('src/llm.ts'),
      {
        filePath: 'src/policy-review.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`while (response.stop_reason === 'tool_use')` has a condition that only the model's reply decides, and no finite turn limit, deadline or abort check, so a model that keeps answering that way keeps it calling `anthropic.messages.create` forever. Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.",
            line: 9,
            column: 3,
            messageId: 'missingBound',
            endLine: 9,
            endColumn: 8,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`response.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this exit condition never sees the stop word there. Add an `Array.isArray(response.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 13,
            column: 9,
            messageId: 'listContent',
            endLine: 13,
            endColumn: 34,
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
        filePath: 'src/research-loop.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`do \u2026 while (!notes.includes('CONFIDENT'))` has a condition that only the model's reply decides, and no finite turn limit, deadline or abort check, so a model that keeps answering that way keeps it calling `generateText` forever. Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.",
            line: 9,
            column: 3,
            messageId: 'missingBound',
            endLine: 9,
            endColumn: 5,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`review.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this exit condition never sees the stop word there. Add an `Array.isArray(review.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 19,
            column: 9,
            messageId: 'listContent',
            endLine: 19,
            endColumn: 32,
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
        filePath: 'src/support-agent.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              "`while (true)` has no finite turn limit, deadline or abort check, and only the model's reply can end it, so a model that never gives that reply keeps it calling `openai.chat.completions.create` forever. Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.",
            line: 6,
            column: 3,
            messageId: 'missingBound',
            endLine: 6,
            endColumn: 8,
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
      clean('src/terminal-chat.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
