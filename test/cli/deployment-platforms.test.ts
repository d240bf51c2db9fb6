import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('deployment-platforms');

describe('deployment entries: containers and platforms', () => {
  it('follows a Dockerfile CMD, Procfile processes, a serverless handler, a wrangler main, a Netlify function and a GitLab job', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('netlify/functions/feedback.ts'),
      {
        filePath: 'scripts/prune-tickets.mjs',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`prompt` (prompt-sync) asks a question on the terminal in code that runs without one (this file runs as a CI step (.gitlab-ci.yml)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 4,
            column: 14,
            messageId: 'interactivePrompt',
            endLine: 4,
            endColumn: 20,
            trace: [
              {
                filePath: '.gitlab-ci.yml',
                line: 8,
                column: 7,
                endLine: 8,
                endColumn: 37,
                message: 'runs `node scripts/prune-tickets.mjs` in CI',
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
      clean('src/api.ts'),
      {
        filePath: 'src/approvals/digest-review.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`editor` (@inquirer/prompts) asks a question on the terminal in code that runs without one (imported by src/functions/weekly-digest.ts, which is the handler of the serverless function `weeklyDigest` (serverless.yml)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 4,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 4,
            endColumn: 16,
            trace: [
              {
                filePath: 'serverless.yml',
                line: 7,
                column: 14,
                endLine: 7,
                endColumn: 46,
                message: 'is the handler of the function `weeklyDigest` (`src/functions/weekly-digest.main`)',
              },
              {
                filePath: 'src/functions/weekly-digest.ts',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 62,
                message: 'imports `../approvals/digest-review.js`',
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
      {
        filePath: 'src/approvals/escalation.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`prompt` (prompt-sync) asks a question on the terminal in code that runs without one (imported by src/queue-consumer.ts, which runs as the `worker` process (Procfile)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 6,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 6,
            endColumn: 16,
            trace: [
              {
                filePath: 'Procfile',
                line: 2,
                column: 9,
                endLine: 2,
                endColumn: 57,
                message: 'runs `node --enable-source-maps dist/queue-consumer.js` as the `worker` process',
              },
              {
                filePath: 'src/queue-consumer.ts',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 54,
                message: 'imports `./approvals/escalation.js`',
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
      {
        filePath: 'src/approvals/feedback-check.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`confirm` (@inquirer/prompts) asks a question on the terminal in code that runs without one (imported by netlify/functions/feedback.ts, which runs as a Netlify function (netlify/functions/)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 4,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 4,
            endColumn: 17,
            trace: [
              {
                filePath: 'netlify/functions/feedback.ts',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 73,
                message: 'runs as a Netlify function (netlify/functions/)',
              },
              {
                filePath: 'netlify/functions/feedback.ts',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 73,
                message: 'imports `../../src/approvals/feedback-check.js`',
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
      {
        filePath: 'src/approvals/refund-approval.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`terminal.question` (node:readline) asks a question on the terminal in code that runs without one (imported by src/api.ts, which runs in a container (Dockerfile)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 6,
            column: 5,
            messageId: 'interactivePrompt',
            endLine: 6,
            endColumn: 22,
            trace: [
              {
                filePath: 'Dockerfile',
                line: 11,
                column: 1,
                endLine: 11,
                endColumn: 37,
                message: 'runs `node /srv/app/dist/api.js` when the container starts (`CMD`)',
              },
              {
                filePath: 'src/api.ts',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 63,
                message: 'imports `./approvals/refund-approval.js`',
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
      clean('src/functions/weekly-digest.ts'),
      clean('src/local/seed.ts'),
      clean('src/queue-consumer.ts'),
      clean('src/worker/index.ts'),
      {
        filePath: 'src/worker/triage.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`select` (@inquirer/prompts) asks a question on the terminal in code that runs without one (imported by src/worker/index.ts, which runs as a Cloudflare Worker (wrangler.toml)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 4,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 4,
            endColumn: 16,
            trace: [
              {
                filePath: 'wrangler.toml',
                line: 2,
                column: 1,
                endLine: 2,
                endColumn: 29,
                message: "is the Worker's `main` (`src/worker/index.ts`)",
              },
              { filePath: 'src/worker/index.ts', line: 1, column: 1, endLine: 1, endColumn: 38, message: 'imports `./triage.js`' },
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
