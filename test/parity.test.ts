/**
 * Parity: on single-file fixtures, ESLint (9 and 10, through its public API with the
 * plugin's recommended config) and the scanner report the same rule ids, ranges and
 * messages. TypeScript files go through typescript-eslint's parser, JavaScript files
 * through espree, as users run them.
 */
import fs from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import plugin from '../src/index.js';

const fixtures = path.resolve(import.meta.dirname, 'fixtures/parity');
const files = fs
  .readdirSync(fixtures)
  .filter((file) => /\.[cm]?[jt]sx?$/.test(file))
  .sort();

interface Row {
  ruleId: string | null;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

const toRows = (messages: readonly Row[]): Row[] =>
  messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message }));

const overrideConfig = [
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser } },
  { ...plugin.configs.recommended, files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'] },
];

async function scan(file: string): Promise<Row[]> {
  let stdout = '';
  const code = await main(['--format', 'json', file], {
    cwd: fixtures,
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    color: false,
  });
  expect(code).toBeLessThan(2);
  const [result] = JSON.parse(stdout) as { messages: Row[] }[];
  return toRows(result?.messages ?? []);
}

describe.each([
  ['ESLint 10', ESLint],
  ['ESLint 9', ESLint9 as unknown as typeof ESLint],
])('%s and the scanner agree', (_name, ESLintClass) => {
  const eslint = new ESLintClass({ cwd: fixtures, overrideConfigFile: true, overrideConfig: overrideConfig as never });

  it.each(files)('%s', async (file) => {
    const [result] = await eslint.lintFiles([path.join(fixtures, file)]);
    const fromEslint = toRows(result?.messages ?? []);
    expect(await scan(file)).toEqual(fromEslint);
  });

  it('finds something in every fixture but the interactive one', async () => {
    const results = await eslint.lintFiles(files.map((file) => path.join(fixtures, file)));
    const counts = Object.fromEntries(results.map((result) => [path.basename(result.filePath), result.messages.length]));
    expect(counts['interactive-cli.ts']).toBe(0);
    for (const file of files.filter((name) => name !== 'interactive-cli.ts')) expect(counts[file]).toBeGreaterThan(0);
  });
});
