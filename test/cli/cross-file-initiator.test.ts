import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('cross-file-initiator');

describe('cross-file initiator', () => {
  it('resolves the initiator of `initiateChat` in the file that creates it', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'agents.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 28,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 28,
            endColumn: 36,
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
      clean('escalate.ts'),
      clean('factory.ts'),
      {
        filePath: 'run.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`initiateChat` sets no `maxTurns`, and its initiator `intakeClerk` has neither `isTerminationMsg` nor a finite `maxConsecutiveAutoReply`, so the chat ends only if the model happens to stop. Pass `maxTurns: 10`, or give `intakeClerk` a termination predicate and a finite auto-reply bound.',
            line: 5,
            column: 21,
            messageId: 'initiatorCannotStop',
            endLine: 5,
            endColumn: 33,
            trace: [{ filePath: 'agents.ts', line: 8, column: 28, endLine: 11, endColumn: 3, message: '`intakeClerk` is created here' }],
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`initiateChat` sets no `maxTurns`, and its initiator `unboundedReviewer` has neither `isTerminationMsg` nor a finite `maxConsecutiveAutoReply`, so the chat ends only if the model happens to stop. Pass `maxTurns: 10`, or give `unboundedReviewer` a termination predicate and a finite auto-reply bound.',
            line: 9,
            column: 27,
            messageId: 'initiatorCannotStop',
            endLine: 9,
            endColumn: 39,
            trace: [
              { filePath: 'agents.ts', line: 25, column: 34, endLine: 29, endColumn: 3, message: '`unboundedReviewer` is created here' },
            ],
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`initiateChat` sets no `maxTurns`, and its initiator `pipeline.intakeClerk` has neither `isTerminationMsg` nor a finite `maxConsecutiveAutoReply`, so the chat ends only if the model happens to stop. Pass `maxTurns: 10`, or give `pipeline.intakeClerk` a termination predicate and a finite auto-reply bound.',
            line: 10,
            column: 31,
            messageId: 'initiatorCannotStop',
            endLine: 10,
            endColumn: 43,
            trace: [
              { filePath: 'agents.ts', line: 8, column: 28, endLine: 11, endColumn: 3, message: '`pipeline.intakeClerk` is created here' },
            ],
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
      clean('text.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
