/**
 * Finds the packages of a monorepo below a scanned folder: npm and yarn `workspaces`
 * (package.json), pnpm's pnpm-workspace.yaml, lerna.json `packages`, and TypeScript
 * project references (each referenced tsconfig, followed recursively and cycle-safe).
 * Everything is read as data; a broken package.json, tsconfig or YAML file becomes a
 * warning and the scan goes on without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { LineCounter, parseDocument } from 'yaml';
import { ts, type TS } from './typescript.js';

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

/** A tsconfig read as data: the files it lists, its options and the projects it references. */
export interface ParsedTsconfig {
  files: string[];
  options: TS.CompilerOptions;
  /** Absolute paths of the referenced tsconfig files. */
  references: string[];
}

/** Reports a problem in a file (given by absolute path) that does not stop the scan. */
export type Warn = (file: string, message: string) => void;

/** A folder that holds a package, and the tsconfig that describes it (when one does). */
export interface PackageLocation {
  root: string;
  tsconfig: string | undefined;
}

function describeDiagnostic(diagnostic: TS.Diagnostic, warn: Warn, fallbackFile: string): void {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const { file, start } = diagnostic;
  if (file && start !== undefined) {
    const { line, character } = file.getLineAndCharacterOfPosition(start);
    warn(file.fileName, `${line + 1}:${character + 1}: ${message}`);
  } else {
    warn(fallbackFile, message);
  }
}

