/**
 * The stylish reporter, laid out as ESLint's: a header per file, one aligned row per
 * finding (`line:column  severity  message  rule`), and a summary line. Paths are
 * relative to the working directory; colour only when asked for.
 */
import path from 'node:path';
import type { LintResult } from '../results.js';

export interface StylishOptions {
  cwd: string;
  color: boolean;
}

const paint = (enabled: boolean, code: string, text: string): string => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);

const relative = (cwd: string, file: string): string => path.relative(cwd, file).split(path.sep).join('/');

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const { color } = options;
  let output = '';
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.messages.map((message) => ({
      position: `${message.line}:${message.column}`,
      severity: message.severity === 2 ? 'error' : 'warning',
      message: message.message.replace(/([^ ])\.$/u, '$1'),
      ruleId: message.ruleId ?? '',
      trace: message.trace ?? [],
    }));
    const positionWidth = Math.max(...rows.map((row) => row.position.length));
    const severityWidth = Math.max(...rows.map((row) => row.severity.length));
    const messageWidth = Math.max(...rows.map((row) => row.message.length));
    output += `\n${paint(color, '4', relative(options.cwd, result.filePath))}\n`;
    for (const row of rows) {
      const severity = paint(color, row.severity === 'error' ? '31' : '33', row.severity.padEnd(severityWidth));
      output +=
        `  ${paint(color, '2', row.position.padStart(positionWidth))}  ${severity}  ${row.message.padEnd(messageWidth)}  ${paint(color, '2', row.ruleId)}`.trimEnd() +
        '\n';
      // A cross-file finding's trace, one step a line under its message: where the scanner looked.
      const indent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
      for (const step of row.trace) {
        const where = `${relative(options.cwd, step.filePath)}:${step.line}:${step.column}`;
        output += `${indent}${paint(color, '2', `\u21b3 ${where}`)}  ${step.message}\n`;
      }
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  return `${output}\n${paint(color, errors > 0 ? '31;1' : '33;1', summary)}\n`;
}
