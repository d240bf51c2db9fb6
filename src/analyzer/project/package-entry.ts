/**
 * Where a workspace package's module is written: a specifier that names a package of the
 * monorepo (`@acme/tools`, `@acme/tools/http`) to the project file that holds its source.
 * Read from package.json `exports` (subpaths, `*` patterns, nested conditions, preferring
 * `source`, then `types`, `import`, `require`, `default`), else `module`, `main`, `types`;
 * built paths are mapped back to sources by build-output.ts (the package tsconfig's outDir
 * to its rootDir, `dist/` to `src/`, `.js` to `.ts`), falling back to `src/index.ts` and `index.ts`. Nothing
 * needs to be installed or built: node_modules is never read.
 */
import path from 'node:path';
import { getSourceCandidates } from './build-output.js';
import { isInSkippedDirectory, isWithin } from './paths.js';
import type { TS } from './typescript.js';
import type { PackageManifest } from './workspaces.js';

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

/** Whether a file can be a package's source: inside it, not build output, not installed. */
function isSourceOf(pkg: EntryPackage, file: string): boolean {
  if (!isWithin(pkg.root, file) || isInSkippedDirectory(pkg.root, file)) return false;
  const { outDir, declarationDir } = pkg.compilerOptions;
  return !(outDir && isWithin(outDir, file)) && !(declarationDir && isWithin(declarationDir, file));
}

function findSource(pkg: EntryPackage, target: string, fileExists: (file: string) => boolean): string | undefined {
  const layout = {
    root: pkg.root,
    options: pkg.compilerOptions,
    configDirectory: pkg.tsconfig && path.dirname(pkg.tsconfig),
    files: pkg.files,
  };
  return getSourceCandidates(path.resolve(pkg.root, target), layout).find((file) => isSourceOf(pkg, file) && fileExists(file));
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
