import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, runCli, scan } from './scan.js';

const root = fixture('exit-codes');

describe('exit codes', () => {
  it('exits with 0 and lists every file with no messages for a clean project', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([clean('src/agent.ts'), clean('src/termination.ts'), clean('src/tools.ts')]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });

  it('prints nothing in the stylish format for a clean project', async () => {
    expect(await runCli(root, [])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(await runCli(root, ['--format', 'stylish', 'src'])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it.each([
    { problem: 'a path that does not exist', args: ['src', 'agents'], stderr: 'halting: no such file or directory: agents\n' },
    {
      problem: 'an unknown format',
      args: ['--format', 'checkstyle'],
      stderr: 'halting: --format must be one of stylish, json, sarif (got "checkstyle")\n',
    },
    {
      problem: 'a --max-warnings that is not a number',
      args: ['--max-warnings', 'many'],
      stderr: 'halting: --max-warnings must be a whole number (got "many")\n',
    },
    {
      problem: 'a --rule without a level',
      args: ['--rule', 'require-fetch-timeout'],
      stderr: 'halting: --rule must look like <id>:<off|warn|error> (got "require-fetch-timeout")\n',
    },
  ])('exits with 2 and prints nothing on stdout for $problem', async ({ args, stderr }) => {
    expect(await runCli(root, args)).toEqual({ exitCode: 2, stdout: '', stderr });
  });

  it('exits with 2 for an unknown flag, with one line on stderr', async () => {
    const { exitCode, stdout, stderr } = await runCli(root, ['--fix']);
    expect({ exitCode, stdout }).toEqual({ exitCode: 2, stdout: '' });
    expect(stderr).toMatch(/^halting: Unknown option '--fix'\.[^\n]*\n$/);
  });
});
