/**
 * SARIF 2.1.0 from both hosts: the scanner's `--format sarif` (golden logs over the shared
 * reporter fixtures, trace steps as related locations, fingerprints that survive moved
 * code) and the plugin's ESLint formatter (through ESLint's Node API and its CLI, 9 and 10).
 * Every log is validated against the official schema beside the repository.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import AjvDraft04 from 'ajv-draft-04';
import { ESLint } from 'eslint';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { copyFixture, fixture, runCli } from './scan.js';

const root = path.resolve(import.meta.dirname, '../..');
const schemaPath = path.resolve(root, '../shared/schemas/sarif-schema-2.1.0.json');
const hasSchema = fs.existsSync(schemaPath);
const schemaNote = hasSchema ? '' : ` (skipped: the SARIF schema is not at ${schemaPath})`;
const formatterPath = path.join(root, 'dist/formatters/sarif.js');

const scratchFolders: string[] = [];
afterAll(() => {
  for (const folder of scratchFolders) fs.rmSync(folder, { recursive: true, force: true });
});

/** Replaces the fixture's absolute path (plain and as a file URL) so logs compare across machines. */
const normalise = (text: string, folder: string): string =>
  text.split(pathToFileURL(folder).href).join('file:///<fixture>').split(folder).join('<fixture>');

async function scanSarif(cwd: string, args: readonly string[] = []): Promise<{ exitCode: number; log: Sarif.Log; text: string }> {
  const { exitCode, stdout, stderr } = await runCli(cwd, ['--format', 'sarif', ...args]);
  expect(stderr).toBe('');
  return { exitCode, log: JSON.parse(stdout) as Sarif.Log, text: stdout };
}

const resultsOf = (log: Sarif.Log): Sarif.Result[] => log.runs[0]?.results ?? [];
const haltingResults = (log: Sarif.Log): Sarif.Result[] => resultsOf(log).filter((result) => result.ruleId?.startsWith('halting/'));

