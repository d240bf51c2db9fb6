/**
 * The scanner's analysis of a whole project: load files, collect facts with the
 * project resolver (imports followed across files), mark modules reachable from
 * headless entries (reachability.ts, deployment configs included), run the enabled
 * checks and honour `eslint-disable` comments.
 * The same checks as in ESLint; the project view only adds resolution.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checks, type RuleId } from '../checks/index.js';
import { renderMessage, type CheckContext, type Finding, type HeadlessSettings } from '../checks/types.js';
import { collectFacts } from '../collect.js';
import type { FileFacts } from '../facts.js';
import { couldHaveFacts, runCheck } from '../index.js';
import { ProjectTypeOracle } from './checker.js';
import { ConfigFiles } from './config-files.js';
import { getSuppressor, type Suppression } from './directives.js';
import { loadProject } from './load.js';
import { computeReachability, type LineMap } from './reachability.js';
import { ProjectModuleResolver } from './resolver.js';
import { getParseDiagnostics, toEngineNode, ts, type TS } from './typescript.js';

export type Severity = 1 | 2;

export interface RuleSetting {
  severity: Severity;
  options: object | undefined;
}

export interface ProjectOptions {
  paths: readonly string[];
  cwd: string;
  rules: ReadonlyMap<RuleId, RuleSetting>;
  settings: HeadlessSettings;
  /** Ask TypeScript's checker where a check needs a type (only for projects with a tsconfig.json). */
  types: boolean;
}

export interface ReportedFinding {
  ruleId: RuleId;
  messageId: string;
  message: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suppressions?: Suppression[];
  /** The steps a cross-file finding followed (see `TraceStep`), with positions resolved. */
  trace?: ReportedStep[];
}

