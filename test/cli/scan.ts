/**
 * Runs the `halting` command in-process over a fixture project and normalises its JSON
 * output (paths relative to the fixture with `/` separators, `source` dropped), so tests
 * can compare the whole output with `toEqual`. Also reads `// expect: <rule-id>` markers
 * from fixture lines and checks them against the findings in both directions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SOURCE_EXTENSIONS } from '../../src/analyzer/project/load.js';
import type { LintMessage, LintResult } from '../../src/cli/results.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scanner');

/** The folder of a scanner fixture. */
export function fixture(leaf: string): string {
  return path.join(FIXTURES, leaf);
}

export type ScanResult = Omit<LintResult, 'source'>;

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface JsonScan {
  exitCode: number;
  results: ScanResult[];
  stderr: string;
}

/** Runs `main(argv)` with the working directory set to `cwd`, capturing both streams (no colour). */
export async function runCli(cwd: string, argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argv, {
    cwd,
    color: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { exitCode, stdout, stderr };
}

const toPosix = (file: string): string => file.split(path.sep).join('/');

/** Runs `halting --format json ...args` in `cwd` and returns the normalised results. */
export async function scan(cwd: string, args: readonly string[] = []): Promise<JsonScan> {
  const run = await runCli(cwd, ['--format', 'json', ...args]);
  let parsed: LintResult[];
  try {
    parsed = JSON.parse(run.stdout) as LintResult[];
  } catch {
    throw new Error(`halting printed no JSON (exit code ${run.exitCode}).\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
  const results = parsed.map((result): ScanResult => {
    const relative = (file: string): string => toPosix(path.relative(cwd, file));
    const withTraces = (messages: LintMessage[]): LintMessage[] =>
      messages.map((message) =>
        message.trace ? { ...message, trace: message.trace.map((step) => ({ ...step, filePath: relative(step.filePath) })) } : message,
      );
    const normalised: LintResult = {
      ...result,
      filePath: relative(result.filePath),
      messages: withTraces(result.messages),
      suppressedMessages: withTraces(result.suppressedMessages),
    };
    delete normalised.source;
    return normalised;
  });
  return { exitCode: run.exitCode, results, stderr: run.stderr };
}

/** The result of a file without messages, as the JSON reporter prints it. */
export function clean(filePath: string): ScanResult {
  return {
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

/** Copies a fixture into a fresh temporary folder (for layouts git would not keep, such as node_modules/). */
export function copyFixture(leaf: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `halting-${leaf}-`));
  fs.cpSync(fixture(leaf), target, { recursive: true });
  return target;
}

const MARKER = /(?:\/\/|\/\*)\s*expect(-suppressed)?:\s*([\w/-]+(?:\s*,\s*[\w/-]+)*)/g;

function listSourceFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE_EXTENSIONS.includes(path.extname(entry.name).slice(1))) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

const bareId = (id: string | null): string => (id === null ? 'parse-error' : id.replace(/^halting\//, ''));

/**
 * Every `// expect: a, b` (or `/* expect-suppressed: a *\/`) marker names exactly the
 * rules reported (or suppressed) on its line, and every finding's line carries a marker.
 * A fatal parse error is spelt `parse-error`. Markers are read from every source file
 * under `cwd`, scanned or not, so a marked file the scanner skipped fails too.
 */
export function expectMarkers(cwd: string, results: readonly ScanResult[]): void {
  const expected: Record<string, string[]> = {};
  for (const file of listSourceFiles(cwd)) {
    const relative = toPosix(path.relative(cwd, file));
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        for (const match of text.matchAll(MARKER)) {
          const key = `${relative}:${index + 1}${match[1] ? ' (suppressed)' : ''}`;
          const ids = (match[2] ?? '').split(',').map((id) => bareId(id.trim()));
          expected[key] = [...(expected[key] ?? []), ...ids].sort();
        }
      });
  }
  const actual: Record<string, string[]> = {};
  const add = (filePath: string, message: LintMessage, suffix: string): void => {
    const key = `${filePath}:${message.line}${suffix}`;
    actual[key] = [...(actual[key] ?? []), bareId(message.ruleId)].sort();
  };
  for (const result of results) {
    for (const message of result.messages) add(result.filePath, message, '');
    for (const message of result.suppressedMessages) add(result.filePath, message, ' (suppressed)');
  }
  expect(actual).toEqual(expected);
}
