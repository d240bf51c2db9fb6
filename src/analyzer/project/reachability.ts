/**
 * Headless reachability for the scanner: which files are headless entries (their own kind,
 * a `headless` glob, or a deployment config that runs them), which are interactive entries
 * (a package `bin` with a TTY check), and, for every module reached through imports, the
 * entry it runs under and the trace of how it was reached. Headless wins over interactive;
 * a module that expects a terminal on its own is never entered.
 */
import type { HeadlessEntry, HeadlessSettings, TraceStep } from '../checks/types.js';
import type { FileFacts } from '../facts.js';
import { getOwnHeadlessKind, isInteractive } from '../headless.js';
import type { Range } from '../syntax.js';
import type { ConfigFiles } from './config-files.js';
import { findDeploymentEntries, type ConfigStep, type Deployment, type DeploymentEntry } from './deployment.js';
import { getImports, markReachable, type ImportEdge } from './graph.js';
import type { ProjectModuleResolver } from './resolver.js';
import { ts, type TS } from './typescript.js';

/** What reachability needs of a scanned file. */
export interface ScannedFile {
  path: string;
  sourceFile: TS.SourceFile | undefined;
  facts: FileFacts | undefined;
}

export interface ReachabilityInput {
  files: readonly ScannedFile[];
  resolver: ProjectModuleResolver;
  settings: HeadlessSettings;
  /** The scanned folders (absolute), where deployment configs are looked for. */
  roots: readonly string[];
  displayPath: (file: string) => string;
  /** The scan's config reader: deployment configs are read through it, broken ones warned about once. */
  configs: ConfigFiles;
}

/** Line numbers of a file a trace step points into. */
export type LineMap = Pick<TS.SourceFile, 'getLineAndCharacterOfPosition'>;

export interface Reachability {
  /** Per file: the headless entry it runs under (itself for an entry). */
  headlessEntry: ReadonlyMap<string, HeadlessEntry>;
  /** Per file reached only from interactive entries: the first such entry. */
  interactiveEntry: ReadonlyMap<string, string>;
  /** Line numbers in a configuration file (package.json, a workflow) a trace step points into. */
  getLineMap: (fileName: string) => LineMap | undefined;
  /** Broken configuration files, skipped. */
  warnings: string[];
}

const IMPORT_PHRASES: Record<ImportEdge['kind'], (specifier: string) => string> = {
  import: (specifier) => `imports \`${specifier}\``,
  export: (specifier) => `re-exports \`${specifier}\``,
  require: (specifier) => `requires \`${specifier}\``,
  dynamic: (specifier) => `imports \`${specifier}\` with \`import()\``,
};

/** The first line of a file's first statement: where a trace says what kind of entry it is. */
function getFirstStatementRange(sourceFile: TS.SourceFile): Range {
  const first = sourceFile.statements[0];
  if (!first) return { start: 0, end: 0 };
  const start = first.getStart(sourceFile);
  const lineEnd = sourceFile.text.indexOf('\n', start);
  return { start, end: lineEnd < 0 || lineEnd > first.end ? first.end : lineEnd };
}

const toTraceStep = (step: ConfigStep): TraceStep => ({ fileName: step.fileName, range: step.range, message: step.message });

/** The deployment entries; a bug in reading them is a warning, and the scan goes on without them. */
function readDeployment(input: ReachabilityInput, loaded: ReadonlySet<string>): Deployment {
  try {
    return findDeploymentEntries(input.roots, loaded, input.displayPath, input.configs);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const internal = `internal error while reading deployment configs (please report it): ${message}`;
    return { entries: [], texts: new Map(), warnings: [...input.configs.takeWarnings(), internal] };
  }
}

