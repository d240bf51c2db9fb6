/**
 * Path conventions the scanner's project code shares: the folders it never reads sources or
 * configs from, the source extensions it loads, and folder containment. One place, so the
 * loader, the package-entry resolver and the deployment reader agree on what a source is.
 */
import path from 'node:path';

/** Folders never searched for sources or configs: installed packages, build output, coverage, git. */
export const SKIPPED_DIRECTORIES: readonly string[] = ['node_modules', 'dist', 'build', 'coverage', '.git'];

/** The extensions (without the dot) of the files the scanner loads. */
export const SOURCE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];

/** Whether a path is a declaration file (`.d.ts`, `.d.mts`, `.d.cts`), never a source. */
export function isDeclarationFile(file: string): boolean {
  return /\.d\.[cm]?ts$/.test(file);
}

/** Whether `file` is `folder` or inside it. */
export function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Whether `file` is inside `folder` and not `folder` itself. */
export function isBelow(folder: string, file: string): boolean {
  return isWithin(folder, file) && path.relative(folder, file) !== '';
}

/** Whether any folder of a path (relative to `root`) is one the scanner skips. */
export function isInSkippedDirectory(root: string, file: string): boolean {
  return path
    .relative(root, file)
    .split(path.sep)
    .some((segment) => SKIPPED_DIRECTORIES.includes(segment));
}

/** A path relative to `cwd` with `/` separators, `.` for `cwd` itself: how warnings and traces name files. */
export function getDisplayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
