/**
 * The GitHub Action (`action.yml`): its structure (every input used, inputs reach scripts only
 * through `env`, the scan writes SARIF, the upload runs whatever the scan found, the last step
 * fails with the scan's code), and its scan and fail steps run by bash as a runner would,
 * against the built halting, with `${{ }}` expressions filled in.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyFixture } from './scan.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const scanStep = steps.find((step) => step.id === 'scan');
const uploadStep = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
const failStep = steps.at(-1);

const scratchFolders: string[] = [];
afterAll(() => {
  for (const folder of scratchFolders) fs.rmSync(folder, { recursive: true, force: true });
});

/** Fills in the `${{ }}` expressions a step's env uses, as the runner would. */
function expand(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_match, name: string) => {
    const filled = context[name];
    if (filled === undefined) throw new Error(`no value for \${{ ${name} }}`);
    return filled;
  });
}

interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

function runStep(step: Step | undefined, cwd: string, context: Record<string, string>): StepRun {
  const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'halting-action-output-')), 'output');
  scratchFolders.push(path.dirname(outputFile));
  fs.writeFileSync(outputFile, '');
  const env = Object.fromEntries(Object.entries(step?.env ?? {}).map(([name, value]) => [name, expand(value, context)]));
  // As the runner's `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step?.run ?? 'exit 99'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile },
  });
  const outputs = Object.fromEntries(
    fs
      .readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs };
}

const defaults = (): Record<string, string> => ({
  'github.action_path': root,
  ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`inputs.${name}`, input.default ?? ''])),
});

describe('action.yml', () => {
  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))).toEqual({
      paths: '.',
      args: '',
      upload: 'true',
      category: '',
      'sarif-file': 'halting.sarif',
    });
    for (const input of Object.values(action.inputs)) expect(input.description).toMatch(/\.$/);
  });

  it('uses every input, and hands inputs to scripts through env only', () => {
    const text = JSON.stringify(steps);
    for (const name of Object.keys(action.inputs)) expect(text, name).toContain(`inputs.${name}`);
    for (const step of steps) expect(step.run ?? '', step.name).not.toContain('${{');
  });

  it('builds halting in its own checkout, then scans with --format sarif into the SARIF file', () => {
    expect(steps[0]?.['working-directory']).toBe('${{ github.action_path }}');
    expect(steps[0]?.run).toMatch(/npm ci --ignore-scripts[^\n]*\nnpm run build/);
    expect(scanStep?.env?.HALTING_BIN).toBe('${{ github.action_path }}/bin/halting.js');
    expect(scanStep?.run).toContain('node "$HALTING_BIN" $HALTING_PATHS $HALTING_ARGS --format sarif --output-file "$HALTING_SARIF"');
  });

  it('uploads the SARIF file whatever the scan found, when asked, with the category', () => {
    expect(uploadStep?.uses).toBe('github/codeql-action/upload-sarif@v3');
    expect(uploadStep?.if).toBe("always() && inputs.upload == 'true' && steps.scan.outputs.sarif-file != ''");
    expect(uploadStep?.with).toEqual({ sarif_file: '${{ steps.scan.outputs.sarif-file }}', category: '${{ inputs.category }}' });
    expect(steps.findIndex((step) => step === uploadStep)).toBeGreaterThan(steps.findIndex((step) => step === scanStep));
  });

  it('fails last, with the exit code of the scan', () => {
    expect(failStep?.if).toBe("always() && steps.scan.outputs.exit-code != '' && steps.scan.outputs.exit-code != '0'");
    expect(failStep?.env).toEqual({ HALTING_EXIT_CODE: '${{ steps.scan.outputs.exit-code }}' });
    const run = runStep(failStep, root, { 'steps.scan.outputs.exit-code': '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('::error title=halting::halting exited with code 1 (1: findings fail the run, 2: a usage or fatal error).\n');
  });
});

describe('the scan step, run by bash', () => {
  it('writes the SARIF log, prints the findings, and passes on exit code 1 without failing itself', () => {
    const folder = copyFixture('cross-file-values');
    scratchFolders.push(folder);
    const run = runStep(scanStep, folder, defaults());
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'halting.sarif' });
    const log = JSON.parse(fs.readFileSync(path.join(folder, 'halting.sarif'), 'utf8')) as Sarif.Log;
    expect(log.runs[0]?.results).toHaveLength(7);
    expect(run.stdout.split('\n').slice(0, 1)).toEqual([
      'billing.ts:9:3  error  `maxConsecutiveAutoReply` is `Number.MAX_SAFE_INTEGER` (from `reviewRounds`, config/budgets.ts:2), so the loop stops only when the model decides to. Set a finite bound such as `maxConsecutiveAutoReply: 10`.  halting/no-unbounded-agent-loop',
    ]);
    expect(run.stdout.split('\n').at(-2)).toBe('halting: 7 finding(s), 0 suppressed');
    expect(run.stderr).toBe('');
  });

  it('passes several paths and extra arguments to the scanner, without globbing them', () => {
    const folder = copyFixture('cross-file-values');
    scratchFolders.push(folder);
    const run = runStep(scanStep, folder, {
      ...defaults(),
      'inputs.paths': 'billing.ts\nconfig',
      'inputs.args': '--rule no-unbounded-agent-loop:warn',
      'inputs.sarif-file': 'reports/*.sarif',
    });
    expect(run.outputs).toEqual({ 'exit-code': '0', 'sarif-file': 'reports/*.sarif' });
    const log = JSON.parse(fs.readFileSync(path.join(folder, 'reports/*.sarif'), 'utf8')) as Sarif.Log;
    expect(log.runs[0]?.results?.map((result) => [result.locations?.[0]?.physicalLocation?.artifactLocation?.uri, result.level])).toEqual([
      ['billing.ts', 'warning'],
      ['billing.ts', 'warning'],
    ]);
  });

  it('writes no SARIF file on a usage error, so the upload is skipped and the last step fails with 2', () => {
    const folder = copyFixture('cross-file-values');
    scratchFolders.push(folder);
    fs.writeFileSync(path.join(folder, 'halting.sarif'), '{}');
    const run = runStep(scanStep, folder, { ...defaults(), 'inputs.args': '--max-warnings many' });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ 'exit-code': '2' });
    expect(fs.existsSync(path.join(folder, 'halting.sarif'))).toBe(false);
    expect(run.stderr).toBe('halting: --max-warnings must be a whole number (got "many")\n');
  });
});
