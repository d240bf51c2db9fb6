/**
 * Where a workspace package's module is written: a specifier that names a package of the
 * monorepo (`@acme/tools`, `@acme/tools/http`) to the project file that holds its source.
 * Read from package.json `exports` (subpaths, `*` patterns, nested conditions, preferring
 * `source`, then `types`, `import`, `require`, `default`), else `module`, `main`, `types`;
 * built paths are mapped back to sources (the package tsconfig's outDir to its rootDir,
 * `.js` to `.ts`, `.d.ts` to `.ts`), falling back to `src/index.ts` and `index.ts`. Nothing
 * needs to be installed or built: node_modules is never read.
 */
import path from 'node:path';
import type { TS } from './typescript.js';
import { isWithin, type PackageManifest } from './workspaces.js';

/** What resolving into a package needs to know about it. */
export interface EntryPackage {
  root: string;
  tsconfig?: string | undefined;
  compilerOptions: TS.CompilerOptions;
  files: readonly string[];
  manifest?: PackageManifest | undefined;
}

/** A bare specifier split into the package name and the subpath Node looks up in `exports` (`.` or `./sub`). */
export function splitPackageSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  if (specifier === '' || specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) || specifier.includes('\\')) return undefined;
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  // `@/components` is a path alias, never a package: a scope has a name.
  if (parts.length < nameLength || parts.slice(0, nameLength).some((part) => part === '' || part === '@')) return undefined;
  const rest = parts.slice(nameLength).join('/');
  return { name: parts.slice(0, nameLength).join('/'), subpath: rest === '' ? '.' : `./${rest}` };
}

/** Conditions in the order a scanner wants them: the source first, then what TypeScript and bundlers read. */
const CONDITIONS = ['source', 'types', 'import', 'module', 'require', 'node', 'default'];

/** Folders that hold build output by convention, mapped to `src` when no tsconfig says otherwise. */
const BUILD_FOLDERS = new Set(['dist', 'build', 'out', 'lib']);
/** Folders whose files are never a package's source. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'build', 'coverage']);

const SOURCE_SUFFIXES = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Every string target of an export value, in preference order, with `*` replaced. */
function collectTargets(value: unknown, star: string | undefined, depth = 0): string[] {
  if (depth > 8) return [];
  if (typeof value === 'string') {
    if (!value.startsWith('./')) return [];
    return [star === undefined ? value : value.replaceAll('*', star)];
  }
  if (Array.isArray(value)) return value.flatMap((entry) => collectTargets(entry, star, depth + 1));
  if (typeof value !== 'object' || value === null) return [];
  const conditions = value as Record<string, unknown>;
  const keys = Object.keys(conditions).filter((key) => !key.startsWith('.'));
  const ordered = [...CONDITIONS.filter((key) => keys.includes(key)), ...keys.filter((key) => !CONDITIONS.includes(key))];
  return ordered.flatMap((key) => collectTargets(conditions[key], star, depth + 1));
}

/**
 * The targets `exports` gives a subpath: `undefined` when the package has no `exports`,
 * `null` when it has them but does not export the subpath (Node refuses it too).
 */
function getExportTargets(exports: unknown, subpath: string): string[] | null | undefined {
  if (exports === undefined || exports === null) return undefined;
  const isSubpathMap = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
  const map = (isSubpathMap ? exports : { '.': exports }) as Record<string, unknown>;
  if (Object.hasOwn(map, subpath)) {
    const targets = collectTargets(map[subpath], undefined);
    return map[subpath] === null ? null : targets;
  }
  let best: { key: string; star: string } | undefined;
  for (const key of Object.keys(map)) {
    const starAt = key.indexOf('*');
    if (starAt < 0 || key.includes('*', starAt + 1)) continue;
    const prefix = key.slice(0, starAt);
    const suffix = key.slice(starAt + 1);
    if (subpath.length < key.length || !subpath.startsWith(prefix) || !subpath.endsWith(suffix)) continue;
    // Node's order: the longest prefix wins, then the longest key.
    if (best && (prefix.length < best.key.indexOf('*') || (prefix.length === best.key.indexOf('*') && key.length <= best.key.length)))
      continue;
    best = { key, star: subpath.slice(prefix.length, subpath.length - suffix.length) };
  }
  if (!best || map[best.key] === null) return null;
  return collectTargets(map[best.key], best.star);
}

