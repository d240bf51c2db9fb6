/**
 * Golden output of each reporter over three shared fixtures: one with findings, one with a
 * file that does not parse, one whose findings carry traces into other files. Paths are made relative before comparison. Also the
 * command-line options that only change where or how the report is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './scan.js';

const normalise = (text: string, root: string): string =>
  text
    .split(root + path.sep)
    .join('')
    .split(root)
    .join('<fixture>');

describe.each([
  ['findings', fixture('disable-comments')],
  ['parse-errors', fixture('parse-errors')],
  ['traces', fixture('cross-file-values')],
])('reporters over %s', (name, root) => {
  it('stylish', async () => {
    const { exitCode, stdout } = await runCli(root, []);
    expect(exitCode).toBe(1);
    await expect(stdout).toMatchFileSnapshot(`__golden__/${name}.stylish.txt`);
  });

  it('json', async () => {
    const { exitCode, stdout } = await runCli(root, ['--format', 'json']);
    expect(exitCode).toBe(1);
    const pretty = JSON.stringify(JSON.parse(normalise(stdout, root)), null, 2);
    await expect(`${pretty}\n`).toMatchFileSnapshot(`__golden__/${name}.json`);
  });
});

describe('report destinations and switches', () => {
  it('--output-file writes the report there and nothing to stdout', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'halting-report-'));
    try {
      const target = path.join(scratch, 'reports', 'halting.json');
      const { exitCode, stdout } = await runCli(fixture('disable-comments'), ['--format', 'json', '--output-file', target]);
      expect(exitCode).toBe(1);
      expect(stdout).toBe('');
      const written = JSON.parse(fs.readFileSync(target, 'utf8')) as { messages: unknown[] }[];
      expect(written.flatMap((result) => result.messages)).toHaveLength(5);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('accepts --no-types (the scanner does not use the type checker yet)', async () => {
    const withTypes = await runCli(fixture('disable-comments'), ['--format', 'json']);
    const withoutTypes = await runCli(fixture('disable-comments'), ['--format', 'json', '--no-types']);
    expect(withoutTypes).toEqual(withTypes);
  });

  it('--help prints the usage and exits 0', async () => {
    const { exitCode, stdout } = await runCli(fixture('disable-comments'), ['--help']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Usage: halting \[paths\.\.\.\] \[options\]/);
  });
});