/** Parses a JSON file as TypeScript reads tsconfigs (comments and trailing commas allowed). */
function readJson(file: string, warn: Warn): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    warn(file, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const parsed = ts.parseConfigFileTextToJson(file, text);
  if (parsed.error) {
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
    describeDiagnostic({ ...parsed.error, file: sourceFile }, warn, file);
    return undefined;
  }
  return parsed.config;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A folder's package.json, when it has one that parses. */
export function readManifest(folder: string, warn: Warn): PackageManifest | undefined {
  const file = path.join(folder, 'package.json');
  if (!fs.existsSync(file)) return undefined;
  const json = readJson(file, warn);
  if (json === undefined) return undefined;
  if (!isRecord(json)) {
    warn(file, 'is not a JSON object');
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

/** Reads a tsconfig as data; a broken one gives warnings and `undefined`, never an exception. */
export function readTsconfig(configPath: string, warn: Warn): ParsedTsconfig | undefined {
  const read = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (read.error) {
    describeDiagnostic(read.error, warn, configPath);
    return undefined;
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath), undefined, configPath);
  for (const error of parsed.errors) {
    // 18003 (no inputs) is the normal state of a solution tsconfig; deprecations (TS5107) are not errors here.
    if (error.category === ts.DiagnosticCategory.Error && error.code !== 18003) describeDiagnostic(error, warn, configPath);
  }
  const references = (parsed.projectReferences ?? []).map((reference) => ts.resolveProjectReferencePath(reference));
  return { files: parsed.fileNames, options: parsed.options, references };
}

/** The folder globs a package list gives, or a warning when it is not a list of strings. */
function toPatterns(value: unknown, file: string, field: string, warn: Warn): string[] {
  if (!Array.isArray(value)) {
    warn(file, `\`${field}\` is not a list of folder globs; its packages are not loaded`);
    return [];
  }
  const patterns = value.filter((entry): entry is string => typeof entry === 'string');
  if (patterns.length < value.length) warn(file, `\`${field}\` has entries that are not strings; they are skipped`);
  return patterns;
}

function readPnpmPatterns(file: string, warn: Warn): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    warn(file, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    warn(file, `${line}:${col}: ${error.message}`);
    return [];
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return [];
  if (!isRecord(data)) {
    warn(file, 'is not a YAML mapping');
    return [];
  }
  return data.packages === undefined ? [] : toPatterns(data.packages, file, 'packages', warn);
}

/** The workspace globs a folder declares: npm/yarn `workspaces`, pnpm-workspace.yaml, lerna.json. */
function getWorkspacePatterns(folder: string, manifest: PackageManifest | undefined, warn: Warn): string[] {
  const patterns: string[] = [];
  const packageJson = path.join(folder, 'package.json');
  const { workspaces } = manifest ?? {};
  if (Array.isArray(workspaces)) patterns.push(...toPatterns(workspaces, packageJson, 'workspaces', warn));
  else if (isRecord(workspaces)) patterns.push(...toPatterns(workspaces.packages, packageJson, 'workspaces.packages', warn));
  else if (workspaces !== undefined) warn(packageJson, '`workspaces` is neither a list of folder globs nor `{ packages: [...] }`');
  const pnpm = path.join(folder, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) patterns.push(...readPnpmPatterns(pnpm, warn));
  const lerna = path.join(folder, 'lerna.json');
  if (fs.existsSync(lerna)) {
    const json = readJson(lerna, warn);
    if (isRecord(json) && json.packages !== undefined) patterns.push(...toPatterns(json.packages, lerna, 'packages', warn));
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

const toPosix = (file: string): string => file.split(path.sep).join('/');

/** Whether `file` is `folder` or inside it. */
export function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
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
export function discoverPackages(scanRoot: string, warn: Warn, seen: Set<string>): DiscoveredPackage[] {
  const found: DiscoveredPackage[] = [];
  const manifests = new Map<string, PackageManifest | undefined>();
  const manifestOf = (folder: string): PackageManifest | undefined => {
    if (!manifests.has(folder)) manifests.set(folder, readManifest(folder, warn));
    return manifests.get(folder);
  };
  const expanded = new Set<string>();
  const queue: PackageLocation[] = [{ root: scanRoot, tsconfig: undefined }];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { root } = next;
    const tsconfig = next.tsconfig ?? (fs.existsSync(path.join(root, 'tsconfig.json')) ? path.join(root, 'tsconfig.json') : undefined);
    const key = tsconfig ?? root;
    if (seen.has(key) || !isWithin(scanRoot, root)) continue;
    seen.add(key);
    const manifest = manifestOf(root);
    const config = tsconfig ? readTsconfig(tsconfig, warn) : undefined;
    found.push({ root, tsconfig, manifest, config });
    for (const reference of config?.references ?? []) {
      if (fs.existsSync(reference)) queue.push({ root: path.dirname(reference), tsconfig: reference });
      else if (tsconfig)
        warn(tsconfig, `the referenced project ${toPosix(path.relative(path.dirname(tsconfig), reference))} does not exist`);
    }
    if (!expanded.has(root)) {
      expanded.add(root);
      for (const packageRoot of expandWorkspaces(root, getWorkspacePatterns(root, manifest, warn))) {
        queue.push({ root: packageRoot, tsconfig: undefined });
      }
    }
  }
  return found;
}

/** Whether a folder declares workspaces (package.json `workspaces`, pnpm-workspace.yaml or lerna.json). */
function declaresWorkspaces(folder: string): boolean {
  if (fs.existsSync(path.join(folder, 'pnpm-workspace.yaml')) || fs.existsSync(path.join(folder, 'lerna.json'))) return true;
  return readManifest(folder, () => undefined)?.workspaces !== undefined;
}

/**
 * The monorepo root above a scanned folder, when the folder is inside one: the nearest
 * ancestor that declares workspaces, looking no further up than the repository root (the
 * first folder with `.git`). Scanning one package then still resolves its siblings' names.
 * `includeSelf` counts the folder itself (the folder of a file named on the command line).
 */
export function findEnclosingWorkspaceRoot(folder: string, includeSelf: boolean): string | undefined {
  let current = folder;
  for (let depth = 0; depth < 32; depth++) {
    if ((includeSelf || current !== folder) && declaresWorkspaces(current)) return current;
    if (fs.existsSync(path.join(current, '.git'))) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}
