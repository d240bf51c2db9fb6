import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('deployment-ci');

describe('deployment entries: CI workflows', () => {
  it('reports prompts in files a CI step runs, directly or through a package script, and not in files no step runs', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('scripts/first-run-setup.ts'),
      clean('scripts/nightly.ts'),
      clean('scripts/rotate-keys.ts'),
      {
        filePath: 'src/digest.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`input` (@inquirer/prompts) asks a question on the terminal in code that runs without one (imported by scripts/nightly.ts, which runs as a CI step (.github/workflows/nightly.yml)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 5,
            column: 26,
            messageId: 'interactivePrompt',
            endLine: 5,
            endColumn: 31,
            trace: [
              {
                filePath: '.github/workflows/nightly.yml',
                line: 15,
                column: 14,
                endLine: 15,
                endColumn: 58,
                message: 'runs `npx tsx scripts/nightly.ts --since yesterday` in CI',
              },
              { filePath: 'scripts/nightly.ts', line: 1, column: 1, endLine: 1, endColumn: 48, message: 'imports `../src/digest.js`' },
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
      {
        filePath: 'src/weekly-report.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`readlineSync.question` (readline-sync) asks a question on the terminal in code that runs without one (this file runs as a CI step (.github/workflows/report.yml)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 3,
            column: 14,
            messageId: 'interactivePrompt',
            endLine: 3,
            endColumn: 35,
            trace: [
              {
                filePath: '.github/workflows/report.yml',
                line: 14,
                column: 11,
                endLine: 14,
                endColumn: 38,
                message: 'runs `npm run report > report.txt` in CI',
              },
              {
                filePath: 'package.json',
                line: 7,
                column: 33,
                endLine: 7,
                endColumn: 80,
                message: 'script `report` runs `node --enable-source-maps dist/weekly-report.js`',
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
    expectMarkers(root, results);
  });
});
