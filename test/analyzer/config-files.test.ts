import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigFiles } from '../../src/analyzer/project/config-files.js';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'halting-config-files-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

describe('ConfigFiles', () => {
  it('parses JSON once: the tree for positions, the plain value for the loader', () => {
    const file = write('package.json', '{\n  // the worker\n  "name": "support-bot",\n  "main": "dist/worker.js",\n}\n');
    const configs = new ConfigFiles(root);
    const json = configs.readJson(file);
    expect(json?.value).toEqual({ name: 'support-bot', main: 'dist/worker.js' });
    expect(configs.readJson(file)).toBe(json);
    expect(configs.locate(file, ['main'])).toEqual({ line: 4, column: 11 });
    expect(configs.takeWarnings()).toEqual([]);
  });

  it('warns once about a broken JSON file, however many readers ask', () => {
    const file = write('package.json', '{\n  "name": "support-bot",\n  "scripts": { "start": "node dist/worker.js" }\n');
    const configs = new ConfigFiles(root);
    expect(configs.readJson(file)).toBeUndefined();
    expect(configs.readJson(file)).toBeUndefined();
    expect(configs.takeWarnings()).toEqual(["package.json:4:1: not valid JSON ('}' expected.)"]);
    expect(configs.readJson(file)).toBeUndefined();
    expect(configs.takeWarnings()).toEqual([]);
  });

  it('counts what TypeScript refuses while converting as broken JSON too', () => {
    const file = write('lerna.json', "{ 'packages': ['packages/*'] }\n");
    const configs = new ConfigFiles(root);
    expect(configs.readJson(file)).toBeUndefined();
    expect(configs.takeWarnings()).toEqual(['lerna.json:1:3: not valid JSON (String literal with double quotes expected.)']);
  });

  it('keeps a problem found by a quiet read for the first reader that reports', () => {
    const file = write('packages/billing/package.json', '{ "name": "billing" ');
    const configs = new ConfigFiles(root);
    expect(configs.quiet.readJson(file)).toBeUndefined();
    expect(configs.takeWarnings()).toEqual([]);
    expect(configs.readJson(file)).toBeUndefined();
    expect(configs.takeWarnings()).toEqual(["packages/billing/package.json:1:21: not valid JSON ('}' expected.)"]);
  });

  it('parses YAML once and words its errors in the same format', () => {
    const good = write('pnpm-workspace.yaml', 'packages:\n  - "apps/*"\n  - "packages/*"\n');
    const broken = write('.github/workflows/nightly.yml', 'on: push\njobs:\n  digest: { steps: [\n    - run: node dist/digest.js ] }\n');
    const configs = new ConfigFiles(root);
    expect(configs.readYaml(good)?.value).toEqual({ packages: ['apps/*', 'packages/*'] });
    expect(configs.locate(good, ['packages', 1])).toEqual({ line: 3, column: 5 });
    expect(configs.readYaml(broken)).toBeUndefined();
    expect(configs.readYaml(broken)).toBeUndefined();
    const warnings = configs.takeWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\.github\/workflows\/nightly\.yml:\d+:\d+: not valid YAML \(.+\)$/);
  });

  it('parses a tsconfig once into options, files and references', () => {
    write('src/agent.ts', 'export const maxTurns = 10;\n');
    const tsconfig = write(
      'tsconfig.json',
      '{\n  "compilerOptions": { "outDir": "dist", "rootDir": "src" },\n  "include": ["src"],\n  "references": [{ "path": "./tools" }]\n}\n',
    );
    const configs = new ConfigFiles(root);
    const parsed = configs.readTsconfig(tsconfig);
    expect(parsed?.options.outDir).toBe(path.join(root, 'dist').split(path.sep).join('/'));
    expect(parsed?.options.rootDir).toBe(path.join(root, 'src').split(path.sep).join('/'));
    expect(parsed?.files).toEqual([path.join(root, 'src/agent.ts').split(path.sep).join('/')]);
    expect(parsed?.references).toEqual([path.join(root, 'tools/tsconfig.json').split(path.sep).join('/')]);
    expect(configs.readTsconfig(tsconfig)).toBe(parsed);
    expect(configs.takeWarnings()).toEqual([]);
  });

  it('warns once about a broken tsconfig, and at their position about options TypeScript rejects', () => {
    const broken = write('packages/billing/tsconfig.json', '{\n  "compilerOptions": { "strict": true,, }\n}\n');
    const odd = write('packages/queue/tsconfig.json', '{\n  "compilerOptions": { "outDirectory": "dist" },\n  "include": ["src"]\n}\n');
    const configs = new ConfigFiles(root);
    expect(configs.readTsconfig(broken)).toBeUndefined();
    expect(configs.readTsconfig(broken)).toBeUndefined();
    expect(configs.readTsconfig(odd)?.options).toEqual({ configFilePath: odd.split(path.sep).join('/') });
    expect(configs.takeWarnings()).toEqual([
      'packages/billing/tsconfig.json:2:39: not valid JSON (Property assignment expected.)',
      "packages/queue/tsconfig.json:2:24: Unknown compiler option 'outDirectory'.",
    ]);
  });

  it('warns about a file it cannot read, once', () => {
    const folder = path.join(root, 'package.json');
    fs.mkdirSync(folder);
    const configs = new ConfigFiles(root);
    expect(configs.readText(folder)).toBeUndefined();
    expect(configs.readJson(folder)).toBeUndefined();
    expect(configs.takeWarnings()).toEqual([expect.stringMatching(/^package\.json: could not be read: EISDIR/)]);
  });
});
