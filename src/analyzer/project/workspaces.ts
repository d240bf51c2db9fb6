/**
 * Finds the packages of a monorepo below a scanned folder: npm and yarn `workspaces`
 * (package.json), pnpm's pnpm-workspace.yaml, lerna.json `packages`, and TypeScript
 * project references (each referenced tsconfig, followed recursively and cycle-safe).
 * Everything is read as data through the scan's `ConfigFiles`; a broken package.json,
 * tsconfig or YAML file is one warning there, and the scan goes on without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import type { ConfigFiles, ParsedTsconfig, Position } from './config-files.js';
import { isWithin } from './paths.js';
import { ts } from './typescript.js';

/** The package.json fields the scanner reads: the package's name and where its modules are. */
export interface PackageManifest {
  name?: string;
  exports?: unknown;
  main?: string;
  module?: string;
  types?: string;
  typings?: string;
  workspaces?: unknown;
}

/** A folder that holds a package, and the tsconfig that describes it (when one does). */
export interface PackageLocation {
  root: string;
  tsconfig: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A folder's package.json, when it has one that parses. */
export function readManifest(folder: string, configs: ConfigFiles): PackageManifest | undefined {
  const file = path.join(folder, 'package.json');
  if (!fs.existsSync(file)) return undefined;
  const json = configs.readJson(file)?.value;
  if (json === undefined) return undefined;
  if (!isRecord(json)) {
    configs.warn(file, 'is not a JSON object', configs.locate(file, []));
    return undefined;
  }
  return {
    name: optionalString(json.name),
    exports: json.exports,
    main: optionalString(json.main),
    module: optionalString(json.module),
    types: optionalString(json.types),
    typings: optionalString(json.typings),
    workspaces: json.workspaces,
  };
}

/** The folder globs a package list gives, or a warning (at the list, or its first odd entry) when it is not a list of strings. */
function toPatterns(value: unknown, file: string, field: string, configs: ConfigFiles): string[] {
  const keys = field.split('.');
  if (!Array.isArray(value)) {
    configs.warn(file, `\`${field}\` is not a list of folder globs; its packages are not loaded`, configs.locate(file, keys));
    return [];
  }
  const patterns = value.filter((entry): entry is string => typeof entry === 'string');
  const odd = value.findIndex((entry) => typeof entry !== 'string');
  if (odd >= 0) configs.warn(file, `\`${field}\` has entries that are not strings; they are skipped`, configs.locate(file, [...keys, odd]));
  return patterns;
}

function readPnpmPatterns(file: string, configs: ConfigFiles): string[] {
  const data = configs.readYaml(file)?.value;
  if (data === null || data === undefined) return [];
  if (!isRecord(data)) {
    configs.warn(file, 'is not a YAML mapping', configs.locate(file, []));
    return [];
  }
  return data.packages === undefined ? [] : toPatterns(data.packages, file, 'packages', configs);
}

/** The workspace globs a folder declares: npm/yarn `workspaces`, pnpm-workspace.yaml, lerna.json. */
function getWorkspacePatterns(folder: string, manifest: PackageManifest | undefined, configs: ConfigFiles): string[] {
  const patterns: string[] = [];
  const packageJson = path.join(folder, 'package.json');
  const { workspaces } = manifest ?? {};
  if (Array.isArray(workspaces)) patterns.push(...toPatterns(workspaces, packageJson, 'workspaces', configs));
  else if (isRecord(workspaces)) patterns.push(...toPatterns(workspaces.packages, packageJson, 'workspaces.packages', configs));
  else if (workspaces !== undefined) {
    const position = configs.locate(packageJson, ['workspaces']);
    configs.warn(packageJson, '`workspaces` is neither a list of folder globs nor `{ packages: [...] }`', position);
  }
  const pnpm = path.join(folder, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) patterns.push(...readPnpmPatterns(pnpm, configs));
  const lerna = path.join(folder, 'lerna.json');
  if (fs.existsSync(lerna)) {
    const json = configs.readJson(lerna)?.value;
    if (isRecord(json) && json.packages !== undefined) patterns.push(...toPatterns(json.packages, lerna, 'packages', configs));
  }
  return patterns;
}

/** Workspace globs to package folders (those with a package.json), skipping node_modules; `!` negates. */
function expandWorkspaces(folder: string, patterns: readonly string[]): string[] {
  const normalised = patterns
    .map((pattern) => pattern.trim().replace(/\/+$/, ''))
    .filter((pattern) => pattern !== '' && pattern !== '!' && pattern !== '.' && pattern !== './');
  if (!normalised.some((pattern) => !pattern.startsWith('!'))) return [];
  const found = globSync(normalised, {
    cwd: folder,
    onlyDirectories: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  return found
    .map((relative) => path.resolve(folder, relative))
    .filter((packageRoot) => packageRoot !== folder && fs.existsSync(path.join(packageRoot, 'package.json')))
    .sort();
}

/** Where a tsconfig's `references` entry names a referenced tsconfig (an entry's `path` may be a folder or a file). */
function locateReference(tsconfig: string, reference: string, configs: ConfigFiles): Position | undefined {
  const json = configs.readJson(tsconfig)?.value;
  const entries = isRecord(json) && Array.isArray(json.references) ? (json.references as unknown[]) : [];
  const index = entries.findIndex((entry) => {
    const written = isRecord(entry) ? entry.path : undefined;
    return (
      typeof written === 'string' && ts.resolveProjectReferencePath({ path: path.resolve(path.dirname(tsconfig), written) }) === reference
    );
  });
  return index < 0 ? undefined : configs.locate(tsconfig, ['references', index, 'path']);
}

/** A package found while walking a monorepo: where it is, its manifest and its parsed tsconfig. */
export interface DiscoveredPackage extends PackageLocation {
  manifest: PackageManifest | undefined;
  config: ParsedTsconfig | undefined;
}

/**
 * The packages under a scanned folder, the folder itself first: workspace folders and
 * referenced TypeScript projects, recursively (a workspace package may reference other
 * projects). Projects outside the scanned folder are left out. `seen` (keyed by tsconfig
 * path, or folder when there is none) keeps each package once across scanned folders.
 */
export function discoverPackages(scanRoot: string, configs: ConfigFiles, seen: Set<string>): DiscoveredPackage[] {
  const found: DiscoveredPackage[] = [];
  const expanded = new Set<string>();
  const queue: PackageLocation[] = [{ root: scanRoot, tsconfig: undefined }];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { root } = next;
    const tsconfig = next.tsconfig ?? (fs.existsSync(path.join(root, 'tsconfig.json')) ? path.join(root, 'tsconfig.json') : undefined);
    const key = tsconfig ?? root;
    if (seen.has(key) || !isWithin(scanRoot, root)) continue;
    seen.add(key);
    const manifest = readManifest(root, configs);
    const config = tsconfig ? configs.readTsconfig(tsconfig) : undefined;
    found.push({ root, tsconfig, manifest, config });
    for (const reference of config?.references ?? []) {
      if (fs.existsSync(reference)) queue.push({ root: path.dirname(reference), tsconfig: reference });
      else if (tsconfig) {
        const relative = path.relative(path.dirname(tsconfig), reference).split(path.sep).join('/');
        configs.warn(tsconfig, `the referenced project ${relative} does not exist`, locateReference(tsconfig, reference, configs));
      }
    }
    if (!expanded.has(root)) {
      expanded.add(root);
      for (const packageRoot of expandWorkspaces(root, getWorkspacePatterns(root, manifest, configs))) {
        queue.push({ root: packageRoot, tsconfig: undefined });
      }
    }
  }
  return found;
}

/** Whether a folder declares workspaces (package.json `workspaces`, pnpm-workspace.yaml or lerna.json). */
function declaresWorkspaces(folder: string, configs: ConfigFiles): boolean {
  if (fs.existsSync(path.join(folder, 'pnpm-workspace.yaml')) || fs.existsSync(path.join(folder, 'lerna.json'))) return true;
  return readManifest(folder, configs.quiet)?.workspaces !== undefined;
}

/**
 * The monorepo root above a scanned folder, when the folder is inside one: the nearest
 * ancestor that declares workspaces, looking no further up than the repository root (the
 * first folder with `.git`). Scanning one package then still resolves its siblings' names.
 * `includeSelf` counts the folder itself (the folder of a file named on the command line).
 */
export function findEnclosingWorkspaceRoot(folder: string, includeSelf: boolean, configs: ConfigFiles): string | undefined {
  let current = folder;
  for (let depth = 0; depth < 32; depth++) {
    if ((includeSelf || current !== folder) && declaresWorkspaces(current, configs)) return current;
    if (fs.existsSync(path.join(current, '.git'))) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}
