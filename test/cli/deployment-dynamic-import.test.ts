import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('deployment-dynamic-import');

describe('reachability through dynamic import()', () => {
  it('follows import() with a literal or a plain template, not a computed name or a type-only import', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/steps/approval-policy.ts'),
      clean('src/steps/custom-plugin.ts'),
      {
        filePath: 'src/steps/draft-reply.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`prompt` (prompt-sync) asks a question on the terminal in code that runs without one (imported by src/worker.ts, which runs a queue worker (`bullmq`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 6,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 6,
            endColumn: 16,
            trace: [
              { filePath: 'src/worker.ts', line: 1, column: 1, endLine: 1, endColumn: 33, message: 'runs a queue worker (`bullmq`)' },
              {
                filePath: 'src/worker.ts',
                line: 9,
                column: 32,
                endLine: 9,
                endColumn: 64,
                message: 'imports `./steps/draft-reply.js` with `import()`',
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
      clean('src/steps/escalation-target.ts'),
      {
        filePath: 'src/steps/review.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`confirm` (@inquirer/prompts) asks a question on the terminal in code that runs without one (imported by src/worker.ts, which runs a queue worker (`bullmq`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 4,
            column: 26,
            messageId: 'interactivePrompt',
            endLine: 4,
            endColumn: 33,
            trace: [
              { filePath: 'src/worker.ts', line: 1, column: 1, endLine: 1, endColumn: 33, message: 'runs a queue worker (`bullmq`)' },
              {
                filePath: 'src/worker.ts',
                line: 10,
                column: 24,
                endLine: 10,
                endColumn: 51,
                message: 'imports `./steps/review.js` with `import()`',
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
      clean('src/worker.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
