import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, expectMarkers, scan } from './scan.js';

/** A bare fetch: reported wherever it is scanned. */
const UNGUARDED_CALL = "export const loadCatalogue = () => fetch('https://catalogue.example.com/agents.json');\n";

/**
 * Folders the scanner skips. Git would not keep most of them in the repository (the
 * root .gitignore and the fixture's own .gitignore exclude them), so they are written
 * into a temporary copy of the fixture.
 */
const SKIPPED_FILES = [
  'node_modules/agent-toolkit/index.js',
  'packages/widgets/node_modules/chat-sdk/dist/index.mjs',
  'dist/server.js',
  'build/agent.js',
  'coverage/lcov-report/sorter.js',
  'generated/openapi-client.ts',
  'scratch.local.ts',
  // Ignored by the nested widgets/.gitignore written below, which applies to its own folder.
  'widgets/tmp/draft.ts',
];

let root: string;

beforeAll(() => {
  root = copyFixture('file-discovery');
  fs.writeFileSync(path.join(root, 'widgets/.gitignore'), 'tmp/\n');
  for (const file of SKIPPED_FILES) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), UNGUARDED_CALL);
  }
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const FETCH_MESSAGE =
  "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.";

describe('file discovery without a tsconfig', () => {
  it('scans JS and TS files of every extension and skips node_modules, dist, build, coverage and .gitignore entries', async () => {
    expect(SKIPPED_FILES.every((file) => fs.existsSync(path.join(root, file)))).toBe(true);
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'agent.js',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message: FETCH_MESSAGE,
            line: 3,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 3,
            endColumn: 31,
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
        filePath: 'legacy-tools.cjs',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              '`axios.get` sets no `timeout` and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
            line: 4,
            column: 26,
            messageId: 'axiosNoTimeout',
            endLine: 4,
            endColumn: 35,
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
        filePath: 'router.mjs',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              '`axios.post` sets no `timeout` and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
            line: 4,
            column: 26,
            messageId: 'axiosNoTimeout',
            endLine: 4,
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
      {
        filePath: 'widgets/ChatPanel.tsx',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message: FETCH_MESSAGE,
            line: 6,
            column: 5,
            messageId: 'fetchNoSignal',
            endLine: 6,
            endColumn: 10,
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
        filePath: 'workers/summarise.mts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message: FETCH_MESSAGE,
            line: 2,
            column: 26,
            messageId: 'fetchNoSignal',
            endLine: 2,
            endColumn: 31,
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
