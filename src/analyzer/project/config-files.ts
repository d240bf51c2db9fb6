/**
 * The project's configuration files, read once per scan for everyone who needs them: the
 * monorepo loader (package.json, tsconfigs, workspace YAML) and the deployment reader
 * (package.json, CI and platform configs). Each file's text is read once; JSON and YAML are
 * parsed once, keeping the syntax tree for positions and the plain value for the loader; a
 * tsconfig is parsed once into its options, files and references. A file that cannot be
 * read or parsed gives one warning, `<path>:<line>:<column>: <what is wrong>`, however many
 * readers ask for it. Configs are data: nothing is executed, nothing throws.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { getDisplayPath } from './paths.js';
import { getParseDiagnostics, ts, type TS } from './typescript.js';

/** A parsed JSON file: the tree (for positions) and its value. */
export interface JsonFile {
  source: TS.JsonSourceFile;
  value: unknown;
}

/** A parsed YAML file: the document (for positions) and its value. */
export interface YamlFile {
  document: Document.Parsed;
  lineCounter: LineCounter;
  value: unknown;
}

/** A tsconfig read as data: the files it lists, its options and the projects it references. */
export interface ParsedTsconfig {
  files: string[];
  options: TS.CompilerOptions;
  /** Absolute paths of the referenced tsconfig files. */
  references: string[];
}

/** A 1-based position in a file, for a warning. */
export interface Position {
  line: number;
  column: number;
}

/** What reading a file gave, and the warnings it is worth (given once, to the first reader that reports). */
interface Read<T> {
  result: T | undefined;
  problems: string[];
}

/** The caches one scan shares between a `ConfigFiles` and its quiet view. */
interface Store {
  texts: Map<string, Read<string>>;
  json: Map<string, Read<JsonFile>>;
  yaml: Map<string, Read<YamlFile>>;
  tsconfigs: Map<string, Read<ParsedTsconfig>>;
  reported: Set<string>;
  pending: string[];
}

/** The node at a path of keys and indexes below a JSON value. */
function findJsonNode(node: TS.Expression | undefined, keys: readonly (string | number)[]): TS.Expression | undefined {
  let current = node;
  for (const key of keys) {
    if (current && ts.isObjectLiteralExpression(current)) {
      const property = current.properties.find(
        (candidate) => ts.isPropertyAssignment(candidate) && !ts.isComputedPropertyName(candidate.name) && candidate.name.text === key,
      );
      current = property && ts.isPropertyAssignment(property) ? property.initializer : undefined;
    } else if (current && ts.isArrayLiteralExpression(current) && typeof key === 'number') current = current.elements[key];
    else return undefined;
  }
  return current;
}

/** Reads configuration files for one scan; `cwd` is what warnings' paths are relative to. */
export class ConfigFiles {
  private readonly store: Store;
  private readonly reporting: boolean;
  private quietView: ConfigFiles | undefined;

  /** @param of the reader whose caches a quiet view shares (see `quiet`) */
  constructor(
    readonly cwd: string,
    of?: ConfigFiles,
  ) {
    this.store = of?.store ?? {
      texts: new Map(),
      json: new Map(),
      yaml: new Map(),
      tsconfigs: new Map(),
      reported: new Set(),
      pending: [],
    };
    this.reporting = of === undefined;
  }

  /** The same files, read without warnings: for folders whose setup problems are not this scan's. */
  get quiet(): ConfigFiles {
    this.quietView ??= this.reporting ? new ConfigFiles(this.cwd, this) : this;
    return this.quietView;
  }

  /** Reports a problem with a config file (absolute path), once; positions are 1-based. */
  warn(file: string, message: string, position?: Position): void {
    this.report([this.format(file, message, position)]);
  }

  /** The warnings reported since the last call, in the order they came. */
  takeWarnings(): string[] {
    return this.store.pending.splice(0);
  }

  /**
   * Where a value sits in a JSON or YAML file already read (`['workspaces', 'packages', 2]`),
   * for a warning about it; `undefined` when the file or the value is not there.
   */
  locate(file: string, keys: readonly (string | number)[]): Position | undefined {
    const json = this.store.json.get(file)?.result;
    if (json) {
      const node = findJsonNode(json.source.statements[0]?.expression, keys);
      if (!node) return undefined;
      const { line, character } = json.source.getLineAndCharacterOfPosition(node.getStart(json.source));
      return { line: line + 1, column: character + 1 };
    }
    const yaml = this.store.yaml.get(file)?.result;
    const node: unknown = keys.length === 0 ? yaml?.document.contents : yaml?.document.getIn(keys, true);
    const start = isNode(node) ? node.range?.[0] : undefined;
    if (!yaml || start === undefined) return undefined;
    const { line, col } = yaml.lineCounter.linePos(start);
    return { line, column: col };
  }