function validator(): (log: unknown) => string[] {
  // A CommonJS module: under NodeNext its default import is `module.exports`, whose `default` is the class.
  const ajv = new AjvDraft04.default({ allErrors: true });
  // ajv ships no formats; these three are the ones the SARIF schema uses.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object);
  return (log) =>
    validate(log)
      ? []
      : (validate.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message ?? ''}`);
}

function eslintCli(bin: string, cwd: string): { status: number | null; log: Sarif.Log } {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'halting-sarif-eslint-'));
  scratchFolders.push(scratch);
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
  // A path relative to the working directory, as users write it; ESLint resolves any name with a slash as a file.
  const run = spawnSync(process.execPath, [bin, '--config', configFile, '--format', path.relative(cwd, formatterPath), '.'], {
    cwd,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return { status: run.status, log: JSON.parse(run.stdout) as Sarif.Log };
}

async function eslintApi(cwd: string, rules: Record<string, 'warn'> = {}): Promise<Sarif.Log> {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      { ...plugin.configs.recommended, files: ['**/*.{js,ts}'] },
      { files: ['**/*.{js,ts}'], rules },
    ] as never,
  });
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter(formatterPath);
  return JSON.parse(await formatter.format(results)) as Sarif.Log;
}

describe.each([
  ['findings', fixture('disable-comments')],
  ['parse-errors', fixture('parse-errors')],
  ['traces', fixture('cross-file-values')],
])('SARIF over %s', (name, folder) => {
  it('matches the golden log', async () => {
    const { exitCode, text } = await scanSarif(folder);
    expect(exitCode).toBe(1);
    await expect(normalise(text, folder)).toMatchFileSnapshot(`__golden__/${name}.sarif.json`);
  });

  it.skipIf(!hasSchema)(`is valid SARIF 2.1.0${schemaNote}`, async () => {
    const { log } = await scanSarif(folder);
    expect(validator()(log)).toEqual([]);
  });
});

describe('SARIF from the scanner', () => {
  it.skipIf(!hasSchema)(`the schema check rejects what SARIF forbids${schemaNote}`, async () => {
    const { log } = await scanSarif(fixture('cross-file-values'));
    const region = log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region;
    if (region) region.startLine = 0;
    expect(validator()(log)).toEqual(['/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1']);
  });

  it('lists every halting rule once, in id order, with its description, doc page and default level', async () => {
    const { log } = await scanSarif(fixture('cross-file-values'));
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('halting');
    expect(driver?.version).toBe((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
    expect(driver?.rules?.map((rule) => rule.id)).toEqual(
      Object.keys(plugin.rules)
        .sort()
        .map((id) => `halting/${id}`),
    );
    for (const rule of driver?.rules ?? []) {
      const meta = plugin.rules[rule.id.replace('halting/', '') as keyof typeof plugin.rules].meta;
      expect(rule).toEqual({
        id: rule.id,
        shortDescription: { text: meta.docs?.description },
        helpUri: meta.docs?.url,
        defaultConfiguration: { level: 'error' },
      });
    }
  });

  it('turns trace steps, YAML and package.json included, into numbered related locations', async () => {
    const { log } = await scanSarif(fixture('deployment-ci'));
    const weekly = resultsOf(log).find(
      (result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'src/weekly-report.ts',
    );
    expect(weekly?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: '.github/workflows/report.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14, startColumn: 11, endLine: 14, endColumn: 38 },
        },
        message: { text: 'runs `npm run report > report.txt` in CI' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'package.json', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 33, endLine: 7, endColumn: 80 },
        },
        message: { text: 'script `report` runs `node --enable-source-maps dist/weekly-report.js`' },
      },
    ]);
  });

  it.skipIf(!hasSchema)(`is valid SARIF 2.1.0 with related locations in non-source files${schemaNote}`, async () => {
    const { log } = await scanSarif(fixture('deployment-ci'));
    expect(validator()(log)).toEqual([]);
  });

  it('keeps fingerprints when lines are inserted above a finding, and changes them when the flagged line changes', async () => {
    const folder = copyFixture('cross-file-values');
    scratchFolders.push(folder);
    const fingerprints = (log: Sarif.Log): Record<string, number | undefined> =>
      Object.fromEntries(
        resultsOf(log)
          .filter((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'billing.ts')
          .map((result): [string, number | undefined] => [
            result.partialFingerprints?.primaryLocationLineHash ?? '',
            result.locations?.[0]?.physicalLocation?.region?.startLine,
          ]),
      );
    const before = fingerprints((await scanSarif(folder)).log);
    expect(Object.keys(before)).toHaveLength(2);

    const billing = path.join(folder, 'billing.ts');
    fs.writeFileSync(billing, `// Billing agents.\n\n// Reviewed weekly.\n${fs.readFileSync(billing, 'utf8')}`);
    const moved = fingerprints((await scanSarif(folder)).log);
    expect(moved).toEqual(Object.fromEntries(Object.entries(before).map(([hash, line]) => [hash, (line ?? 0) + 3])));

    fs.writeFileSync(
      billing,
      fs.readFileSync(billing, 'utf8').replace('maxConsecutiveAutoReply: reviewRounds,', 'maxConsecutiveAutoReply: reviewRounds, '),
    );
    expect(fingerprints((await scanSarif(folder)).log)).toEqual(moved);
    fs.writeFileSync(
      billing,
      fs.readFileSync(billing, 'utf8').replace('maxConsecutiveAutoReply: reviewRounds,', 'maxConsecutiveAutoReply: reviewRounds ,'),
    );
    const edited = fingerprints((await scanSarif(folder)).log);
    expect(Object.keys(edited).filter((hash) => hash in moved)).toHaveLength(1);
  });

  it('tells the same finding on identical lines apart by an occurrence counter', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'halting-sarif-twins-'));
    scratchFolders.push(folder);
    const call = "  await fetch('https://status.example.com/api/v2/status.json');\n";
    fs.writeFileSync(path.join(folder, 'status.ts'), `export async function pollStatus() {\n${call}${call}}\n`);
    const { log } = await scanSarif(folder);
    const hashes = resultsOf(log).map((result) => result.partialFingerprints?.primaryLocationLineHash ?? '');
    expect(hashes).toHaveLength(2);
    expect(hashes.map((hash) => hash.replace(/:\d+$/, ''))).toEqual([hashes[0]?.replace(/:\d+$/, ''), hashes[0]?.replace(/:\d+$/, '')]);
    expect(hashes.map((hash) => hash.slice(-2))).toEqual([':1', ':2']);
  });

  it('writes suppressed findings as results with an in-source suppression and its justification', async () => {
    const { log } = await scanSarif(fixture('disable-comments'));
    const suppressed = resultsOf(log).filter((result) => result.suppressions);
    expect(
      suppressed.map((result) => [
        result.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
        result.locations?.[0]?.physicalLocation?.region?.startLine,
        result.suppressions,
      ]),
    ).toEqual([
      ['agents.ts', 13, [{ kind: 'inSource' }]],
      ['agents.ts', 17, [{ kind: 'inSource' }]],
      ['tools.ts', 6, [{ kind: 'inSource', justification: "the status page sits behind the load balancer's 5 s limit" }]],
      ['tools.ts', 12, [{ kind: 'inSource', justification: 'the status API is served from the CDN cache' }]],
      ['tools.ts', 17, [{ kind: 'inSource', justification: 'the status API is served from the CDN cache' }]],
      ['tools.ts', 27, [{ kind: 'inSource' }]],
      ['tools.ts', 47, [{ kind: 'inSource', justification: 'orders answer from a local cache' }]],
    ]);
  });

  it('reports files that do not parse as tool execution notifications, not as results without a rule', async () => {
    const { log } = await scanSarif(fixture('parse-errors'));
    const run = log.runs[0];
    expect(run?.results?.every((result) => typeof result.ruleId === 'string' && typeof result.ruleIndex === 'number')).toBe(true);
    expect(run?.invocations?.[0]?.toolExecutionNotifications?.map((notification) => notification.level)).toEqual(['error', 'error']);
  });

  it('--output-file writes the log there', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'halting-sarif-out-'));
    scratchFolders.push(scratch);
    const target = path.join(scratch, 'halting.sarif');
    const { exitCode, stdout } = await runCli(fixture('cross-file-values'), ['--format', 'sarif', '--output-file', target]);
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(resultsOf(JSON.parse(fs.readFileSync(target, 'utf8')) as Sarif.Log)).toHaveLength(7);
  });
});

