import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const FETCH_NO_SIGNAL =
  "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.";

describe('directives after template literals and regexes with backticks', () => {
  const root = fixture('disable-comments-templates');

  it('reads eslint-disable comments from the parsed tree, not from a bare token scan', async () => {
    const { exitCode, results, stderr } = await scan(root);
    const suppressed = (line: number, justification: string) => ({
      ruleId: 'halting/require-fetch-timeout',
      severity: 2,
      message: FETCH_NO_SIGNAL,
      line,
      column: 26,
      messageId: 'fetchNoSignal',
      endLine: line,
      endColumn: 31,
      suppressions: [{ kind: 'directive', justification }],
    });
    expect(results).toEqual([
      {
        filePath: 'crm-tools.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message: FETCH_NO_SIGNAL,
            line: 17,
            column: 23,
            messageId: 'fetchNoSignal',
            endLine: 17,
            endColumn: 28,
          },
        ],
        suppressedMessages: [suppressed(5, ''), { ...suppressed(12, 'the CRM answers from a local replica'), column: 26, endColumn: 31 }],
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

describe('headless reachability through CommonJS require', () => {
  const root = fixture('reachability-commonjs');

  it('marks a module required by an express server as headless', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'approval.cjs',
        messages: [
          {
            ruleId: 'halting/no-human-input-in-headless',
            severity: 2,
            message:
              '`terminal.question` (node:readline) asks a question on the terminal in code that runs without one (imported by server.cjs, which runs an HTTP server (`express`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
            line: 7,
            column: 5,
            messageId: 'interactivePrompt',
            endLine: 7,
            endColumn: 22,
            trace: [
              { filePath: 'server.cjs', line: 1, column: 1, endLine: 1, endColumn: 36, message: 'runs an HTTP server (`express`)' },
              { filePath: 'server.cjs', line: 2, column: 28, endLine: 2, endColumn: 53, message: 'requires `./approval.cjs`' },
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
      clean('server.cjs'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});

describe('imports of a file that does not parse', () => {
  const root = fixture('broken-import');

  it('reports the parse error and reads nothing out of the broken file', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'draft-agent.ts',
        messages: [{ ruleId: null, fatal: true, severity: 2, message: "Parsing error: ',' expected.", line: 3, column: 86 }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('run.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
