/**
 * The scanner with declared types: a tsconfig.json turns on TypeScript's checker, asked only
 * at content uses of predicates and at values syntax cannot resolve.
 */
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('types-content');

describe('declared types (scanner with a tsconfig.json)', () => {
  it('judges content by its declared type after narrowing, and reads bounds pinned by literal types', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/agents.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              "`message.content` is `string | Part[]`, which admits a list of parts, and `.endsWith()` on a list throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Add an `Array.isArray(message.content)` branch that joins the parts' `text`, or read the text through a helper that handles every content shape.",
            line: 12,
            column: 48,
            messageId: 'listContentType',
            endLine: 12,
            endColumn: 73,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` is `string | Part[] | null`, which admits `null` or `undefined`, and `.includes()` on it then throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 12,
            column: 90,
            messageId: 'nullContentType',
            endLine: 12,
            endColumn: 114,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              "`message.content` is `string | Part[] | null`, which admits a list of parts, and the `typeof` check lets a list go by unread, so this `isTerminationMsg` never sees the stop word there. Add an `Array.isArray(message.content)` branch that joins the parts' `text`, or read the text through a helper that handles every content shape.",
            line: 18,
            column: 87,
            messageId: 'listContentType',
            endLine: 18,
            endColumn: 111,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.includes()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 35,
            column: 39,
            messageId: 'nullContent',
            endLine: 35,
            endColumn: 63,
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
      clean('src/chat-types.ts'),
      {
        filePath: 'src/graph.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              "`last?.content` is `string | MessageContentComplex[]`, which admits a list of parts, and `.includes()` on a list is quietly false, so this router of `addConditionalEdges` never sees the stop word there. Add an `Array.isArray(last?.content)` branch that joins the parts' `text`, or read the text through a helper that handles every content shape.",
            line: 12,
            column: 10,
            messageId: 'listContentType',
            endLine: 12,
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
      clean('src/limits.ts'),
      {
        filePath: 'src/run.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxTurns` is `2000` (from `limits.maxTurns`, src/limits.ts:3), above the `maxBound` of 1000, so in practice the loop stops only when the model decides to. Set a bound of at most 1000, such as `maxTurns: 10`.',
            line: 8,
            column: 30,
            messageId: 'valueAboveMax',
            endLine: 8,
            endColumn: 55,
            trace: [
              {
                filePath: 'src/limits.ts',
                line: 3,
                column: 22,
                endLine: 3,
                endColumn: 26,
                message: '`maxTurns` gets `2000` from here',
              },
            ],
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxTurns` is `5000` (from `SETTINGS.maxTurns`, src/settings.d.ts:3), above the `maxBound` of 1000, so in practice the loop stops only when the model decides to. Set a bound of at most 1000, such as `maxTurns: 10`.',
            line: 20,
            column: 30,
            messageId: 'valueAboveMax',
            endLine: 20,
            endColumn: 57,
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

  it('with --no-types falls back to the syntactic analysis everywhere', async () => {
    const { exitCode, results, stderr } = await scan(root, ['--no-types']);
    expect(results).toEqual([
      {
        filePath: 'src/agents.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.includes()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 6,
            column: 47,
            messageId: 'nullContent',
            endLine: 6,
            endColumn: 71,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.endsWith()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 12,
            column: 48,
            messageId: 'nullContent',
            endLine: 12,
            endColumn: 73,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.includes()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 12,
            column: 90,
            messageId: 'nullContent',
            endLine: 12,
            endColumn: 114,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and the `typeof` check lets a list go by unread, so this `isTerminationMsg` never sees the stop word there. Add an `Array.isArray(message.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 18,
            column: 87,
            messageId: 'listContent',
            endLine: 18,
            endColumn: 111,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.includes()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 35,
            column: 39,
            messageId: 'nullContent',
            endLine: 35,
            endColumn: 63,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.includes()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 41,
            column: 49,
            messageId: 'nullContent',
            endLine: 41,
            endColumn: 73,
          },
        ],
        suppressedMessages: [],
        errorCount: 6,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/chat-types.ts'),
      {
        filePath: 'src/graph.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`last?.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this router of `addConditionalEdges` never sees the stop word there. Add an `Array.isArray(last?.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 12,
            column: 10,
            messageId: 'listContent',
            endLine: 12,
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
      clean('src/limits.ts'),
      clean('src/run.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
  });

  it('without strictNullChecks lets types rule out lists but not null, and leaves JavaScript to the syntactic analysis', async () => {
    const loose = fixture('types-loose');
    const { exitCode, results, stderr } = await scan(loose);
    expect(results).toEqual([
      {
        filePath: 'src/agents.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.endsWith()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 7,
            column: 47,
            messageId: 'nullContent',
            endLine: 7,
            endColumn: 71,
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
      clean('src/messages.ts'),
      {
        filePath: 'src/predicates.js',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and the `typeof` check lets a list go by unread, so this `isTerminationMsg` never sees the stop word there. Add an `Array.isArray(message.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 3,
            column: 49,
            messageId: 'listContent',
            endLine: 3,
            endColumn: 73,
            trace: [
              {
                filePath: 'src/agents.ts',
                line: 10,
                column: 62,
                endLine: 10,
                endColumn: 86,
                message: 'used as the `isTerminationMsg` here',
              },
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
    expectMarkers(loose, results);
  });
});