  /** A file's text, or `undefined` (with a warning) when it cannot be read. */
  readText(file: string): string | undefined {
    return this.get(this.store.texts, file, () => {
      try {
        return { result: fs.readFileSync(file, 'utf8'), problems: [] };
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return { result: undefined, problems: [this.format(file, `could not be read: ${reason}`)] };
      }
    });
  }

  /** A JSON file (comments and trailing commas allowed, as TypeScript reads tsconfigs), or `undefined` when it is broken. */
  readJson(file: string): JsonFile | undefined {
    return this.get(this.store.json, file, () => {
      const text = this.quiet.readText(file);
      if (text === undefined) return { result: undefined, problems: this.problemsOf(this.store.texts, file) };
      const source = ts.parseJsonText(file, text);
      const errors: TS.Diagnostic[] = [];
      const value: unknown = ts.convertToObject(source, errors);
      const error = getParseDiagnostics(source)[0] ?? errors[0];
      if (!error) return { result: { source, value }, problems: [] };
      return { result: undefined, problems: [this.describe(error, file, 'not valid JSON')] };
    });
  }

  /** A YAML file, or `undefined` when it is broken. */
  readYaml(file: string): YamlFile | undefined {
    return this.get(this.store.yaml, file, () => {
      const text = this.quiet.readText(file);
      if (text === undefined) return { result: undefined, problems: this.problemsOf(this.store.texts, file) };
      const lineCounter = new LineCounter();
      const document = parseDocument(text, { lineCounter, prettyErrors: false });
      const [error] = document.errors;
      if (error) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { result: undefined, problems: [this.format(file, `not valid YAML (${error.message})`, { line, column: col })] };
      }
      try {
        return { result: { document, lineCounter, value: document.toJS() as unknown }, problems: [] };
      } catch (conversion) {
        // Aliases beyond the library's limit: a file built to blow up its reader.
        const reason = conversion instanceof Error ? conversion.message : String(conversion);
        return { result: undefined, problems: [this.format(file, `not valid YAML (${reason})`)] };
      }
    });
  }

  /** A tsconfig with its options, files and references; `undefined` when it is broken (option errors only warn). */
  readTsconfig(configPath: string): ParsedTsconfig | undefined {
    return this.get(this.store.tsconfigs, configPath, () => {
      const json = this.quiet.readJson(configPath);
      if (!json) return { result: undefined, problems: this.problemsOf(this.store.json, configPath) };
      // `extends` reads other tsconfigs: through the same cache, and quietly (their own problems come as diagnostics).
      const host: TS.ParseConfigHost = {
        useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
        readDirectory: (...args) => ts.sys.readDirectory(...args),
        fileExists: (file) => ts.sys.fileExists(file),
        readFile: (file) => this.quiet.readText(file),
      };
      const parsed = ts.parseJsonSourceFileConfigFileContent(json.source, host, path.dirname(configPath), undefined, configPath);
      // 18003 (no inputs) is the normal state of a solution tsconfig; deprecations (TS5107) are not errors here.
      const problems = parsed.errors
        .filter((error) => error.category === ts.DiagnosticCategory.Error && error.code !== 18003)
        .map((error) => this.describe(error, configPath, undefined));
      const references = (parsed.projectReferences ?? []).map((reference) => ts.resolveProjectReferencePath(reference));
      return { result: { files: parsed.fileNames, options: parsed.options, references }, problems };
    });
  }

  private get<T>(cache: Map<string, Read<T>>, file: string, read: () => Read<T>): T | undefined {
    let entry = cache.get(file);
    if (!entry) {
      entry = read();
      cache.set(file, entry);
    }
    this.report(entry.problems);
    return entry.result;
  }

  /** The problems a file gave an inner read (its text for its JSON), handed on to the outer one. */
  private problemsOf<T>(cache: Map<string, Read<T>>, file: string): string[] {
    return cache.get(file)?.problems ?? [];
  }

  private report(problems: readonly string[]): void {
    if (!this.reporting) return;
    for (const problem of problems) {
      if (this.store.reported.has(problem)) continue;
      this.store.reported.add(problem);
      this.store.pending.push(problem);
    }
  }

  private format(file: string, message: string, position?: Position): string {
    const at = position ? `:${position.line}:${position.column}` : '';
    return `${getDisplayPath(this.cwd, file)}${at}: ${message}`;
  }

  /** A TypeScript diagnostic as a warning, at its own file and position when it has them. */
  private describe(diagnostic: TS.Diagnostic, fallbackFile: string, what: string | undefined): string {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const message = what === undefined ? text : `${what} (${text})`;
    const { file, start } = diagnostic;
    if (!file || start === undefined) return this.format(fallbackFile, message);
    const { line, character } = file.getLineAndCharacterOfPosition(start);
    return this.format(file.fileName, message, { line: line + 1, column: character + 1 });
  }
}