describe('SARIF from the ESLint formatter', () => {
  it("writes the scanner's log for the same single-file findings (ESLint's Node API, loadFormatter with the built path)", async () => {
    const folder = fixture('disable-comments');
    const fromEslint = await eslintApi(folder);
    const { log: fromScanner } = await scanSarif(folder);
    expect(haltingResults(fromEslint)).toEqual(resultsOf(fromScanner));
    expect(fromEslint.runs[0]?.originalUriBaseIds).toEqual(fromScanner.runs[0]?.originalUriBaseIds);
    // ESLint's own findings on the fixture: a directive naming a rule that is not defined, and unused directives.
    expect(fromEslint.runs[0]?.tool.driver.rules).toEqual([
      ...(fromScanner.runs[0]?.tool.driver.rules ?? []),
      { id: 'require-fetch-timeout' },
    ]);
    expect(
      resultsOf(fromEslint)
        .filter((result) => !result.ruleId?.startsWith('halting/'))
        .map((result) => [result.ruleId, result.ruleIndex, result.message.text]),
    ).toEqual([['require-fetch-timeout', 4, "Definition for rule 'require-fetch-timeout' was not found."]]);
    expect(
      fromEslint.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.map((notification) => [
        notification.level,
        notification.message.text,
      ]),
    ).toEqual([
      ['warning', "Unused eslint-disable directive (no problems were reported from 'halting/no-unbounded-agent-loop')."],
      ['warning', "Unused eslint-disable directive (no problems were reported from 'no-console')."],
    ]);
  });

  it("describes other plugins' and core rules from the meta ESLint hands the formatter", async () => {
    const log = await eslintApi(fixture('disable-comments'), { 'prefer-template': 'warn' });
    expect(log.runs[0]?.tool.driver.rules?.slice(4)).toEqual([
      {
        id: 'prefer-template',
        shortDescription: { text: 'Require template literals instead of string concatenation' },
        helpUri: 'https://eslint.org/docs/latest/rules/prefer-template',
      },
      { id: 'require-fetch-timeout' },
    ]);
    expect(
      resultsOf(log)
        .filter((result) => result.ruleId === 'prefer-template')
        .map((result) => [result.ruleIndex, result.level]),
    ).toEqual(Array.from({ length: 6 }, () => [4, 'warning']));
  });

  it.each([
    ['ESLint 10', path.join(root, 'node_modules/eslint/bin/eslint.js')],
    ['ESLint 9', path.join(root, 'node_modules/eslint-v9/bin/eslint.js')],
  ])('%s takes the formatter by path on the command line', async (_version, bin) => {
    const folder = fixture('disable-comments');
    const { status, log } = eslintCli(bin, folder);
    expect(status).toBe(1);
    expect(haltingResults(log)).toEqual(resultsOf((await scanSarif(folder)).log));
  });

  it('is exported as the package subpath eslint-plugin-halting/formatters/sarif', () => {
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "import format from 'eslint-plugin-halting/formatters/sarif'; process.stdout.write(typeof format);"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stdout).toBe('function');
  });

  it.skipIf(!hasSchema)(`is valid SARIF 2.1.0${schemaNote}`, async () => {
    const validate = validator();
    expect(validate(await eslintApi(fixture('disable-comments')))).toEqual([]);
    expect(validate(await eslintApi(fixture('parse-errors')))).toEqual([]);
  });
});
