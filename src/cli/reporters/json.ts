import type { LintResult } from '../results.js';

/** ESLint's JSON formatter: the results array, as is. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results);
}