/** Marks every module reachable from a headless or an interactive entry. */
export function computeReachability(input: ReachabilityInput): Reachability {
  const { files, resolver, settings, displayPath } = input;
  const lineMaps = new Map<string, LineMap>();
  const result: Reachability = {
    headlessEntry: new Map(),
    interactiveEntry: new Map(),
    getLineMap: (fileName) => lineMaps.get(fileName),
    warnings: [],
  };
  const needsGraph = files.some((file) => file.facts && (file.facts.inputModes.length > 0 || file.facts.prompts.length > 0));
  if (!needsGraph) return result;

  const byPath = new Map(files.map((file) => [file.path, file]));
  const deployment = readDeployment(input, new Set(files.filter((file) => file.sourceFile).map((file) => file.path)));
  result.warnings.push(...deployment.warnings);
  for (const [fileName, text] of deployment.texts) lineMaps.set(fileName, ts.createSourceMapSource(fileName, text));

  const importsCache = new Map<string, ImportEdge[]>();
  const importsOf = (file: string): ImportEdge[] => {
    let imports = importsCache.get(file);
    if (!imports) {
      const sourceFile = byPath.get(file)?.sourceFile ?? resolver.getSourceFile(file);
      imports = sourceFile ? getImports(resolver, sourceFile) : [];
      importsCache.set(file, imports);
    }
    return imports;
  };
  const interactiveOnItsOwn = (file: string): boolean => {
    const facts = byPath.get(file)?.facts;
    return facts !== undefined && isInteractive(facts, settings, displayPath(file));
  };

  const interactiveEntries = [
    ...new Set(
      deployment.entries
        .filter((entry) => entry.role === 'bin' && byPath.get(entry.fileName)?.facts?.ttyGuarded)
        .map((entry) => entry.fileName),
    ),
  ].sort();
  const fromInteractive = markReachable(interactiveEntries, importsOf, () => false);

  const deployedByFile = new Map<string, DeploymentEntry[]>();
  for (const entry of deployment.entries) deployedByFile.set(entry.fileName, [...(deployedByFile.get(entry.fileName) ?? []), entry]);
  const entries = new Map<string, { reason: string; trace: TraceStep[]; fromConfig: boolean }>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const { facts, sourceFile } = file;
    if (!facts || !sourceFile || interactiveOnItsOwn(file.path)) continue;
    const relativePath = displayPath(file.path);
    const ofFile = deployedByFile.get(file.path) ?? [];
    const firstStatement = (message: string): TraceStep => ({ fileName: file.path, range: getFirstStatementRange(sourceFile), message });
    // As the check words it: the file's own kind, then the config that runs it, then the globs.
    const own = getOwnHeadlessKind(facts, settings, relativePath, { globs: false });
    const deployed = ofFile.find((entry) => entry.role === 'headless');
    if (own === undefined && deployed) {
      const trace = deployed.steps.length > 0 ? deployed.steps.map(toTraceStep) : [firstStatement(deployed.reason)];
      entries.set(file.path, { reason: deployed.reason, trace, fromConfig: true });
      continue;
    }
    const kind = own ?? getOwnHeadlessKind(facts, settings, relativePath, { globs: !fromInteractive.has(file.path) });
    if (kind === undefined) continue;
    const library = ofFile.find((entry) => entry.role === 'library')?.steps.map(toTraceStep) ?? [];
    entries.set(file.path, { reason: kind, trace: [...library, firstStatement(kind)], fromConfig: false });
  }

  const headlessEntry = new Map<string, HeadlessEntry>();
  // An entry's own findings need the entry only when a config is why it runs headless.
  for (const [fileName, { reason, trace, fromConfig }] of entries) {
    if (fromConfig) headlessEntry.set(fileName, { fileName, reason, trace });
  }
  for (const [fileName, { entry, hops }] of markReachable([...entries.keys()], importsOf, interactiveOnItsOwn)) {
    const info = entries.get(entry);
    if (!info) continue;
    const steps = hops.map((hop) => ({
      fileName: hop.from,
      range: hop.edge.range,
      message: IMPORT_PHRASES[hop.edge.kind](hop.edge.specifier),
    }));
    headlessEntry.set(fileName, { fileName: entry, reason: info.reason, trace: [...info.trace, ...steps] });
  }
  const interactiveEntry = new Map<string, string>();
  for (const [fileName, { entry }] of fromInteractive) {
    if (!headlessEntry.has(fileName)) interactiveEntry.set(fileName, entry);
  }
  return { ...result, headlessEntry, interactiveEntry };
}
