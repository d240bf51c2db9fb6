/**
 * Command-line arguments of the `halting` scanner, parsed with node:util's parseArgs.
 * Unknown flags and bad values are usage errors (exit code 2).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

export type Format = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

export interface CliArgs {
  paths: string[];
  format: Format;
  outputFile: string | undefined;
  maxWarnings: number | undefined;
  quiet: boolean;
  rules: { id: string; level: string }[];
  config: string | undefined;
  types: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: halting [paths...] [options]

Scans JavaScript and TypeScript projects for AI-agent loops that may never stop.

Options:
  --format <format>         Output format: stylish, json or sarif (default: stylish)
  --output-file <file>      Write the report to a file instead of stdout
  --max-warnings <n>        Exit with 1 when there are more than n warnings
  --quiet                   Report errors only
  --rule <id:level>         Set a rule's level: off, warn or error (repeatable)
  --config <file>           A JSON config file (default: .haltingrc.json when present)
  --no-types                Do not use the type checker
  -h, --help                Show this help
  -v, --version             Show the version
`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        types: { type: 'boolean' },
        'no-types': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1)
      throw new UsageError(`--max-warnings must be a whole number (got "${values['max-warnings']}")`);
  }
  const rules = (values.rule ?? []).map((spec) => {
    const separator = spec.lastIndexOf(':');
    if (separator <= 0) throw new UsageError(`--rule must look like <id>:<off|warn|error> (got "${spec}")`);
    return { id: spec.slice(0, separator), level: spec.slice(separator + 1) };
  });
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: format as Format,
    outputFile: values['output-file'],
    maxWarnings,
    quiet: values.quiet ?? false,
    rules,
    config: values.config,
    types: !(values['no-types'] ?? false),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