/** A trace step as reported: 1-based positions like a finding's, the path as given to the scanner. */
export interface ReportedStep {
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface FileReport {
  filePath: string;
  source: string;
  /** A file that could not be read or parsed: no findings, one fatal message. */
  fatal?: { message: string; line: number; column: number };
  findings: ReportedFinding[];
  suppressed: ReportedFinding[];
}

export interface ProjectReport {
  files: FileReport[];
  warnings: string[];
}

interface LoadedFile {
  path: string;
  sourceFile: TS.SourceFile | undefined;
  report: FileReport;
  facts: FileFacts | undefined;
}

function getParseError(sourceFile: TS.SourceFile): FileReport['fatal'] {
  const first = getParseDiagnostics(sourceFile)[0];
  if (!first) return undefined;
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
  return { message: `Parsing error: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')}`, line: line + 1, column: character + 1 };
}

function loadFile(project: ReturnType<typeof loadProject>['project'], filePath: string): LoadedFile {
  const report: FileReport = { filePath, source: '', findings: [], suppressed: [] };
  try {
    const sourceFile: TS.SourceFile = toEngineNode(project.addSourceFileAtPath(filePath).compilerNode);
    report.source = sourceFile.text;
    report.fatal = getParseError(sourceFile);
    return { path: filePath, sourceFile: report.fatal ? undefined : sourceFile, report, facts: undefined };
  } catch (error) {
    report.fatal = {
      message: `Could not read file: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      line: 1,
      column: 1,
    };
    return { path: filePath, sourceFile: undefined, report, facts: undefined };
  }
}

/** Analyses every file of the project with the enabled rules. */
export function analyzeProject(options: ProjectOptions): ProjectReport {
  // One reader for every config file of the scan: each is parsed once, and a broken one warned about once.
  const configs = new ConfigFiles(options.cwd);
  const loaded = loadProject(options.paths, options.cwd, configs);
  const resolver = new ProjectModuleResolver(loaded.project, loaded.compilerOptions, loaded.packages);
  const displayPath = (file: string): string => path.relative(options.cwd, file).split(path.sep).join('/');
  const files = loaded.files.map((file) => loadFile(loaded.project, file));
  const byPath = new Map(files.map((file) => [file.path, file]));
  // One type program per package with a tsconfig.json, built on its first question.
  const canAsk = (name: string): boolean => {
    const source = byPath.get(name)?.report.source;
    return source !== undefined && couldHaveFacts(source, name);
  };
  const groups = loaded.packages
    .filter((entry) => entry.tsconfig !== undefined && entry.files.length > 0)
    .map((entry) => ({
      compilerOptions: entry.compilerOptions,
      files: [...entry.files, ...entry.declarationFiles],
      roots: [...entry.files.filter(canAsk), ...entry.declarationFiles],
    }));
  const types =
    options.types && groups.length > 0
      ? new ProjectTypeOracle(groups, (name) => byPath.get(name)?.sourceFile ?? resolver.getSourceFile(name), resolver)
      : undefined;
  for (const file of files) {
    if (file.sourceFile) file.facts = collectFacts(ts, file.sourceFile, resolver, types);
  }
  const warnings = [...loaded.warnings];
  for (const file of files) {
    if (!file.facts) continue;
    for (const error of file.facts.errors)
      warnings.push(`internal error while analysing ${displayPath(file.path)} (please report it): ${error}`);
    // Tools registered here but written in another file are that file's tools.
    for (const tool of file.facts.tools) {
      const owner = tool.fileName === undefined ? undefined : byPath.get(tool.fileName)?.facts;
      if (owner) {
        const registered = tool.registered ? { registered: { fileName: file.path, range: tool.registered.range } } : {};
        owner.tools.push({ name: tool.name, range: tool.range, ...registered });
      }
    }
  }

  const roots = options.paths.map((given) => path.resolve(options.cwd, given)).filter((root) => isDirectory(root));
  const reachability = computeReachability({ files, resolver, settings: options.settings, roots, displayPath, configs });
  warnings.push(...reachability.warnings);
  /** A trace step's file: a scanned one, one the resolver loaded while following imports, or a deployment config. */
  const locate: Locate = (fileName) =>
    byPath.get(fileName)?.sourceFile ?? resolver.getSourceFile(fileName) ?? reachability.getLineMap(fileName);
  for (const file of files) {
    if (!file.facts) continue;
    const ctx: CheckContext = {
      fileName: file.path,
      displayPath,
      settings: options.settings,
      headlessEntry: reachability.headlessEntry.get(file.path),
      interactiveEntry: reachability.interactiveEntry.get(file.path),
    };
    for (const [ruleId, setting] of options.rules) {
      for (const finding of runCheck(ruleId, file.facts, setting.options, ctx)) {
        const target = finding.fileName === undefined ? file : byPath.get(finding.fileName);
        if (target?.sourceFile) addFinding(target, finding, setting.severity, file.path, (fileName) => locate(fileName ?? file.path));
      }
    }
  }
  for (const file of files) finishReport(file);
  return { files: files.map((file) => file.report), warnings };
}

type Locate = (fileName: string) => LineMap | undefined;

/** Locates a trace step's file, the analysed one when the step names none. */
type LocateStep = (fileName: string | undefined) => LineMap | undefined;

function isDirectory(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function toPosition(sourceFile: LineMap, range: Finding['range']): Pick<ReportedStep, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const start = sourceFile.getLineAndCharacterOfPosition(range.start);
  const end = sourceFile.getLineAndCharacterOfPosition(range.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function toSteps(finding: Finding, analyzedFile: string, locate: LocateStep): ReportedStep[] {
  const steps: ReportedStep[] = [];
  for (const step of finding.trace ?? []) {
    const sourceFile = locate(step.fileName);
    if (sourceFile) steps.push({ filePath: step.fileName ?? analyzedFile, ...toPosition(sourceFile, step.range), message: step.message });
  }
  return steps;
}

function addFinding(file: LoadedFile, finding: Finding, severity: Severity, analyzedFile: string, locate: LocateStep): void {
  const { sourceFile } = file;
  if (!sourceFile) return;
  const position = toPosition(sourceFile, finding.range);
  const trace = toSteps(finding, analyzedFile, locate);
  const check = checks[finding.ruleId as RuleId];
  const reported: ReportedFinding = {
    ruleId: finding.ruleId as RuleId,
    messageId: finding.messageId,
    message: renderMessage(check.messages[finding.messageId] ?? finding.messageId, finding.data),
    severity,
    ...position,
    ...(trace.length > 0 ? { trace } : {}),
  };
  const duplicate = file.report.findings.some(
    (other) =>
      other.ruleId === reported.ruleId &&
      other.line === reported.line &&
      other.column === reported.column &&
      other.message === reported.message,
  );
  if (!duplicate) file.report.findings.push(reported);
}

function finishReport(file: LoadedFile): void {
  const { report } = file;
  if (!file.sourceFile || report.findings.length === 0) return;
  const suppress = getSuppressor(file.sourceFile);
  const kept: ReportedFinding[] = [];
  for (const finding of report.findings) {
    const suppression = suppress(`halting/${finding.ruleId}`, finding.line, finding.column);
    if (suppression) report.suppressed.push({ ...finding, suppressions: [suppression] });
    else kept.push(finding);
  }
  const order = (a: ReportedFinding, b: ReportedFinding): number =>
    a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
  report.findings = kept.sort(order);
  report.suppressed.sort(order);
}
