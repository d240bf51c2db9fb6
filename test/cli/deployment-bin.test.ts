import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('deployment-bin');

describe('deployment entries: package bin with a TTY check', () => {
  it('keeps the headless glob off modules only the TTY-checked bin reaches, and reports them when a server reaches them too', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/batch.ts'),
      clean('src/cli.ts'),
      clean('src/review/ask-reviewer.ts'),
      {
        filePath: 'src/review/batch-notes.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`editor` (@inquirer/prompts) asks a question on the terminal in code that runs without one (this file matches the `headless` setting), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 4,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 4,
            endColumn: 16,
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
        filePath: 'src/review/confirm-merge.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`confirm` (@inquirer/prompts) asks a question on the terminal in code that runs without one (imported by src/server.ts, which runs an HTTP server (`fastify`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 5,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 5,
            endColumn: 17,
            trace: [
              { filePath: 'src/server.ts', line: 1, column: 1, endLine: 1, endColumn: 31, message: 'runs an HTTP server (`fastify`)' },
              { filePath: 'src/server.ts', line: 2, column: 1, endLine: 2, endColumn: 58, message: 'imports `./review/confirm-merge.js`' },
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
      clean('src/server.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
