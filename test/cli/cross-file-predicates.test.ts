import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('cross-file-predicates');

describe('cross-file predicates', () => {
  it('reports the content use of an imported predicate in the file that defines it, once however many agents use it', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('researchers.ts'),
      clean('reviewers.ts'),
      clean('termination/index.ts'),
      {
        filePath: 'termination/predicates.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.toUpperCase()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 5,
            column: 3,
            messageId: 'nullContent',
            endLine: 5,
            endColumn: 30,
            trace: [
              {
                filePath: 'researchers.ts',
                line: 11,
                column: 3,
                endLine: 11,
                endColumn: 19,
                message: 'used as the `isTerminationMsg` here',
              },
            ],
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this `isTerminationMsg` never sees the stop word there. Add an `Array.isArray(message.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 9,
            column: 10,
            messageId: 'listContent',
            endLine: 9,
            endColumn: 34,
            trace: [
              {
                filePath: 'researchers.ts',
                line: 18,
                column: 3,
                endLine: 18,
                endColumn: 34,
                message: 'used as the `isTerminationMsg` here',
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
