/**
 * The fields of ESLint's lint results that halting's SARIF builder reads. The scanner's
 * results have the same shape (plus `trace`), and so do ESLint's, so one builder serves
 * both. Kept apart from the builder so the formatter's declarations need no SARIF types.
 */

/** A trace step of a cross-file finding, as the scanner reports it (absolute path, 1-based positions). */
export interface SarifTraceStep {
  filePath: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

/** The fields of an ESLint `LintMessage` that SARIF carries (the scanner's own messages have the same shape). */
export interface SarifLintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  fatal?: boolean;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  suppressions?: readonly { kind: string; justification?: string }[];
  trace?: readonly SarifTraceStep[];
}

/** The fields of an ESLint `LintResult` that SARIF carries. */
export interface SarifLintResult {
  filePath: string;
  messages: readonly SarifLintMessage[];
  suppressedMessages?: readonly SarifLintMessage[];
  source?: string;
}

/** What ESLint tells formatters about the rules in the results (`context.rulesMeta`). */
export interface SarifRuleMeta {
  docs?: { description?: string; url?: string; recommended?: unknown };
}
