/**
 * The contract between checks and hosts: a check reads one file's facts and returns
 * findings with a message id and data; both hosts render the same templates.
 */
import type { FileFacts } from '../facts.js';
import type { Range } from '../syntax.js';

export interface HeadlessSettings {
  /** Globs (relative to the working directory) of files that run without a terminal. */
  headless: readonly string[];
  /** Globs of files that run in a terminal; they win over `headless`. */
  interactive: readonly string[];
}

export interface CheckContext {
  /** Absolute path of the analysed file. */
  fileName: string;
  /** How a path is shown in messages (relative to the project, `/` separators). */
  displayPath: (fileName: string) => string;
  settings: HeadlessSettings;
  /** Scanner only: the headless entry this module is reached from (itself when a deployment config runs it). */
  headlessEntry: HeadlessEntry | undefined;
  /**
   * Scanner only: the interactive entry (a `bin` with a TTY check) this module is reached from,
   * when no headless entry reaches it; the `headless` globs do not apply to it then.
   */
  interactiveEntry?: string;
}

/** Scanner only: a file that runs headless, as seen from a module it reaches. */
export interface HeadlessEntry {
  /** Absolute path of the entry file. */
  fileName: string;
  /** Why it runs headless, a phrase after "which": `runs an HTTP server (\`express\`)`, `runs as a CI step (.github/workflows/nightly.yml)`. */
  reason: string;
  /** Where the entry is declared (a CI step, a package script, its first statement), then each import followed. */
  trace: TraceStep[];
}

/**
 * One place a cross-file finding followed to reach its verdict: an import from a headless
 * entry, a call on the way from a tool to a network call, where a value or predicate was written.
 */
export interface TraceStep {
  /** Absolute path of the file the step is in; undefined for the analysed file. */
  fileName?: string;
  range: Range;
  /** What happens there, as a short phrase (`imports \`./agent\``, `\`getPolicy\` calls \`fetch\``). */
  message: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  data: Record<string, string>;
  range: Range;
  /** Absolute path when the finding lies in another file than the analysed one (scanner only). */
  fileName?: string;
  /** The steps followed, in order, when the finding needed more than the file it is in. */
  trace?: TraceStep[];
}

export interface Check<Options> {
  id: string;
  messages: Record<string, string>;
  schema: readonly object[];
  /** Empty for a rule without options (ESLint rejects options its schema does not list). */
  defaultOptions: [Options] | [];
  run(facts: FileFacts, options: Options, ctx: CheckContext): Finding[];
}

/** Renders a message template the way ESLint does (`{{ name }}` placeholders). */
export function renderMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (match, key: string) => (key in data ? (data[key] ?? match) : match));
}

/**
 * "(from `LIMITS.turns`, src/limits.ts:4)" or "(from `LIMITS.turns`, line 4)". `analyzedFile` is
 * the facts' own file name: it names the same tree the origin's nodes come from, whereas a host's
 * file name may be spelled differently (ESLint's `context.filename` can be relative).
 */
export function formatOrigin(
  origin: { text: string; fileName: string; line: number } | undefined,
  ctx: CheckContext,
  analyzedFile: string,
): string {
  if (!origin) return '';
  const sameFile = origin.fileName === analyzedFile || origin.fileName === ctx.fileName;
  const where = sameFile ? `line ${origin.line}` : `${ctx.displayPath(origin.fileName)}:${origin.line}`;
  return ` (from \`${origin.text}\`, ${where})`;
}
