import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('deployment-package-main');

describe('deployment entries: package.json main through tsconfig outDir', () => {
  it('maps dist/node/server.js back to src/server.ts and traces the prompt from the package main', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/agent/refund-agent.ts'),
      {
        filePath: 'src/agent/supervisor.ts',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`terminal.question` (node:readline/promises) asks a question on the terminal in code that runs without one (imported by src/server.ts, which creates an HTTP server (`http.createServer`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 6,
            column: 24,
            messageId: 'interactivePrompt',
            endLine: 6,
            endColumn: 41,
            trace: [
              {
                filePath: 'package.json',
                line: 5,
                column: 11,
                endLine: 5,
                endColumn: 32,
                message: "is the package's `main` (`dist/node/server.js`)",
              },
              {
                filePath: 'src/server.ts',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 42,
                message: 'creates an HTTP server (`http.createServer`)',
              },
              { filePath: 'src/server.ts', line: 2, column: 1, endLine: 2, endColumn: 57, message: 'imports `./agent/refund-agent.js`' },
              {
                filePath: 'src/agent/refund-agent.ts',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 49,
                message: 'imports `./supervisor.js`',
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
      clean('src/operator-console.ts'),
      clean('src/server.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
