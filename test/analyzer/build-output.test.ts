import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSourceCandidates, type BuildLayout } from '../../src/analyzer/project/build-output.js';

const repo = path.resolve('/repo');
const at = (relative: string): string => path.join(repo, relative);
const noTsconfig: BuildLayout = { root: repo };

/** The first candidate that exists, relative to the repository, as both callers pick it. */
function pickSource(built: string, layout: BuildLayout, existing: readonly string[]): string | undefined {
  const found = getSourceCandidates(at(built), layout).find((candidate) => existing.map(at).includes(candidate));
  return found === undefined ? undefined : path.relative(repo, found).split(path.sep).join('/');
}

describe('getSourceCandidates: tsconfig output folders', () => {
  it.each<[string, string, BuildLayout, string[], string | undefined]>([
    [
      'outDir to rootDir',
      'dist/server.js',
      { root: repo, options: { outDir: at('dist'), rootDir: at('src') } },
      ['src/server.ts'],
      'src/server.ts',
    ],
    [
      'outDir to the tsconfig folder when rootDir is unset',
      'dist/server.js',
      { root: repo, options: { outDir: at('dist') }, configDirectory: repo },
      ['server.ts'],
      'server.ts',
    ],
    [
      "outDir to the files' common folder when rootDir is unset",
      'out/jobs/digest.js',
      { root: repo, options: { outDir: at('out') }, configDirectory: repo, files: [at('app/index.ts'), at('app/jobs/nightly.ts')] },
      ['app/jobs/digest.ts'],
      'app/jobs/digest.ts',
    ],
    [
      'declarationDir to rootDir, `.d.ts` to `.ts`',
      'types/index.d.ts',
      { root: repo, options: { declarationDir: at('types'), rootDir: at('src') } },
      ['src/index.ts'],
      'src/index.ts',
    ],
    [
      'the tsconfig before the convention',
      'dist/queue.js',
      { root: repo, options: { outDir: at('dist'), rootDir: at('source') } },
      ['source/queue.ts', 'src/queue.ts'],
      'source/queue.ts',
    ],
    [
      'the convention for a path outside outDir (a bundler writing elsewhere)',
      'dist/index.mjs',
      { root: repo, options: { outDir: at('build/types') } },
      ['src/index.mts'],
      'src/index.mts',
    ],
  ])('%s', (_name, built, layout, existing, expected) => {
    expect(pickSource(built, layout, existing)).toBe(expected);
  });
});

describe('getSourceCandidates: build folders without a tsconfig', () => {
  it.each<[string, string[], string | undefined]>([
    ['dist/server.js', ['src/server.ts'], 'src/server.ts'],
    ['build/server.js', ['src/server.ts'], 'src/server.ts'],
    ['out/server.js', ['src/server.ts'], 'src/server.ts'],
    ['lib/server.js', ['src/server.ts'], 'src/server.ts'],
    ['dist/esm/tools/index.js', ['src/esm/tools/index.ts'], 'src/esm/tools/index.ts'],
    ['packages/api/dist/worker.js', ['packages/api/src/worker.ts'], 'packages/api/src/worker.ts'],
    ['packages/lib/dist/worker.js', ['packages/lib/src/worker.ts'], 'packages/lib/src/worker.ts'],
    // A `lib` folder of hand-written JS is its own source.
    ['lib/cli.js', ['lib/cli.js'], 'lib/cli.js'],
    // The last part is a file, never a build folder.
    ['scripts/build.js', ['scripts/build.ts'], 'scripts/build.ts'],
    ['dist/server.js', [], undefined],
    ['coverage/server.js', ['src/server.ts'], undefined],
  ])('%s', (built, existing, expected) => {
    expect(pickSource(built, noTsconfig, existing)).toBe(expected);
  });
});

describe('getSourceCandidates: extensions', () => {
  it.each<[string, string[], string | undefined]>([
    ['src/agent.js', ['src/agent.ts', 'src/agent.js'], 'src/agent.ts'],
    ['src/agent.js', ['src/agent.tsx'], 'src/agent.tsx'],
    ['src/agent.js', ['src/agent.mts'], 'src/agent.mts'],
    ['src/agent.js', ['src/agent.js'], 'src/agent.js'],
    ['src/agent.js', ['src/agent.jsx'], 'src/agent.jsx'],
    ['src/view.jsx', ['src/view.tsx'], 'src/view.tsx'],
    ['src/tool.mjs', ['src/tool.mts'], 'src/tool.mts'],
    ['src/tool.cjs', ['src/tool.cts'], 'src/tool.cts'],
    ['src/tool.cjs', ['src/tool.ts'], undefined],
    ['src/agent.ts', ['src/agent.ts'], 'src/agent.ts'],
    ['src/types.d.mts', ['src/types.mts'], 'src/types.mts'],
    ['src/types.d.cts', ['src/types.cts'], 'src/types.cts'],
    ['src/handler', ['src/handler.ts'], 'src/handler.ts'],
    ['src/handler', ['src/handler.cjs'], 'src/handler.cjs'],
    ['src/tools', ['src/tools/index.ts'], 'src/tools/index.ts'],
    ['src/tools', ['src/tools/index.mjs'], 'src/tools/index.mjs'],
  ])('%s with %j', (built, existing, expected) => {
    expect(pickSource(built, noTsconfig, existing)).toBe(expected);
  });

  it('lists the TypeScript sources of a `.js` path before the file itself', () => {
    expect(getSourceCandidates(at('src/agent.js'), noTsconfig)).toEqual(
      ['src/agent.ts', 'src/agent.tsx', 'src/agent.mts', 'src/agent.js', 'src/agent.jsx'].map(at),
    );
  });

  it('lists a mapped path before the path itself, without repeats', () => {
    expect(getSourceCandidates(at('dist/agent.cjs'), { root: repo, options: { outDir: at('dist'), rootDir: at('src') } })).toEqual(
      ['src/agent.cts', 'src/agent.cjs', 'dist/agent.cts', 'dist/agent.cjs'].map(at),
    );
  });
});
