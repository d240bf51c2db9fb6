import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePackageEntry, splitPackageSpecifier, type EntryPackage } from '../../src/analyzer/project/package-entry.js';

const ROOT = path.resolve('/repo/packages/tools');
const at = (file: string): string => path.join(ROOT, file);

/** Resolves `subpath` in a package whose folder holds exactly `files` (relative paths). */
function resolve(
  entry: Omit<EntryPackage, 'root' | 'files' | 'compilerOptions'> & Partial<EntryPackage>,
  subpath: string,
  files: string[],
) {
  const existing = new Set(files.map(at));
  const found = resolvePackageEntry({ root: ROOT, compilerOptions: {}, files: [...existing], ...entry }, subpath, (file) =>
    existing.has(file),
  );
  return found === undefined ? undefined : path.relative(ROOT, found).split(path.sep).join('/');
}

describe('workspace package entries', () => {
  it('splits bare specifiers into a package name and an exports subpath', () => {
    expect(splitPackageSpecifier('@acme/tools')).toEqual({ name: '@acme/tools', subpath: '.' });
    expect(splitPackageSpecifier('@acme/tools/http/client')).toEqual({ name: '@acme/tools', subpath: './http/client' });
    expect(splitPackageSpecifier('lodash/fp')).toEqual({ name: 'lodash', subpath: './fp' });
    for (const specifier of ['./tools', '../tools', '/abs/tools', '#internal', 'node:fs', '@acme', '@/tools', '']) {
      expect(splitPackageSpecifier(specifier)).toBeUndefined();
    }
  });

  it('maps a built export to its source through the tsconfig outDir and rootDir', () => {
    const compilerOptions = { outDir: at('out/esm'), rootDir: at('source') };
    const manifest = { exports: { '.': { import: './out/esm/index.js' } } };
    expect(resolve({ manifest, compilerOptions }, '.', ['source/index.ts', 'out/esm/index.js'])).toBe('source/index.ts');
    // No source where the tsconfig says: the built file itself is never read.
    expect(resolve({ manifest, compilerOptions }, '.', ['out/esm/index.js'])).toBeUndefined();
  });

  it('infers the rootDir from the tsconfig folder or the common folder of the package files', () => {
    const manifest = { types: './dist/index.d.ts' };
    const compilerOptions = { outDir: at('dist') };
    expect(resolve({ manifest, compilerOptions, tsconfig: at('tsconfig.json') }, '.', ['index.ts'])).toBe('index.ts');
    expect(resolve({ manifest, compilerOptions, tsconfig: at('tsconfig.json') }, '.', ['lib/index.mts', 'lib/helpers.ts'])).toBe(undefined);
    expect(resolve({ manifest: { types: './dist/index.d.mts' }, compilerOptions }, '.', ['lib/index.mts', 'lib/helpers.ts'])).toBe(
      'lib/index.mts',
    );
  });

  it('prefers the source condition, then types, import, require and default, through nested conditions', () => {
    const files = ['src/index.ts', 'src/node.ts', 'src/browser.ts', 'src/legacy.cts'];
    const nested = { exports: { '.': { browser: './src/browser.ts', node: { require: './dist/legacy.cjs', import: './dist/node.js' } } } };
    expect(resolve({ manifest: nested }, '.', files)).toBe('src/node.ts');
    const sourceFirst = { exports: { default: './dist/index.js', source: './src/index.ts', types: './dist/node.d.ts' } };
    expect(resolve({ manifest: sourceFirst }, '.', files)).toBe('src/index.ts');
    expect(resolve({ manifest: { exports: { require: './dist/legacy.cjs' } } }, '.', files)).toBe('src/legacy.cts');
    expect(resolve({ manifest: { exports: ['./dist/missing.js', './dist/node.js'] } }, '.', files)).toBe('src/node.ts');
  });

  it('matches subpath patterns by their longest prefix and refuses subpaths that are not exported', () => {
    const manifest = {
      exports: {
        '.': './dist/index.js',
        './*': './dist/*.js',
        './agents/*.js': './dist/agents/*.js',
        './internal/*': null,
        './package.json': './package.json',
      },
    };
    const files = ['src/index.ts', 'src/http.ts', 'src/agents/triage.tsx', 'src/internal/secrets.ts'];
    expect(resolve({ manifest }, './http', files)).toBe('src/http.ts');
    expect(resolve({ manifest }, './agents/triage.js', files)).toBe('src/agents/triage.tsx');
    expect(resolve({ manifest }, './internal/secrets', files)).toBeUndefined();
    expect(resolve({ manifest: { exports: './dist/index.js' } }, './http', files)).toBeUndefined();
  });

  it('reads module, main and types without exports, then falls back to src/index and index', () => {
    expect(resolve({ manifest: { module: './dist/index.mjs', main: './dist/index.cjs' } }, '.', ['src/index.mts', 'src/index.cts'])).toBe(
      'src/index.mts',
    );
    expect(resolve({ manifest: { main: 'lib/main.js' } }, '.', ['lib/main.js'])).toBe('lib/main.js');
    expect(resolve({ manifest: { main: './build/main.js' } }, '.', ['src/index.tsx'])).toBe('src/index.tsx');
    expect(resolve({}, '.', ['index.ts'])).toBe('index.ts');
    expect(resolve({}, './http', ['src/http.ts'])).toBe('src/http.ts');
    expect(resolve({}, './http', ['http/index.js'])).toBe('http/index.js');
    expect(resolve({}, '.', ['node_modules/dep/index.ts', 'types.d.ts'])).toBeUndefined();
  });
});
