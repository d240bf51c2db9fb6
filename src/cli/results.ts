/**
 * Scanner reports turned into ESLint's LintResult shape, which the JSON reporter
 * prints as is and the stylish reporter formats like ESLint's own.
 */
import type { FileReport, ReportedFinding, ReportedStep } from '../analyzer/project/index.js';

export interface LintMessage {
  ruleId: string | null;
  fatal?: true;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  messageId?: string;
  endLine?: number;
  endColumn?: number;
  suppressions?: { kind: 'directive'; justification: string }[];
  /**
   * halting's own field: the files and lines a cross-file finding followed, in order.
   * ESLint's JSON consumers ignore fields they do not know; SARIF carries these as `relatedLocations`.
   */
  trace?: ReportedStep[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
  usedDeprecatedRules: [];
}

function toMessage(finding: ReportedFinding): LintMessage {
  return {
    ruleId: `halting/${finding.ruleId}`,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    messageId: finding.messageId,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(finding.suppressions ? { suppressions: finding.suppressions } : {}),
    ...(finding.trace ? { trace: finding.trace } : {}),
  };
}

export function toLintResult(report: FileReport): LintResult {
  const messages: LintMessage[] = report.fatal
    ? [{ ruleId: null, fatal: true, severity: 2, message: report.fatal.message, line: report.fatal.line, column: report.fatal.column }]
    : report.findings.map(toMessage);
  return withMessages(report.filePath, messages, report.suppressed.map(toMessage), report.source, report.fatal !== undefined);
}

/** ESLint's `--quiet`: error messages only. */
export function keepErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return withMessages(result.filePath, messages, result.suppressedMessages, result.source ?? '', result.fatalErrorCount > 0);
}

function withMessages(
  filePath: string,
  messages: LintMessage[],
  suppressedMessages: LintMessage[],
  source: string,
  fatal: boolean,
): LintResult {
  const errorCount = messages.filter((message) => message.severity === 2).length;
  const warningCount = messages.length - errorCount;
  return {
    filePath,
    messages,
    suppressedMessages,
    errorCount,
    fatalErrorCount: fatal ? 1 : 0,
    warningCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(errorCount + warningCount > 0 ? { source } : {}),
    usedDeprecatedRules: [],
  };
}
