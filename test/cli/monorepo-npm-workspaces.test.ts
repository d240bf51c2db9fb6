import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/analyzer/project/load.js';
import { ProjectModuleResolver } from '../../src/analyzer/project/resolver.js';
import { clean, copyFixture, expectMarkers, fixture, scan, type ScanResult } from './scan.js';

const root = fixture('monorepo-npm-workspaces');

/** The whole output: every package's files, with findings whose values come from other packages. */
const EXPECTED: ScanResult[] = [
  clean('apps/server/src/server.ts'),
  {
    filePath: 'packages/agent/src/escalation.ts',
    messages: [
      {
        ruleId: 'halting/no-human-input-in-headless',
        severity: 2,
        message:
          '`terminal.question` (node:readline/promises) asks a question on the terminal in code that runs without one (imported by apps/server/src/server.ts, which runs an HTTP server (`express`)), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
        line: 6,
        column: 24,
        messageId: 'interactivePrompt',
        endLine: 6,
        endColumn: 41,
        trace: [
          {
            filePath: 'apps/server/package.json',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 26,
            message: "is the package's `main` (`src/server.ts`)",
          },
          {
            filePath: 'apps/server/src/server.ts',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 31,
            message: 'runs an HTTP server (`express`)',
          },
          { filePath: 'apps/server/src/server.ts', line: 2, column: 1, endLine: 2, endColumn: 65, message: 'imports `@acme/agent`' },
          {
            filePath: 'packages/agent/src/index.ts',
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 33,
            message: 're-exports `./escalation.js`',
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
  clean('packages/agent/src/index.ts'),
  {
    filePath: 'packages/agent/src/support-agent.ts',
    messages: [
      {
        ruleId: 'halting/no-unbounded-agent-loop',
        severity: 2,
        message:
          '`maxTurns` is `Infinity` (from `LIMITS.turns`, packages/config/src/limits.ts:4), so the loop stops only when the model decides to. Set a finite bound such as `maxTurns: 10`.',
        line: 21,
        column: 40,
        messageId: 'unboundedValue',
        endLine: 21,
        endColumn: 62,
        trace: [
          {
            filePath: 'packages/config/src/limits.ts',
            line: 4,
            column: 10,
            endLine: 4,
            endColumn: 18,
            message: '`maxTurns` gets `Infinity` from here',
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
  clean('packages/config/src/index.ts'),
  clean('packages/config/src/limits.ts'),
  clean('packages/tools/src/index.ts'),
  {
    filePath: 'packages/tools/src/orders.ts',
    messages: [
      {
        ruleId: 'halting/require-fetch-timeout',
        severity: 2,
        message:
          "`fetch` has no abort signal inside tool `lookup_order`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
        line: 3,
        column: 26,
        messageId: 'fetchNoSignal',
        endLine: 3,
        endColumn: 31,
        trace: [
          {
            filePath: 'packages/agent/src/support-agent.ts',
            line: 11,
            column: 12,
            endLine: 11,
            endColumn: 23,
            message: 'registered as tool `lookup_order` here',
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
];

const copies: string[] = [];
afterEach(() => {
  for (const copy of copies.splice(0)) fs.rmSync(copy, { recursive: true, force: true });
});

/** A copy of the fixture with `node_modules` entries for the workspace packages, as a package manager would make them. */
function installed(link: (linkPath: string, target: string) => void): string {
  const copy = copyFixture('monorepo-npm-workspaces');
  copies.push(copy);
  for (const [name, folder] of [
    ['config', 'packages/config'],
    ['tools', 'packages/tools'],
    ['agent', 'packages/agent'],
    ['server', 'apps/server'],
  ] as const) {
    fs.mkdirSync(path.join(copy, 'node_modules/@acme'), { recursive: true });
    link(path.join(copy, 'node_modules/@acme', name), path.join(copy, folder));
  }
  return copy;
}

describe('npm workspaces', () => {
  it('resolves imports of workspace packages to their sources, without node_modules', async () => {
    expect(fs.existsSync(path.join(root, 'node_modules'))).toBe(false);
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual(EXPECTED);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });

  it('gives the same findings when node_modules links to the workspace packages', async () => {
    const copy = installed((link, target) => {
      fs.symlinkSync(path.relative(path.dirname(link), target), link, 'dir');
    });
    const { exitCode, results, stderr } = await scan(copy);
    expect(results).toEqual(EXPECTED);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
  });

  it('prefers the workspace package over a stale installed copy of the same name', async () => {
    const copy = installed((link) => {
      fs.mkdirSync(link);
      fs.writeFileSync(path.join(link, 'package.json'), JSON.stringify({ name: path.basename(link), main: 'index.js' }));
      fs.writeFileSync(path.join(link, 'index.js'), 'export const LIMITS = { replies: 2, turns: 5 };\nexport const LOOKUP_TURNS = 3;\n');
    });
    const { exitCode, results, stderr } = await scan(copy);
    expect(results).toEqual(EXPECTED);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
  });

  it('resolves sibling packages by name when only one package, or one file, is scanned', async () => {
    const supportAgent = EXPECTED.find((result) => result.filePath === 'packages/agent/src/support-agent.ts');
    const onePackage = await scan(root, ['packages/agent']);
    // The server that makes the prompt headless is not scanned, so the prompt is not reported.
    expect(onePackage.results).toEqual([clean('packages/agent/src/escalation.ts'), clean('packages/agent/src/index.ts'), supportAgent]);
    expect(onePackage.exitCode).toBe(1);
    expect(onePackage.stderr).toBe('');
    const oneFile = await scan(root, ['packages/agent/src/support-agent.ts']);
    expect(oneFile.results).toEqual([supportAgent]);
    expect(oneFile.exitCode).toBe(1);
    expect(oneFile.stderr).toBe('');
  });

  it('loads one package per workspace folder, each with its own files and options', () => {
    const loaded = loadProject(['.'], root);
    const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');
    expect(loaded.warnings).toEqual([]);
    expect(
      loaded.packages.map((entry) => ({
        root: relative(entry.root),
        name: entry.name,
        tsconfig: entry.tsconfig === undefined ? undefined : relative(entry.tsconfig),
        files: entry.files.map(relative),
      })),
    ).toEqual([
      { root: '', name: 'acme-support', tsconfig: undefined, files: [] },
      { root: 'apps/server', name: '@acme/server', tsconfig: undefined, files: ['apps/server/src/server.ts'] },
      {
        root: 'packages/agent',
        name: '@acme/agent',
        tsconfig: undefined,
        files: ['packages/agent/src/escalation.ts', 'packages/agent/src/index.ts', 'packages/agent/src/support-agent.ts'],
      },
      // scripts/ is outside the package's tsconfig `include`.
      {
        root: 'packages/config',
        name: '@acme/config',
        tsconfig: 'packages/config/tsconfig.json',
        files: ['packages/config/src/index.ts', 'packages/config/src/limits.ts'],
      },
      {
        root: 'packages/tools',
        name: '@acme/tools',
        tsconfig: undefined,
        files: ['packages/tools/src/index.ts', 'packages/tools/src/orders.ts'],
      },
    ]);
    expect(loaded.files).toEqual(loaded.packages.flatMap((entry) => entry.files).sort());
    const config = loaded.packages.find((entry) => entry.name === '@acme/config');
    expect(config?.compilerOptions.strict).toBe(true);

    const resolver = new ProjectModuleResolver(loaded.project, loaded.compilerOptions, loaded.packages);
    const agentFile = path.join(root, 'packages/agent/src/support-agent.ts');
    expect(resolver.getCompilerOptions(path.join(root, 'packages/config/src/limits.ts'))).toBe(config?.compilerOptions);
    expect(resolver.getCompilerOptions(agentFile).strict).toBeUndefined();
    expect(resolver.resolveModule(agentFile, '@acme/config')?.fileName).toBe(path.join(root, 'packages/config/src/index.ts'));
    expect(resolver.resolveModule(agentFile, '@acme/tools')?.fileName).toBe(path.join(root, 'packages/tools/src/index.ts'));
    expect(resolver.resolveModule(agentFile, '@acme/billing')).toBeUndefined();
    expect(resolver.resolveModule(agentFile, '@openai/agents')).toBeUndefined();
  });
});
