/**
 * Loads the files to scan into a ts-morph project, package by package: the scanned
 * folder, its workspace packages (npm, yarn, pnpm, lerna) and the TypeScript projects its
 * tsconfigs reference. A package with a tsconfig.json gives its files and compilerOptions;
 * one without gives every JS/TS file in its folder, skipping node_modules, dist, build,
 * coverage and .gitignore'd files. Each file belongs to one package (the nearest), whose
 * options resolve its imports. Nothing of the scanned project is executed: package.json,
 * tsconfig and workspace files are parsed as data.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { Project } from 'ts-morph';
import { globSync } from 'tinyglobby';
import { ConfigFiles } from './config-files.js';
import { isDeclarationFile, isWithin, SKIPPED_DIRECTORIES, SOURCE_EXTENSIONS } from './paths.js';
import { ts, type TS } from './typescript.js';
import { discoverPackages, findEnclosingWorkspaceRoot, type DiscoveredPackage, type PackageManifest } from './workspaces.js';

export { SOURCE_EXTENSIONS };

/** The compiler options of a package without a (readable) tsconfig. */
export const DEFAULT_COMPILER_OPTIONS: Readonly<TS.CompilerOptions> = {
  allowJs: true,
  jsx: ts.JsxEmit.Preserve,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

/** One package of the scanned project: a workspace folder, a referenced TypeScript project, or the scanned folder. */
export interface ProjectPackage {
  /** The package's folder (absolute). */
  root: string;
  /** Its package.json `name`, when it has one: imports of that name resolve into it. */
  name?: string;
  /** The tsconfig that describes it (absolute), when it has one. */
  tsconfig?: string;
  /** The options its files are resolved with: its tsconfig's (with `allowJs`, `noEmit`), else the defaults. */
  compilerOptions: TS.CompilerOptions;
  /** Absolute paths of the loaded files that belong to it, sorted (possibly none). */
  files: string[];
  /** The package.json fields module resolution reads (`exports`, `main`, ...). */
  manifest?: PackageManifest;
  /** The declaration files its tsconfig lists (ambient modules, generated settings): roots of its type program, never scanned. */
  declarationFiles: string[];
}

export interface LoadedProject {
  project: Project;
  /** Absolute paths of the files to report on, sorted. */
  files: string[];
  /** The options of the first package with a tsconfig (else the defaults): the ts-morph project's own. */
  compilerOptions: TS.CompilerOptions;
  /** Every package found, sorted by folder; each loaded file is in exactly one. A plain project is one package. */
  packages: ProjectPackage[];
  /** Problems with the project setup that do not stop the scan (a broken tsconfig, package.json or workspace file). */
  warnings: string[];
}

function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(file).slice(1)) && !isDeclarationFile(file);
}

/** Every .gitignore under the root (each applies to its own folder), as matchers by folder. */
function loadGitignores(root: string, skipped: string[], configs: ConfigFiles): { directory: string; matcher: Ignore }[] {
  const files = globSync('**/.gitignore', { cwd: root, dot: true, followSymbolicLinks: false, ignore: skipped });
  return files.map((file) => ({
    directory: path.dirname(file) === '.' ? '' : path.dirname(file),
    matcher: ignore().add(configs.readText(path.join(root, file)) ?? ''),
  }));
}

function isGitignored(file: string, gitignores: readonly { directory: string; matcher: Ignore }[]): boolean {
  return gitignores.some(({ directory, matcher }) => {
    if (directory !== '' && !file.startsWith(`${directory}/`)) return false;
    return matcher.ignores(directory === '' ? file : file.slice(directory.length + 1));
  });
}

function globFiles(root: string, configs: ConfigFiles): string[] {
  const skipped = SKIPPED_DIRECTORIES.map((directory) => `**/${directory}/**`);
  const gitignores = loadGitignores(root, skipped, configs);
  const found = globSync(`**/*.{${SOURCE_EXTENSIONS.join(',')}}`, {
    cwd: root,
    absolute: false,
    dot: false,
    followSymbolicLinks: false,
    ignore: skipped,
  });
  return found.filter((file) => isSourceFile(file) && !isGitignored(file, gitignores)).map((file) => path.resolve(root, file));
}

/** The deepest of the packages whose folder holds the file. */
function findNearest<T extends { root: string }>(packages: readonly T[], file: string): T | undefined {
  let nearest: T | undefined;
  for (const candidate of packages) {
    if (isWithin(candidate.root, file) && (!nearest || candidate.root.length > nearest.root.length)) nearest = candidate;
  }
  return nearest;
}

/** Files by the folder of the deepest package that holds them (a string test per file and package). */
function groupByPackage(files: readonly string[], packages: readonly { root: string }[]): Map<string, string[]> {
  const roots = [...new Set(packages.map((entry) => entry.root))].sort((a, b) => b.length - a.length);
  const prefixes = roots.map((root) => (root.endsWith(path.sep) ? root : `${root}${path.sep}`));
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const index = prefixes.findIndex((prefix) => file.startsWith(prefix));
    const root = roots[index];
    if (root === undefined) continue;
    const group = groups.get(root);
    if (group) group.push(file);
    else groups.set(root, [file]);
  }
  return groups;
}

