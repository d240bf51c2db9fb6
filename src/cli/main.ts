/**
 * The `halting` command: parse arguments, read the config (JSON data), analyse the
 * project, format, write. Returns the exit code: 0 clean, 1 findings fail the run,
 * 2 a usage or fatal error. The bin only sets `process.exitCode`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { analyzeProject } from '../analyzer/project/index.js';
import { parseCliArgs, USAGE } from './args.js';
import { loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { formatJson } from './reporters/json.js';
import { formatSarif } from './reporters/sarif.js';
import { formatStylish } from './reporters/stylish.js';
import { keepErrors, toLintResult } from './results.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that takes colour. */
  color: boolean;
}

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await Promise.resolve(run(argv, io));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`halting: ${error.message}\n`);
      return 2;
    }
    io.stderr(`halting: fatal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

function run(argv: readonly string[], io: Io): number {
  const args = parseCliArgs(argv);
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const config = loadConfig(io.cwd, args.config, args.rules);
  const missing = args.paths.filter((given) => !fs.existsSync(path.resolve(io.cwd, given)));
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  const report = analyzeProject({ paths: args.paths, cwd: io.cwd, rules: config.rules, settings: config.settings, types: args.types });
  for (const warning of report.warnings) io.stderr(`halting: warning: ${warning}\n`);
  const allResults = report.files.map(toLintResult);
  // As ESLint's --quiet: print errors only (and only files that have them); warnings still count for --max-warnings.
  const results = args.quiet ? allResults.map(keepErrors).filter((result) => result.errorCount > 0) : allResults;
  const output =
    args.format === 'json'
      ? `${formatJson(results)}\n`
      : args.format === 'sarif'
        ? formatSarif(results, { cwd: io.cwd })
        : formatStylish(results, { cwd: io.cwd, color: io.color && !args.outputFile });
  if (args.outputFile) {
    fs.mkdirSync(path.dirname(path.resolve(io.cwd, args.outputFile)), { recursive: true });
    fs.writeFileSync(path.resolve(io.cwd, args.outputFile), output);
  } else if (output) {
    io.stdout(output);
  }
  const errors = allResults.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = allResults.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`halting found too many warnings (maximum: ${args.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}
