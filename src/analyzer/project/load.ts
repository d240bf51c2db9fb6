/**
 * Loads the files to scan into a ts-morph project: a tsconfig.json's files when the
 * scanned folder has one, else every JS/TS file under the paths, skipping
 * node_modules, dist, build, coverage and .gitignore'd files. Nothing of the scanned
 * project is executed: tsconfig files are parsed as data.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { Project } from 'ts-morph';
import { ts, type TS } from './typescript.js';
import { globSync } from 'tinyglobby';

export const SOURCE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];
const SKIPPED_DIRECTORIES = ['node_modules', 'dist', 'build', 'coverage', '.git'];

export interface LoadedProject {
  project: Project;
  /** Absolute paths of the files to report on, sorted. */
  files: string[];
  compilerOptions: TS.CompilerOptions;
  /** Every file of the tsconfig.json the files came from (declaration files too): the type checker's roots; empty without one. */
  tsconfigFiles: string[];
  /** Problems with the project setup that do not stop the scan (a broken tsconfig). */
  warnings: string[];
}

function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(file).slice(1)) && !/\.d\.[cm]?ts$/.test(file);
}

/** Reads a tsconfig as data; a broken one gives warnings, never an exception. */
function readTsconfig(configPath: string, warnings: string[]): { files: string[]; options: TS.CompilerOptions } | undefined {
  const read = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (read.error) {
    warnings.push(`${configPath}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`);
    return undefined;
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath), undefined, configPath);
  for (const error of parsed.errors) {
    // TS5107 and friends (deprecated options) are never fatal to a scan.
    if (error.category === ts.DiagnosticCategory.Error && error.code !== 18003) {
      warnings.push(`${configPath}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
    }
  }
  return { files: parsed.fileNames, options: parsed.options };
}

/** Every .gitignore under the root (each applies to its own folder), as matchers by folder. */
function loadGitignores(root: string, skipped: string[]): { directory: string; matcher: Ignore }[] {
  const files = globSync('**/.gitignore', { cwd: root, dot: true, followSymbolicLinks: false, ignore: skipped });
  return files.map((file) => ({
    directory: path.dirname(file) === '.' ? '' : path.dirname(file),
    matcher: ignore().add(fs.readFileSync(path.join(root, file), 'utf8')),
  }));
}

function isGitignored(file: string, gitignores: readonly { directory: string; matcher: Ignore }[]): boolean {
  return gitignores.some(({ directory, matcher }) => {
    if (directory !== '' && !file.startsWith(`${directory}/`)) return false;
    return matcher.ignores(directory === '' ? file : file.slice(directory.length + 1));
  });
}

function globFiles(root: string): string[] {
  const skipped = SKIPPED_DIRECTORIES.map((directory) => `**/${directory}/**`);
  const gitignores = loadGitignores(root, skipped);
  const found = globSync(`**/*.{${SOURCE_EXTENSIONS.join(',')}}`, {
    cwd: root,
    absolute: false,
    dot: false,
    followSymbolicLinks: false,
    ignore: skipped,
  });
  return found.filter((file) => isSourceFile(file) && !isGitignored(file, gitignores)).map((file) => path.resolve(root, file));
}

/** Collects the files under the given paths (folders or files). */
export function loadProject(paths: readonly string[], cwd: string): LoadedProject {
  const warnings: string[] = [];
  const files = new Set<string>();
  const tsconfigFiles: string[] = [];
  let compilerOptions: TS.CompilerOptions = {
    allowJs: true,
    jsx: ts.JsxEmit.Preserve,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (!stat) {
      warnings.push(`${given}: no such file or directory`);
      continue;
    }
    if (stat.isFile()) {
      if (isSourceFile(absolute)) files.add(absolute);
      continue;
    }
    const tsconfig = path.join(absolute, 'tsconfig.json');
    const config = fs.existsSync(tsconfig) ? readTsconfig(tsconfig, warnings) : undefined;
    if (config && config.files.length > 0) {
      compilerOptions = { ...config.options, allowJs: true, noEmit: true };
      tsconfigFiles.push(...config.files.map((file) => path.resolve(file)));
      for (const file of config.files) {
        const resolved = path.resolve(file);
        if (isSourceFile(resolved) && !resolved.split(path.sep).includes('node_modules')) files.add(resolved);
      }
    } else {
      for (const file of globFiles(absolute)) files.add(file);
    }
  }
  const project = new Project({
    compilerOptions,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
  });
  return { project, files: [...files].sort(), compilerOptions, tsconfigFiles, warnings };
}