/**
 * Which package each file belongs to. A tsconfig that lists a file claims it more strongly
 * than a folder globbed for want of one; among equals the deepest package folder wins, then
 * the first package found.
 */
class Ownership {
  private readonly owners = new Map<string, { owner: ProjectPackage; listed: boolean }>();

  claim(file: string, owner: ProjectPackage, listed: boolean): void {
    const current = this.owners.get(file);
    if (
      !current ||
      (listed && !current.listed) ||
      (listed === current.listed && owner.root.length > current.owner.root.length && isWithin(owner.root, file))
    ) {
      this.owners.set(file, { owner, listed });
    }
  }

  has(file: string): boolean {
    return this.owners.has(file);
  }

  /** Fills each package's `files` and returns every owned file, sorted. */
  finish(): string[] {
    const files = [...this.owners.keys()].sort();
    for (const file of files) this.owners.get(file)?.owner.files.push(file);
    return files;
  }
}

function toPackage(found: DiscoveredPackage): ProjectPackage {
  // The scanner reads JS as well as TS, and never emits.
  const compilerOptions = found.config ? { ...found.config.options, allowJs: true, noEmit: true } : { ...DEFAULT_COMPILER_OPTIONS };
  const declarationFiles = (found.config?.files ?? [])
    .map((file) => path.resolve(file))
    .filter((file) => isDeclarationFile(file) && !file.split(path.sep).includes('node_modules'));
  const projectPackage: ProjectPackage = { root: found.root, compilerOptions, files: [], declarationFiles };
  if (found.manifest?.name !== undefined) projectPackage.name = found.manifest.name;
  if (found.tsconfig && found.config) projectPackage.tsconfig = found.tsconfig;
  if (found.manifest) projectPackage.manifest = found.manifest;
  return projectPackage;
}

/**
 * Collects the packages and files under the given paths (folders or files), reading their
 * configs through `configs` (the scan's one reader; its warnings so far become `warnings`).
 */
export function loadProject(paths: readonly string[], cwd: string, configs = new ConfigFiles(cwd)): LoadedProject {
  const packages: ProjectPackage[] = [];
  const ownership = new Ownership();
  const seen = new Set<string>();
  const enclosing = new Set<string | undefined>();
  const named: string[] = [];
  let compilerOptions: TS.CompilerOptions | undefined;
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (!stat) {
      configs.warn(absolute, 'no such file or directory');
      continue;
    }
    if (stat.isFile()) {
      if (isSourceFile(absolute)) {
        named.push(absolute);
        enclosing.add(findEnclosingWorkspaceRoot(path.dirname(absolute), true, configs));
      }
      continue;
    }
    const discovered = discoverPackages(absolute, configs, seen);
    enclosing.add(findEnclosingWorkspaceRoot(absolute, false, configs));
    let globbed: Map<string, string[]> | undefined;
    for (const found of discovered) {
      const projectPackage = toPackage(found);
      if (found.config) compilerOptions ??= projectPackage.compilerOptions;
      packages.push(projectPackage);
      const listed = (found.config?.files ?? [])
        .map((file) => path.resolve(file))
        .filter((file) => isSourceFile(file) && !file.split(path.sep).includes('node_modules'));
      if (listed.length > 0) {
        for (const file of listed) ownership.claim(file, projectPackage, true);
      } else {
        globbed ??= groupByPackage(globFiles(absolute, configs), discovered);
        for (const file of globbed.get(found.root) ?? []) ownership.claim(file, projectPackage, false);
      }
    }
  }
  // Packages of a monorepo the scanned paths are inside of: known by name (imports of them
  // resolve) and by folder (a named file takes its package's options), but only the scanned
  // paths' files are scanned. Their setup problems are not this scan's.
  for (const workspaceRoot of enclosing) {
    if (workspaceRoot === undefined) continue;
    for (const found of discoverPackages(workspaceRoot, configs.quiet, seen)) {
      packages.push(toPackage(found));
    }
  }
  // A file named on the command line is scanned even when its package's tsconfig leaves it out.
  for (const file of named) {
    if (ownership.has(file)) continue;
    let owner = findNearest(packages, file);
    if (!owner) {
      owner = { root: cwd, compilerOptions: { ...DEFAULT_COMPILER_OPTIONS }, files: [], declarationFiles: [] };
      packages.push(owner);
    }
    ownership.claim(file, owner, false);
  }
  const files = ownership.finish();
  packages.sort((a, b) => a.root.localeCompare(b.root) || (a.tsconfig ?? '').localeCompare(b.tsconfig ?? ''));
  compilerOptions ??= { ...DEFAULT_COMPILER_OPTIONS };
  const project = new Project({
    compilerOptions,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
  });
  return { project, files, compilerOptions, packages, warnings: configs.takeWarnings() };
}
