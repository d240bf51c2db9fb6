import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('deployment-malformed');

describe('deployment entries: malformed configs', () => {
  it('warns about configs that do not parse, skips them, and reads the rest', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/digest.js'),
      clean('src/edge.js'),
      clean('src/nightly.js'),
      {
        filePath: 'src/operator.js',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`prompt` (prompt-sync) asks a question on the terminal in code that runs without one (imported by src/worker.js, which runs as the `worker` process (Procfile)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 6,
            column: 10,
            messageId: 'interactivePrompt',
            endLine: 6,
            endColumn: 16,
            trace: [
              {
                filePath: 'Procfile',
                line: 1,
                column: 9,
                endLine: 1,
                endColumn: 27,
                message: 'runs `node src/worker.js` as the `worker` process',
              },
              { filePath: 'src/worker.js', line: 1, column: 1, endLine: 1, endColumn: 45, message: 'imports `./operator.js`' },
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
      clean('src/server.js'),
      clean('src/worker.js'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe(
      [
        // One line per broken file, though the loader and the deployment reader both read package.json.
        "halting: warning: package.json:6:1: not valid JSON ('}' expected.)\n",
        'halting: warning: .github/workflows/nightly.yml:5:7: not valid YAML (Block collections are not allowed within flow collections)\n',
        'halting: warning: serverless.yml:5:1: not valid YAML (All mapping items must start at the same column)\n',
      ].join(''),
    );
    expectMarkers(root, results);
  });
});
