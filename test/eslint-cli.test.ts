/**
 * The plugin as users load it: ESLint's own CLI with a flat config file importing the
 * built package, serially and with `--concurrency 2` (worker threads), gives the same
 * findings; and the built `halting` bin scans the examples.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures/parity');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'halting-eslint-'));
const configFile = path.join(scratch, 'eslint.config.mjs');
fs.writeFileSync(
  configFile,
  `import halting from ${JSON.stringify(pathToFileURL(path.join(root, 'dist/index.js')).href)};
import tsParser from ${JSON.stringify(pathToFileURL(path.join(root, 'node_modules/@typescript-eslint/parser/dist/index.js')).href)};
export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { ...halting.configs.recommended, files: ['**/*.{js,ts}'] },
];
`,
);
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

interface Result {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string }[];
}

function eslint(...args: string[]): Result[] {
  const output = execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--config', configFile, '-f', 'json', ...args, '.'],
    {
      cwd: fixtures,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return (JSON.parse(output) as Result[]).sort((a, b) => a.filePath.localeCompare(b.filePath));
}

function eslintAllowingFindings(...args: string[]): Result[] {
  try {
    return eslint(...args);
  } catch (error) {
    const { stdout } = error as { stdout: string };
    return (JSON.parse(stdout) as Result[]).sort((a, b) => a.filePath.localeCompare(b.filePath));
  }
}

describe('ESLint CLI', () => {
  it('reports the same findings with --concurrency 2 as serially', () => {
    const serial = eslintAllowingFindings('--concurrency', 'off');
    const parallel = eslintAllowingFindings('--concurrency', '2');
    expect(serial.reduce((sum, result) => sum + result.messages.length, 0)).toBeGreaterThan(10);
    expect(parallel.map((result) => result.messages)).toEqual(serial.map((result) => result.messages));
  });
});

describe('halting bin', () => {
  it('scans the examples: findings of all four rules in stuck/, none in fixed/', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'bin/halting.js'), '--format', 'json', 'examples'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Result[];
    const rulesIn = (folder: string): string[] =>
      [
        ...new Set(
          results
            .filter((result) => result.filePath.includes(`/examples/${folder}/`))
            .flatMap((result) => result.messages.map((message) => message.ruleId)),
        ),
      ].sort() as string[];
    expect(rulesIn('stuck')).toEqual([
      'halting/no-human-input-in-headless',
      'halting/no-unbounded-agent-loop',
      'halting/require-fetch-timeout',
      'halting/safe-termination-check',
    ]);
    expect(rulesIn('fixed')).toEqual([]);
  });

  it('prints the version and exits 0', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'bin/halting.js'), '--version'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('exits 2 with one line on a usage error', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'bin/halting.js'), '--format', 'xml'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('halting: --format must be one of stylish, json, sarif (got "xml")\n');
  });
});
