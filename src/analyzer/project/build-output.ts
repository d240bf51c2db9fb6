/**
 * Built paths back to their sources, for everything that names a file the project builds:
 * package.json `main`/`exports` (package-entry.ts) and deployment configs (deployment.ts).
 * A tsconfig's `outDir`/`declarationDir` map to its `rootDir` (else the tsconfig's folder,
 * else the files' common folder); a path in a conventional build folder (`dist`, `build`,
 * `out`, `lib`) maps to `src`; extensions swap (`.js` for `.ts`, `.d.ts` for `.ts`). This
 * only proposes paths: whether one exists, and counts as a source, is the caller's call.
 */
import path from 'node:path';
import { isDeclarationFile, isWithin, SOURCE_EXTENSIONS } from './paths.js';
import type { TS } from './typescript.js';

/** Folders that hold build output by convention, mapped to `src` (after what a tsconfig says). */
export const BUILD_DIRECTORIES: readonly string[] = ['dist', 'build', 'out', 'lib'];

/** What is known about how a path was built. */
export interface BuildLayout {
  /** The folder under which `dist/`, `build/`, `out/` and `lib/` are taken for build output of `src/`. */
  root: string;
  /** The output options of the tsconfig that describes the path, when one does. */
  options?: Pick<TS.CompilerOptions, 'outDir' | 'declarationDir' | 'rootDir'> | undefined;
  /** That tsconfig's folder: where `rootDir` defaults to (TypeScript 6). */
  configDirectory?: string | undefined;
  /** That tsconfig's (or package's) files: their common folder was `rootDir`'s default before TypeScript 6. */
  files?: readonly string[] | undefined;
}

/** The sources a built file can come from, by its extension, most likely first. */
const SOURCES_BY_EXTENSION: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.mts', '.js', '.jsx'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs'],
  '.d.ts': ['.ts', '.tsx'],
  '.d.mts': ['.mts'],
  '.d.cts': ['.cts'],
  '.ts': ['.ts'],
  '.tsx': ['.tsx'],
  '.mts': ['.mts'],
  '.cts': ['.cts'],
};

/** The files a path without a known extension may name (`./src/handler`, a folder). */
const SUFFIXES = SOURCE_EXTENSIONS.map((extension) => `.${extension}`);

/** The common folder of a tsconfig's source files: TypeScript's inferred rootDir before 6.0. */
function getCommonDirectory(files: readonly string[]): string | undefined {
  const sources = files.filter((file) => !isDeclarationFile(file));
  if (sources.length === 0) return undefined;
  let common = path.dirname(sources[0] ?? '');
  for (const file of sources) {
    while (!isWithin(common, file)) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/** Where a tsconfig's output under outDir or declarationDir comes from. */
function fromTsconfig(file: string, layout: BuildLayout): string[] {
  const { outDir, declarationDir, rootDir } = layout.options ?? {};
  const commonDirectory = layout.files && getCommonDirectory(layout.files);
  const rootDirs = rootDir ? [rootDir] : [...new Set([layout.configDirectory, commonDirectory])];
  const mapped: string[] = [];
  for (const built of [outDir, declarationDir]) {
    if (!built || !isWithin(built, file)) continue;
    for (const sourceRoot of rootDirs) if (sourceRoot !== undefined) mapped.push(path.join(sourceRoot, path.relative(built, file)));
  }
  return mapped;
}

/** `dist/server.js` as `src/server.js`, for each conventional build folder on the path (outermost first). */
function fromConvention(file: string, root: string): string[] {
  if (!isWithin(root, file)) return [];
  const parts = path.relative(root, file).split(path.sep);
  const mapped: string[] = [];
  parts.forEach((part, index) => {
    if (index < parts.length - 1 && BUILD_DIRECTORIES.includes(part)) {
      mapped.push(path.join(root, ...parts.slice(0, index), 'src', ...parts.slice(index + 1)));
    }
  });
  return mapped;
}

/** The source files one path may stand for: extensions swapped, or added when it has none we know. */
function withSourceExtensions(file: string): string[] {
  const extension = /\.d\.[cm]?ts$/.exec(file)?.[0] ?? path.extname(file);
  const sources = SOURCES_BY_EXTENSION[extension];
  if (sources) return sources.map((source) => file.slice(0, file.length - extension.length) + source);
  return [...SUFFIXES.map((suffix) => `${file}${suffix}`), ...SUFFIXES.map((suffix) => path.join(file, `index${suffix}`))];
}

/**
 * The files a path in a config (absolute, possibly built) may stand for, most likely first:
 * the tsconfig's mapping, then the build-folder convention, then the path itself, each with
 * its source extensions.
 */
export function getSourceCandidates(file: string, layout: BuildLayout): string[] {
  const bases = [...fromTsconfig(file, layout), ...fromConvention(file, layout.root), file];
  return [...new Set(bases.flatMap(withSourceExtensions))];
}
