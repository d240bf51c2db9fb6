/**
 * SARIF 2.1.0 from ESLint-shaped lint results: the one builder behind the scanner's
 * `--format sarif` and the plugin's ESLint formatter (`src/formatters/sarif.ts`).
 * One run; `tool.driver` lists every halting rule from its meta, then any other rule
 * the results name. Cross-file traces become `relatedLocations`; findings keep their
 * fingerprint when code above them moves; messages without a rule (a file that does not
 * parse) become tool execution notifications, since code scanning wants a rule per result.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { DOCS_BASE } from '../../rules/_host/create-rule.js';
import type { SarifLintMessage, SarifLintResult, SarifRuleMeta } from '../../formatters/lint-result.js';
import { rules } from '../../rules/index.js';

export interface SarifOptions {
  /** Paths in the log are relative to this folder (`%SRCROOT%`). */
  cwd: string;
  /** Meta of rules other than halting's that the results may name (ESLint's `context.rulesMeta`). */
  rulesMeta?: Readonly<Record<string, SarifRuleMeta | undefined>>;
  /** The text of a file, for fingerprints when the result carries no `source`; defaults to reading the disk. */
  readSource?: (filePath: string) => string | undefined;
}

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

/** The repository's home page, from the docs URL every rule's meta points at. */
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/u, '');

const SRCROOT = '%SRCROOT%';

const readFromDisk = (filePath: string): string | undefined => {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
};

/** The rule descriptors: every halting rule in id order, then other rules named by the results. */
function describeRules(results: readonly SarifLintResult[], rulesMeta: SarifOptions['rulesMeta']): Sarif.ReportingDescriptor[] {
  const descriptors: Sarif.ReportingDescriptor[] = Object.entries(rules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { meta }]) => ({
      id: `halting/${name}`,
      shortDescription: { text: meta.docs?.description ?? name },
      ...(meta.docs?.url ? { helpUri: meta.docs.url } : {}),
      defaultConfiguration: { level: meta.docs?.recommended ? 'error' : 'warning' },
    }));
  const known = new Set(descriptors.map((descriptor) => descriptor.id));
  const others = new Set<string>();
  for (const result of results) {
    for (const message of [...result.messages, ...(result.suppressedMessages ?? [])]) {
      if (message.ruleId !== null && !known.has(message.ruleId)) others.add(message.ruleId);
    }
  }
  for (const id of [...others].sort()) {
    const docs = rulesMeta?.[id]?.docs;
    descriptors.push({
      id,
      ...(docs?.description ? { shortDescription: { text: docs.description } } : {}),
      ...(docs?.url ? { helpUri: docs.url } : {}),
    });
  }
  return descriptors;
}

/** A file's location: relative to `%SRCROOT%` with per-segment percent-encoding, or an absolute file URI outside it. */
function artifactLocation(cwd: string, filePath: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A 1-based region; SARIF wants positive numbers, so a missing or zero position is left out or clamped. */
function region(position: { line?: number; column?: number; endLine?: number; endColumn?: number }): Sarif.Region | undefined {
  if (position.line === undefined || position.line < 1) return undefined;
  const startColumn = Math.max(1, position.column ?? 1);
  const result: Sarif.Region = { startLine: position.line, startColumn };
  if (position.endLine !== undefined && position.endLine >= position.line) {
    result.endLine = position.endLine;
    if (position.endColumn !== undefined) {
      result.endColumn = position.endLine === position.line ? Math.max(startColumn, position.endColumn) : Math.max(1, position.endColumn);
    }
  }
  return result;
}

function physicalLocation(cwd: string, filePath: string, position: Parameters<typeof region>[0]): Sarif.Location {
  const where = region(position);
  return { physicalLocation: { artifactLocation: artifactLocation(cwd, filePath), ...(where ? { region: where } : {}) } };
}

const level = (severity: number): Sarif.Result.level => (severity >= 2 ? 'error' : severity === 1 ? 'warning' : 'note');

const byPosition = (a: SarifLintMessage, b: SarifLintMessage): number =>
  (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');

/**
 * `primaryLocationLineHash`: the rule, the relative path and the flagged line's text with
 * whitespace collapsed, hashed, plus which occurrence of that hash this is in the file.
 * Lines inserted above a finding move it without changing its fingerprint.
 */
function lineHash(ruleId: string, uri: string, lineText: string): string {
  const normalised = lineText.trim().replace(/\s+/gu, ' ');
  return createHash('sha256').update(`${ruleId}\u0000${uri}\u0000${normalised}`).digest('hex').slice(0, 16);
}

/** Builds the SARIF log of lint results. */
export function buildSarif(results: readonly SarifLintResult[], options: SarifOptions): Sarif.Log {
  const { cwd } = options;
  const readSource = options.readSource ?? readFromDisk;
  const descriptors = describeRules(results, options.rulesMeta);
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  const sortedResults = [...results].sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const result of sortedResults) {
    const location = artifactLocation(cwd, result.filePath);
    const entries = [
      ...result.messages.map((message) => ({ message, suppressed: false })),
      ...(result.suppressedMessages ?? []).map((message) => ({ message, suppressed: true })),
    ].sort((a, b) => byPosition(a.message, b.message));
    let lines: string[] | undefined;
    const lineText = (line: number | undefined): string => {
      lines ??= (result.source ?? readSource(path.resolve(cwd, result.filePath)) ?? '').split(/\r\n|\r|\n/u);
      return line === undefined ? '' : (lines[line - 1] ?? '');
    };
    const occurrences = new Map<string, number>();
    for (const { message, suppressed } of entries) {
      if (message.ruleId === null) {
        notifications.push({
          level: message.severity >= 2 ? 'error' : 'warning',
          message: { text: message.message },
          locations: [physicalLocation(cwd, result.filePath, message)],
        });
        continue;
      }
      const hash = lineHash(message.ruleId, location.uri ?? '', lineText(message.line));
      const occurrence = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, occurrence);
      const sarifResult: Sarif.Result = {
        ruleId: message.ruleId,
        ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
        level: level(message.severity),
        message: { text: message.message },
        locations: [physicalLocation(cwd, result.filePath, message)],
      };
      if (message.trace && message.trace.length > 0) {
        sarifResult.relatedLocations = message.trace.map((step, index) => ({
          id: index + 1,
          ...physicalLocation(cwd, step.filePath, step),
          message: { text: step.message },
        }));
      }
      sarifResult.partialFingerprints = { primaryLocationLineHash: `${hash}:${occurrence}` };
      if (suppressed) {
        sarifResult.suppressions = (message.suppressions?.length ? message.suppressions : [{ kind: 'directive' }]).map(
          ({ justification }) => ({ kind: 'inSource', ...(justification ? { justification } : {}) }),
        );
      }
      sarifResults.push(sarifResult);
    }
  }
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'halting', informationUri: INFORMATION_URI, version, rules: descriptors } },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/u, '/') } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

/** The SARIF reporter: the log as indented JSON. */
export function formatSarif(results: readonly SarifLintResult[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(results, options), null, 2)}\n`;
}