/** The common folder of a package's files: where TypeScript's rootDir defaults to when it infers one. */
function getCommonDirectory(files: readonly string[]): string | undefined {
  const sources = files.filter((file) => !/\.d\.[cm]?ts$/.test(file));
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

/** A built path (in the outDir, or a `dist/` folder without a tsconfig) to where its source would be. */
function toSourceFolders(pkg: EntryPackage, absolute: string): string[] {
  const { outDir, declarationDir, rootDir } = pkg.compilerOptions;
  const rootDirs = rootDir
    ? [rootDir]
    : [pkg.tsconfig ? path.dirname(pkg.tsconfig) : undefined, getCommonDirectory(pkg.files)].filter(
        (folder): folder is string => folder !== undefined,
      );
  const mapped: string[] = [];
  for (const built of [outDir, declarationDir]) {
    if (!built || !isWithin(built, absolute)) continue;
    for (const sourceRoot of rootDirs) mapped.push(path.join(sourceRoot, path.relative(built, absolute)));
  }
  if (mapped.length === 0 && !outDir) {
    const [first, ...rest] = path.relative(pkg.root, absolute).split(path.sep);
    if (first !== undefined && BUILD_FOLDERS.has(first) && rest.length > 0) mapped.push(path.join(pkg.root, 'src', ...rest));
  }
  return mapped;
}

/** Source files a path may stand for: `.js` for `.ts`/`.tsx`, `.d.ts` for `.ts`, no extension for any. */
function withSourceExtensions(file: string): string[] {
  const declaration = /\.d\.([cm]?)ts$/.exec(file);
  if (declaration) {
    const stem = file.slice(0, -declaration[0].length);
    const flavour = declaration[1] ?? '';
    return flavour === '' ? [`${stem}.ts`, `${stem}.tsx`] : [`${stem}.${flavour}ts`];
  }
  const extension = path.extname(file);
  const stem = file.slice(0, file.length - extension.length);
  switch (extension) {
    case '.js':
      return [`${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, file];
    case '.jsx':
      return [`${stem}.tsx`, file];
    case '.mjs':
      return [`${stem}.mts`, file];
    case '.cjs':
      return [`${stem}.cts`, file];
    case '.ts':
    case '.tsx':
    case '.mts':
    case '.cts':
      return [file];
    default:
      return [
        ...SOURCE_SUFFIXES.map((suffix) => `${file}${suffix}`),
        ...SOURCE_SUFFIXES.map((suffix) => path.join(file, `index${suffix}`)),
      ];
  }
}

/** Whether a file can be a package's source: inside it, not build output, not installed. */
function isSourceOf(pkg: EntryPackage, file: string): boolean {
  if (!isWithin(pkg.root, file)) return false;
  const { outDir, declarationDir } = pkg.compilerOptions;
  if ((outDir && isWithin(outDir, file)) || (declarationDir && isWithin(declarationDir, file))) return false;
  return !path
    .relative(pkg.root, file)
    .split(path.sep)
    .some((segment) => NOT_SOURCE.has(segment));
}

function findSource(pkg: EntryPackage, target: string, fileExists: (file: string) => boolean): string | undefined {
  const absolute = path.resolve(pkg.root, target);
  for (const base of [...toSourceFolders(pkg, absolute), absolute]) {
    for (const file of withSourceExtensions(base)) {
      if (isSourceOf(pkg, file) && fileExists(file)) return file;
    }
  }
  return undefined;
}

/** The source file that `<package name><subpath>` names, if the package has one. */
export function resolvePackageEntry(pkg: EntryPackage, subpath: string, fileExists: (file: string) => boolean): string | undefined {
  const manifest = pkg.manifest ?? {};
  const exported = getExportTargets(manifest.exports, subpath);
  if (exported === null) return undefined;
  let targets: string[];
  if (exported !== undefined) targets = exported;
  else if (subpath === '.') {
    targets = [manifest.module, manifest.main, manifest.types, manifest.typings].filter((entry): entry is string => entry !== undefined);
  } else targets = [subpath, `./src/${subpath.slice(2)}`];
  if (subpath === '.') targets.push('./src/index', './index');
  for (const target of targets) {
    const found = findSource(pkg, target, fileExists);
    if (found) return found;
  }
  return undefined;
}
