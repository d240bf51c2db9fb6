import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('headless-reachability');

describe('headless reachability', () => {
  it('reports human input in modules imported from a headless entry, and names the entry', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/chat/escalation.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`UserProxyAgent` without `humanInputMode` prompts a person by default (`ALWAYS` in AutoGen 0.2, `TERMINATE` in autogen_node) in code that runs without a terminal (imported by src/server.ts, which runs an HTTP server (`express`)), so the chat waits for input that never comes. Pass `humanInputMode: "NEVER"` (for an AutoGen 0.4-style agent, an `inputFunc` that does not read the terminal).',
            line: 5,
            column: 14,
            messageId: 'defaultHumanInput',
            endLine: 5,
            endColumn: 28,
            trace: [
              { filePath: 'src/server.ts', line: 1, column: 1, endLine: 1, endColumn: 31, message: 'runs an HTTP server (`express`)' },
              { filePath: 'src/server.ts', line: 2, column: 1, endLine: 2, endColumn: 52, message: 'imports `./chat/setup.js`' },
              { filePath: 'src/chat/setup.ts', line: 3, column: 1, endLine: 3, endColumn: 56, message: 'imports `./escalation.js`' },
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
      clean('src/chat/review-notes.ts'),
      {
        filePath: 'src/chat/setup.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`humanInputMode` is `"ALWAYS"` in code that runs without a terminal (imported by src/server.ts, which runs an HTTP server (`express`)), so the agent waits for a person who is not there and the request hangs. Set `humanInputMode: "NEVER"` and end the chat with a termination predicate and a finite bound.',
            line: 9,
            column: 5,
            messageId: 'humanInputMode',
            endLine: 9,
            endColumn: 29,
            trace: [
              { filePath: 'src/server.ts', line: 1, column: 1, endLine: 1, endColumn: 31, message: 'runs an HTTP server (`express`)' },
              { filePath: 'src/server.ts', line: 2, column: 1, endLine: 2, endColumn: 52, message: 'imports `./chat/setup.js`' },
            ],
          },
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`terminal.question` (node:readline) asks a question on the terminal in code that runs without one (imported by src/server.ts, which runs an HTTP server (`express`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 20,
            column: 5,
            messageId: 'interactivePrompt',
            endLine: 20,
            endColumn: 22,
            trace: [
              { filePath: 'src/server.ts', line: 1, column: 1, endLine: 1, endColumn: 31, message: 'runs an HTTP server (`express`)' },
              { filePath: 'src/server.ts', line: 2, column: 1, endLine: 2, endColumn: 52, message: 'imports `./chat/setup.js`' },
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
      clean('src/chat/terminal-review.ts'),
      clean('src/cli.ts'),
      {
        filePath: 'src/jobs/digest.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`terminal.question` (node:readline/promises) asks a question on the terminal in code that runs without one (imported by src/jobs/nightly.ts, which runs a cron job (`node-cron`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 5,
            column: 26,
            messageId: 'interactivePrompt',
            endLine: 5,
            endColumn: 43,
            trace: [
              { filePath: 'src/jobs/nightly.ts', line: 1, column: 1, endLine: 1, endColumn: 30, message: 'runs a cron job (`node-cron`)' },
              { filePath: 'src/jobs/nightly.ts', line: 2, column: 1, endLine: 2, endColumn: 43, message: 'imports `./digest.js`' },
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
      clean('src/jobs/nightly.ts'),
      clean('src/prompts/ask-operator.ts'),
      clean('src/prompts/local-triage.ts'),
      clean('src/server.ts'),
      {
        filePath: 'src/shared/summariser.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`human_input_mode` is `"TERMINATE"` in code that runs without a terminal (imported by src/server.ts, which runs an HTTP server (`express`)), so the agent waits for a person who is not there and the request hangs. Set `human_input_mode: "NEVER"` and end the chat with a termination predicate and a finite bound.',
            line: 7,
            column: 5,
            messageId: 'humanInputMode',
            endLine: 7,
            endColumn: 34,
            trace: [
              { filePath: 'src/server.ts', line: 1, column: 1, endLine: 1, endColumn: 31, message: 'runs an HTTP server (`express`)' },
              { filePath: 'src/server.ts', line: 4, column: 1, endLine: 4, endColumn: 59, message: 'imports `./shared/summariser.js`' },
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
