import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/analyzer/project/load.js';
import { ProjectModuleResolver } from '../../src/analyzer/project/resolver.js';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('monorepo-project-references');

describe('TypeScript project references', () => {
  it("loads each referenced project with its own tsconfig, so one project's paths do not leak into another", async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('packages/planner/src/limits.ts'),
      {
        filePath: 'packages/planner/src/planner.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `Infinity` (from `PLAN_LIMITS.replies`, packages/planner/src/limits.ts:3), so the loop stops only when the model decides to. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 6,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 6,
            endColumn: 47,
            trace: [
              {
                filePath: 'packages/planner/src/limits.ts',
                line: 3,
                column: 12,
                endLine: 3,
                endColumn: 20,
                message: '`maxConsecutiveAutoReply` gets `Infinity` from here',
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
        filePath: 'packages/runner/src/runner.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxRound` is `-3` (from `REPLAN_ROUNDS`, packages/planner/src/limits.ts:7), which is not a whole number of rounds of at least 0, so the bound does not say when the loop stops. Set a whole number such as `maxRound: 12`.',
            line: 10,
            column: 3,
            messageId: 'invalidValue',
            endLine: 10,
            endColumn: 26,
            trace: [
              {
                filePath: 'packages/planner/src/limits.ts',
                line: 7,
                column: 30,
                endLine: 7,
                endColumn: 32,
                message: '`maxRound` gets `-3` from here',
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
        filePath: 'scripts/release.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
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
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });

  it('gives each project its tsconfig, its files and its options (extends included)', () => {
    const loaded = loadProject(['.'], root);
    const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');
    expect(loaded.warnings).toEqual([]);
    expect(
      loaded.packages.map((entry) => ({
        root: relative(entry.root),
        tsconfig: entry.tsconfig === undefined ? undefined : relative(entry.tsconfig),
        files: entry.files.map(relative),
      })),
    ).toEqual([
      // The solution lists no files: its folder is globbed, outside the referenced projects.
      { root: '', tsconfig: 'tsconfig.json', files: ['scripts/release.ts'] },
      {
        root: 'packages/planner',
        tsconfig: 'packages/planner/tsconfig.json',
        files: ['packages/planner/src/limits.ts', 'packages/planner/src/planner.ts'],
      },
      // test/ is outside tsconfig.build.json's `include`.
      { root: 'packages/runner', tsconfig: 'packages/runner/tsconfig.build.json', files: ['packages/runner/src/runner.ts'] },
    ]);

    const resolver = new ProjectModuleResolver(loaded.project, loaded.compilerOptions, loaded.packages);
    const planner = path.join(root, 'packages/planner/src/planner.ts');
    const runner = path.join(root, 'packages/runner/src/runner.ts');
    expect(resolver.getCompilerOptions(planner).paths).toEqual({ '~/*': ['./src/*'] });
    expect(resolver.getCompilerOptions(planner).composite).toBe(true);
    expect(resolver.getCompilerOptions(runner).paths).toBeUndefined();
    expect(resolver.getCompilerOptions(runner).composite).toBe(true);
    expect(resolver.resolveModule(planner, '~/limits.js')?.fileName).toBe(path.join(root, 'packages/planner/src/limits.ts'));
    expect(resolver.resolveModule(runner, '~/limits.js')).toBeUndefined();
    // A file no project lists takes the options of the project whose folder holds it.
    expect(resolver.getCompilerOptions(path.join(root, 'packages/runner/test/runner.test.ts')).paths).toBeUndefined();
    expect(resolver.getCompilerOptions(path.join(root, 'packages/planner/test/plan.test.ts')).paths).toEqual({ '~/*': ['./src/*'] });
  });
});
