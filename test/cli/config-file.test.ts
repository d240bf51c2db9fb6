import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, runCli, scan, type ScanResult } from './scan.js';

const root = fixture('config-file');

const RESEARCHER_ABOVE_50 = {
  ruleId: 'halting/no-unbounded-agent-loop',
  message:
    '`maxConsecutiveAutoReply` is `60`, above the `maxBound` of 50, so in practice the loop stops only when the model decides to. Set a bound of at most 50, such as `maxConsecutiveAutoReply: 10`.',
  line: 7,
  column: 3,
  messageId: 'valueAboveMax',
  endLine: 7,
  endColumn: 30,
};

const ROUND_TABLE_ABOVE_50 = {
  ruleId: 'halting/no-unbounded-agent-loop',
  message:
    '`maxRound` is `500`, above the `maxBound` of 50, so in practice the loop stops only when the model decides to. Set a bound of at most 50, such as `maxRound: 12`.',
  line: 12,
  column: 3,
  messageId: 'valueAboveMax',
  endLine: 12,
  endColumn: 16,
};

const NIGHTLY_EDITOR_ALWAYS = {
  ruleId: 'halting/no-human-input-in-headless',
  message:
    '`humanInputMode` is `"ALWAYS"` in code that runs without a terminal (this file matches the `headless` setting), so the agent waits for a person who is not there and the request hangs. Set `humanInputMode: "NEVER"` and end the chat with a termination predicate and a finite bound.',
  line: 8,
  column: 5,
  messageId: 'humanInputMode',
  endLine: 8,
  endColumn: 29,
};

const CITATION_FETCH = {
  ruleId: 'halting/require-fetch-timeout',
  message:
    "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
  line: 2,
  column: 26,
  messageId: 'fetchNoSignal',
  endLine: 2,
  endColumn: 31,
};

const SEARCH_AXIOS = {
  ruleId: 'halting/require-fetch-timeout',
  message:
    '`axios.get` sets no `timeout` and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
  line: 4,
  column: 26,
  messageId: 'axiosNoTimeout',
  endLine: 4,
  endColumn: 35,
};

/** The two HTTP calls, at `warn` in .haltingrc.json. */
const TOOL_WARNINGS: ScanResult[] = [
  {
    filePath: 'src/tools/citations.ts',
    messages: [{ ...CITATION_FETCH, severity: 1 }],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  },
  {
    filePath: 'src/tools/search.ts',
    messages: [{ ...SEARCH_AXIOS, severity: 1 }],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  },
];

/** Only warnings are left: the two HTTP calls (2 warnings). */
const WARNINGS_ONLY = ['--rule', 'no-unbounded-agent-loop:off', '--rule', 'halting/no-human-input-in-headless:off'];

