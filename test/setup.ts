import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, afterEach, describe, it } from 'vitest';

// Internal errors of the engine fail the test that met them instead of passing silently.
process.env.HALTING_DEBUG = '1';

// The rule tester runs its cases through vitest's own functions.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Stray console output fails the test that produced it (as console-fail-test does).
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const calls: string[] = [];
for (const method of consoleMethods) {
  console[method] = (...args: unknown[]) => {
    calls.push(`console.${method}: ${args.map(String).join(' ')}`);
  };
}
afterEach(() => {
  if (calls.length > 0) {
    const output = calls.splice(0).join('\n');
    throw new Error(`Unexpected console output:\n${output}`);
  }
});
