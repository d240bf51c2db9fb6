/**
 * An ESLint formatter that writes SARIF 2.1.0, for code scanning of an ESLint run with the
 * plugin. It hands ESLint's results to the scanner's SARIF builder, so both hosts write
 * the same log. ESLint's `--format` takes a path (`--format
 * ./node_modules/eslint-plugin-halting/dist/formatters/sarif.js`); the Node API may also
 * import the package subpath `eslint-plugin-halting/formatters/sarif`.
 */
import { buildSarif } from '../cli/reporters/sarif.js';
import type { SarifLintResult, SarifRuleMeta } from './lint-result.js';

/** What ESLint passes a formatter besides the results (ESLint 9 and 10). */
export interface FormatterContext {
  cwd?: string;
  rulesMeta?: Readonly<Record<string, SarifRuleMeta | undefined>>;
}

/** Meta of the rules in the results; ESLint computes it lazily and throws for results of another instance. */
function readRulesMeta(context: FormatterContext | undefined): FormatterContext['rulesMeta'] {
  try {
    return context?.rulesMeta;
  } catch {
    return undefined;
  }
}

/** Formats ESLint's lint results as a SARIF log. */
export default function formatSarif(results: readonly SarifLintResult[], context?: FormatterContext): string {
  return `${JSON.stringify(buildSarif(results, { cwd: context?.cwd ?? process.cwd(), rulesMeta: readRulesMeta(context) }), null, 2)}\n`;
}