describe('config file', () => {
  it('applies rule levels, rule options and the headless and interactive globs of .haltingrc.json', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/agents/analyst.ts'),
      {
        filePath: 'src/agents/research-team.ts',
        messages: [
          { ...RESEARCHER_ABOVE_50, severity: 2 },
          { ...ROUND_TABLE_ABOVE_50, severity: 2 },
        ],
        suppressedMessages: [],
        errorCount: 2,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/agents/termination.ts'),
      clean('src/jobs/manual-rerun.ts'),
      {
        filePath: 'src/jobs/nightly-report.ts',
        messages: [{ ...NIGHTLY_EDITOR_ALWAYS, severity: 2 }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      ...TOOL_WARNINGS,
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });

  it('reads a top-level maxBound from the file given with --config, instead of .haltingrc.json', async () => {
    const { exitCode, results, stderr } = await scan(root, ['--config', 'configs/top-level-max-bound.json']);
    expect(results).toEqual([
      clean('src/agents/analyst.ts'),
      {
        filePath: 'src/agents/research-team.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxRound` is `500`, above the `maxBound` of 200, so in practice the loop stops only when the model decides to. Set a bound of at most 200, such as `maxRound: 12`.',
            line: 12,
            column: 3,
            messageId: 'valueAboveMax',
            endLine: 12,
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
        filePath: 'src/agents/termination.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`message.content` can be `null` (a message that only calls a tool has no text), and `.includes()` on it throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it. Check `typeof message.content === "string"` first, or read the text through a helper that handles every content shape.',
            line: 4,
            column: 59,
            messageId: 'nullContent',
            endLine: 4,
            endColumn: 83,
            trace: [
              {
                filePath: 'src/agents/analyst.ts',
                line: 8,
                column: 3,
                endLine: 8,
                endColumn: 19,
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
      clean('src/jobs/manual-rerun.ts'),
      clean('src/jobs/nightly-report.ts'),
      {
        filePath: 'src/tools/citations.ts',
        messages: [{ ...CITATION_FETCH, severity: 2 }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: 'src/tools/search.ts',
        messages: [{ ...SEARCH_AXIOS, severity: 2 }],
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
  });

  it('lets --rule turn a rule off or change its level, keeping the options from the config', async () => {
    const { exitCode, results, stderr } = await scan(root, [
      '--rule',
      'no-unbounded-agent-loop:warn',
      '--rule',
      'halting/no-human-input-in-headless:off',
    ]);
    expect(results).toEqual([
      clean('src/agents/analyst.ts'),
      {
        filePath: 'src/agents/research-team.ts',
        messages: [
          { ...RESEARCHER_ABOVE_50, severity: 1 },
          { ...ROUND_TABLE_ABOVE_50, severity: 1 },
        ],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 2,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/agents/termination.ts'),
      clean('src/jobs/manual-rerun.ts'),
      clean('src/jobs/nightly-report.ts'),
      ...TOOL_WARNINGS,
    ]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
  });

  it('passes with warnings only, and fails when they exceed --max-warnings', async () => {
    const expected = [
      clean('src/agents/analyst.ts'),
      clean('src/agents/research-team.ts'),
      clean('src/agents/termination.ts'),
      clean('src/jobs/manual-rerun.ts'),
      clean('src/jobs/nightly-report.ts'),
      ...TOOL_WARNINGS,
    ];
    const unlimited = await scan(root, WARNINGS_ONLY);
    expect(unlimited).toEqual({ exitCode: 0, results: expected, stderr: '' });
    const atLimit = await scan(root, [...WARNINGS_ONLY, '--max-warnings', '2']);
    expect(atLimit).toEqual({ exitCode: 0, results: expected, stderr: '' });
    const overLimit = await scan(root, [...WARNINGS_ONLY, '--max-warnings', '1']);
    expect(overLimit).toEqual({ exitCode: 1, results: expected, stderr: 'halting found too many warnings (maximum: 1).\n' });
  });

  it('still counts warnings for --max-warnings under --quiet, as ESLint does', async () => {
    const quiet = await scan(root, [...WARNINGS_ONLY, '--quiet', '--max-warnings', '0']);
    expect(quiet).toEqual({ exitCode: 1, results: [], stderr: 'halting found too many warnings (maximum: 0).\n' });
  });

  it('reports errors only with --quiet', async () => {
    const { exitCode, results, stderr } = await scan(root, ['--quiet']);
    // As ESLint's --quiet: only files with errors, and only their error messages.
    expect(results).toEqual([
      {
        filePath: 'src/agents/research-team.ts',
        messages: [
          { ...RESEARCHER_ABOVE_50, severity: 2 },
          { ...ROUND_TABLE_ABOVE_50, severity: 2 },
        ],
        suppressedMessages: [],
        errorCount: 2,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: 'src/jobs/nightly-report.ts',
        messages: [{ ...NIGHTLY_EDITOR_ALWAYS, severity: 2 }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
    expect(results.map((result) => result.warningCount)).toEqual([0, 0]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
  });

  describe('invalid configuration', () => {
    const invalidJson = fs.readFileSync(path.join(root, 'configs/invalid.json'), 'utf8');
    let parseMessage = '';
    try {
      JSON.parse(invalidJson);
    } catch (error) {
      parseMessage = (error as Error).message;
    }

    it.each([
      {
        problem: 'an unknown rule',
        args: ['--config', 'configs/unknown-rule.json'],
        stderr:
          'halting: configs/unknown-rule.json: rules: unknown rule "no-infinite-agents" (known: no-human-input-in-headless, no-unbounded-agent-loop, require-fetch-timeout, safe-termination-check)\n',
      },
      {
        problem: 'a bad level',
        args: ['--config', 'configs/bad-level.json'],
        stderr: 'halting: configs/bad-level.json: rules.require-fetch-timeout: expected "off", "warn" or "error" (got "warning")\n',
      },
      {
        problem: 'an option value outside its enum',
        args: ['--config', 'configs/bad-option.json'],
        stderr: 'halting: configs/bad-option.json: rules.require-fetch-timeout[1].scope: expected "all" or "tools" (got "everywhere")\n',
      },
      {
        problem: 'an unknown option',
        args: ['--config', 'configs/unknown-option.json'],
        stderr:
          'halting: configs/unknown-option.json: rules.no-unbounded-agent-loop[1].maxTurns: unknown option (known: maxBound, strict)\n',
      },
      {
        problem: 'an unknown top-level key',
        args: ['--config', 'configs/unknown-key.json'],
        stderr: 'halting: configs/unknown-key.json: unknown key "ignorePatterns" (known: rules, headless, interactive, maxBound)\n',
      },
      {
        problem: 'globs that are not an array',
        args: ['--config', 'configs/bad-globs.json'],
        stderr: 'halting: configs/bad-globs.json: headless: expected an array of glob strings\n',
      },
      {
        problem: 'invalid JSON',
        args: ['--config', 'configs/invalid.json'],
        stderr: `halting: configs/invalid.json: not valid JSON (${parseMessage})\n`,
      },
      {
        problem: 'a missing --config file',
        args: ['--config', 'configs/missing.json'],
        stderr: 'halting: config file not found: configs/missing.json\n',
      },
      {
        problem: 'an unknown rule in --rule',
        args: ['--rule', 'no-such-rule:off'],
        stderr:
          'halting: --rule: unknown rule "no-such-rule" (known: no-human-input-in-headless, no-unbounded-agent-loop, require-fetch-timeout, safe-termination-check)\n',
      },
      {
        problem: 'a bad level in --rule',
        args: ['--rule', 'require-fetch-timeout:loud'],
        stderr: 'halting: --rule require-fetch-timeout: expected "off", "warn" or "error" (got "loud")\n',
      },
    ])('exits with 2 and one line on stderr for $problem', async ({ args, stderr }) => {
      expect(await runCli(root, ['--format', 'json', ...args])).toEqual({ exitCode: 2, stdout: '', stderr });
    });
  });
});
