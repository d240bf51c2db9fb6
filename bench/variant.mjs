// Runs one bench variant in this (fresh) process and prints its wall and CPU seconds as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [variant, corpusArgument] = process.argv.slice(2);
const corpus = path.resolve(corpusArgument);
const files = [];
const walk = (directory) => {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (full.endsWith('.ts')) files.push(full);
  }
};
if (fs.existsSync(path.join(corpus, 'src'))) walk(path.join(corpus, 'src'));
files.sort();

/** The files a tsconfig.json lists (what the scanner loads, and what tsc checks), without declaration files. */
async function tsconfigFiles() {
  const ts = (await import('typescript')).default;
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(corpus, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  return { ts, parsed, sources: parsed.fileNames.filter((file) => !/\.d\.[cm]?ts$/.test(file)) };
}

async function eslintRun(withHalting) {
  const { ESLint } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const halting = (await import('../dist/index.js')).default;
  // One trivial core rule in both variants, so ESLint's own traversal runs in both.
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, rules: { 'no-debugger': 'error' } }];
  if (withHalting) config.push({ ...halting.configs.recommended, files: ['**/*.ts'] });
  // ESLint's own per-rule timing: the share of the run spent in halting's rules, a figure
  // far less noisy than the difference of two whole runs.
  const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: config, cache: false, stats: true });
  const results = await eslint.lintFiles(files);
  let haltingMs = 0;
  let totalMs = 0;
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      totalMs += pass.total;
      for (const [ruleId, timing] of Object.entries(pass.rules ?? {})) if (ruleId.startsWith('halting/')) haltingMs += timing.total;
    }
  }
  extra.haltingShare = totalMs > 0 ? haltingMs / totalMs : 0;
  return results.reduce((sum, result) => sum + result.messages.length, 0);
}

async function parseOnly() {
  const { ts, sources } = await tsconfigFiles();
  let statements = 0;
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    statements += ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true).statements.length;
  }
  extra.files = sources.length;
  return statements;
}

/** What `tsc --noEmit -p <corpus>` does, in this process: build the program and ask for every diagnostic. */
async function typecheck() {
  const { ts, parsed } = await tsconfigFiles();
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  return ts.getPreEmitDiagnostics(program).length;
}

async function scanner(types) {
  const { analyzeProject } = await import('../dist/analyzer/project/index.js');
  const { loadConfig } = await import('../dist/cli/config.js');
  const config = loadConfig(corpus, undefined, []);
  const report = analyzeProject({ paths: ['.'], cwd: corpus, rules: config.rules, settings: config.settings, types });
  extra.files = report.files.length;
  return report.files.reduce((sum, file) => sum + file.findings.length, 0);
}

const extra = {};
const run = {
  'eslint-base': () => eslintRun(false),
  'eslint-halting': () => eslintRun(true),
  'ts-parse': parseOnly,
  tsc: typecheck,
  scanner: () => scanner(false),
  'scanner-types': () => scanner(true),
}[variant];
if (!run) throw new Error(`unknown variant ${variant}`);
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const result = await run();
const wall = (performance.now() - wallStart) / 1000;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(
  JSON.stringify({
    variant,
    files: files.length,
    result,
    wall,
    cpu: (cpu.user + cpu.system) / 1e6,
    // Peak resident memory of the whole process (maxRSS is in KiB).
    rss: process.resourceUsage().maxRSS * 1024,
    ...extra,
  }) + '\n',
);
