/**
 * Deployment entries: the files a project's own configuration runs (package.json `main`,
 * `exports` and `bin`; CI steps; Dockerfiles, Procfiles, serverless.yml, wrangler and
 * Netlify functions), mapped from built paths back to the scanned sources. Configs are read
 * as data, never executed; a broken one is a warning or skipped, never an exception. What
 * an entry means for reachability is decided in `reachability.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { Range } from '../syntax.js';
import { getSourceCandidates } from './build-output.js';
import { interpret, quoteWords, splitCommand, type Word } from './commands.js';
import type { ConfigFiles, ParsedTsconfig } from './config-files.js';
import { isBelow, isDeclarationFile, SKIPPED_DIRECTORIES } from './paths.js';
import { ts, type TS } from './typescript.js';

/** The configuration files read, by kind, as globs under a scanned folder. */
const CONFIG_GLOBS = {
  packageJson: ['**/package.json'],
  // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun
  githubWorkflow: ['**/.github/workflows/*.yml', '**/.github/workflows/*.yaml'],
  // https://docs.gitlab.com/ci/yaml/#script
  gitlabCi: ['**/.gitlab-ci.yml'],
  // https://docs.docker.com/reference/dockerfile/#cmd
  dockerfile: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile'],
  // https://devcenter.heroku.com/articles/procfile
  procfile: ['**/Procfile'],
  // https://www.serverless.com/framework/docs/providers/aws/guide/functions
  serverless: ['**/serverless.yml', '**/serverless.yaml'],
  // https://developers.cloudflare.com/workers/wrangler/configuration/#inheritable-keys (`main`)
  wrangler: ['**/wrangler.toml', '**/wrangler.json', '**/wrangler.jsonc'],
  // https://docs.netlify.com/build/functions/optional-configuration/ (`[functions] directory`)
  netlify: ['**/netlify.toml'],
} as const;

type ConfigKind = keyof typeof CONFIG_GLOBS;

/** Netlify's default function folders, relative to the site (a scanned folder or a netlify.toml's folder). */
const NETLIFY_FUNCTION_DIRECTORIES = ['netlify/functions', 'netlify/edge-functions'];

/** How deep a package script that runs another script is followed. */
const MAX_SCRIPT_DEPTH = 4;

/** Where a configuration names an entry, with a short phrase for the trace. */
export interface ConfigStep {
  /** Absolute path of the configuration file, or of the entry when no config names it. */
  fileName: string;
  range: Range;
  message: string;
}

/**
 * A source file that a configuration runs. `headless`: a CI step, a container, a platform
 * process or function. `library`: package.json `main` or `exports`, an entry point that is
 * headless only when the file is on its own. `bin`: a command of the package, interactive
 * when the file checks for a terminal.
 */
export interface DeploymentEntry {
  fileName: string;
  role: 'headless' | 'library' | 'bin';
  /** For `headless`, a phrase after "which": `runs as a CI step (.github/workflows/nightly.yml)`; else empty. */
  reason: string;
  /** Where configs name it, outermost first (a CI step, then the package script it runs). */
  steps: ConfigStep[];
}

export interface Deployment {
  entries: DeploymentEntry[];
  /** The text of every configuration file a step points into, for line numbers. */
  texts: Map<string, string>;
  warnings: string[];
}

interface PackageInfo {
  directory: string;
  scripts: Map<string, { value: string; range: Range }>;
}

/** Where a command is written: the config file and the range of the value holding it. */
interface CommandSite {
  fileName: string;
  range: Range;
  /** The trace phrase for one command of it: "runs `npm run report` in CI". */
  describe: (command: string) => string;
}

/** The range of `needle` inside `[range.start, range.end)` of `text`, or the whole range. */
function findWithin(text: string, range: Range, needle: string): Range {
  const at = needle === '' ? -1 : text.indexOf(needle, range.start);
  return at >= 0 && at + needle.length <= range.end ? { start: at, end: at + needle.length } : range;
}

/** The object of a JSON file's root, when it is one. */
function getJsonRoot(file: TS.JsonSourceFile): TS.ObjectLiteralExpression | undefined {
  const statement = file.statements[0];
  return statement && ts.isObjectLiteralExpression(statement.expression) ? statement.expression : undefined;
}

function getJsonProperties(object: TS.ObjectLiteralExpression): [string, TS.Expression][] {
  const properties: [string, TS.Expression][] = [];
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) {
      properties.push([property.name.text, property.initializer]);
    }
  }
  return properties;
}

function getJsonProperty(object: TS.ObjectLiteralExpression | undefined, key: string): TS.Expression | undefined {
  return object ? getJsonProperties(object).find(([name]) => name === key)?.[1] : undefined;
}

/** Every file target of an `exports` value: a string, conditions, subpaths, arrays (types and patterns left out). */
function collectExportTargets(value: TS.Expression, key: string, into: { key: string; node: TS.StringLiteral }[]): void {
  if (ts.isStringLiteral(value)) {
    if (!value.text.includes('*')) into.push({ key, node: value });
  } else if (ts.isArrayLiteralExpression(value)) {
    for (const element of value.elements) collectExportTargets(element, key, into);
  } else if (ts.isObjectLiteralExpression(value)) {
    for (const [name, inner] of getJsonProperties(value)) {
      if (name === 'types' || name.includes('*')) continue;
      collectExportTargets(inner, name.startsWith('.') ? name : key, into);
    }
  }
}

const nodeRange = (node: TS.Node, file: TS.SourceFile): Range => ({ start: node.getStart(file), end: node.end });

const yamlRange = (node: { range?: [number, number, number] | null }): Range | undefined =>
  node.range ? { start: node.range[0], end: node.range[1] } : undefined;

const yamlString = (node: unknown): Scalar<string> | undefined =>
  isScalar(node) && typeof node.value === 'string' ? (node as Scalar<string>) : undefined;

/** Reads the deployment configuration under some folders; one instance per scan. */
class DeploymentReader {
  readonly entries: DeploymentEntry[] = [];
  readonly texts = new Map<string, string>();
  private readonly packages = new Map<string, PackageInfo>();
  /** The nearest tsconfig of a folder, by folder (`null`: none, or a broken one). */
  private readonly tsconfigs = new Map<string, { path: string; config: ParsedTsconfig } | null>();

  constructor(
    private readonly roots: readonly string[],
    private readonly loaded: ReadonlySet<string>,
    private readonly displayPath: (file: string) => string,
    private readonly configs: ConfigFiles,
  ) {}

  read(): void {
    const kinds = Object.keys(CONFIG_GLOBS) as ConfigKind[];
    const matchers = kinds.map((kind) => [kind, picomatch([...CONFIG_GLOBS[kind]], { dot: true })] as const);
    const found = new Map<ConfigKind, string[]>();
    for (const root of this.roots) {
      // One walk for all kinds; each file then goes to the first kind whose globs match it.
      const files = globSync(
        kinds.flatMap((kind) => [...CONFIG_GLOBS[kind]]),
        {
          cwd: root,
          dot: true,
          followSymbolicLinks: false,
          ignore: SKIPPED_DIRECTORIES.map((directory) => `**/${directory}/**`),
        },
      );
      for (const file of files) {
        const kind = matchers.find(([, matches]) => matches(file))?.[0];
        if (kind) found.set(kind, [...(found.get(kind) ?? []), path.resolve(root, file)]);
      }
    }
    const readers: Record<ConfigKind, (file: string, text: string) => void> = {
      packageJson: (file) => {
        this.readPackageJson(file);
      },
      githubWorkflow: (file, text) => {
        this.readGithubWorkflow(file, text);
      },
      gitlabCi: (file, text) => {
        this.readGitlabCi(file, text);
      },
      dockerfile: (file, text) => {
        this.readDockerfile(file, text);
      },
      procfile: (file, text) => {
        this.readProcfile(file, text);
      },
      serverless: (file) => {
        this.readServerless(file);
      },
      wrangler: (file, text) => {
        this.readWrangler(file, text);
      },
      netlify: (file, text) => {
        this.readNetlify(file, text);
      },
    };
    // package.json first: CI steps and containers run its scripts.
    for (const kind of Object.keys(CONFIG_GLOBS) as ConfigKind[]) {
      for (const file of [...new Set(found.get(kind))].sort()) {
        const text = this.configs.readText(file);
        if (text !== undefined) readers[kind](file, text);
      }
    }
    for (const root of this.roots) this.addNetlifyConvention(root);
  }

  private addEntry(fileName: string, role: DeploymentEntry['role'], reason: string, steps: ConfigStep[]): void {
    const duplicate = this.entries.some((entry) => entry.fileName === fileName && entry.role === role);
    if (duplicate) return;
    this.entries.push({ fileName, role, reason, steps });
    for (const step of steps) {
      if (!this.texts.has(step.fileName) && !this.loaded.has(step.fileName)) {
        const text = this.configs.readText(step.fileName);
        if (text !== undefined) this.texts.set(step.fileName, text);
      }
    }
  }

  private readPackageJson(file: string): void {
    const json = this.configs.readJson(file)?.source;
    if (!json) return;
    const root = getJsonRoot(json);
    if (!root) return;
    const directory = path.dirname(file);
    const scripts = new Map<string, { value: string; range: Range }>();
    const scriptsNode = getJsonProperty(root, 'scripts');
    if (scriptsNode && ts.isObjectLiteralExpression(scriptsNode)) {
      for (const [name, value] of getJsonProperties(scriptsNode)) {
        if (ts.isStringLiteral(value)) scripts.set(name, { value: value.text, range: nodeRange(value, json) });
      }
    }
    this.packages.set(directory, { directory, scripts });
    const main = getJsonProperty(root, 'main');
    if (main && ts.isStringLiteral(main)) {
      this.addTarget(directory, main.text, 'library', '', [
        { fileName: file, range: nodeRange(main, json), message: `is the package's \`main\` (\`${main.text}\`)` },
      ]);
    }
    const exportsNode = getJsonProperty(root, 'exports');
    if (exportsNode) {
      const targets: { key: string; node: TS.StringLiteral }[] = [];
      collectExportTargets(exportsNode, '.', targets);
      for (const { key, node } of targets) {
        this.addTarget(directory, node.text, 'library', '', [
          { fileName: file, range: nodeRange(node, json), message: `is exported by the package as \`${key}\` (\`${node.text}\`)` },
        ]);
      }
    }
    const bin = getJsonProperty(root, 'bin');
    const name = getJsonProperty(root, 'name');
    const bins: [string, TS.Expression][] =
      bin && ts.isObjectLiteralExpression(bin)
        ? getJsonProperties(bin)
        : bin
          ? [[name && ts.isStringLiteral(name) ? name.text : 'bin', bin]]
          : [];
    for (const [command, target] of bins) {
      if (!ts.isStringLiteral(target)) continue;
      this.addTarget(directory, target.text, 'bin', '', [
        { fileName: file, range: nodeRange(target, json), message: `is the package's command \`${command}\` (\`bin\`)` },
      ]);
    }
  }

  private addTarget(directory: string, target: string, role: DeploymentEntry['role'], reason: string, steps: ConfigStep[]): void {
    const source = this.findSource(path.resolve(directory, target));
    if (source) this.addEntry(source, role, reason, steps);
  }

  private hasScript = (directory: string, name: string): boolean => this.findPackage(directory)?.scripts.has(name) ?? false;

  private findPackage(directory: string): PackageInfo | undefined {
    for (let current = directory; ; current = path.dirname(current)) {
      const found = this.packages.get(current);
      if (found) return found;
      if (!this.roots.some((root) => isBelow(root, current)) || path.dirname(current) === current) return undefined;
    }
  }

  /**
   * Follows a command line written at `site`: every file it runs (directly or through package
   * scripts) becomes a headless entry for `reason`, with the steps that led there.
   */
  private runCommand(
    command: string,
    cwd: string,
    site: CommandSite,
    reason: string,
    text: string,
    outer: ConfigStep[],
    depth: number,
  ): void {
    let directory: string | undefined = cwd;
    for (const segment of splitCommand(command)) {
      if (directory === undefined) return;
      const invocation = interpret(segment.words, directory, this.hasScript);
      if (!invocation) continue;
      if (invocation.kind === 'cd') {
        directory = invocation.directory;
        continue;
      }
      const steps = [
        ...outer,
        { fileName: site.fileName, range: findWithin(text, site.range, segment.text), message: site.describe(segment.text) },
      ];
      if (invocation.kind === 'file') {
        const source = this.findSource(invocation.file);
        if (source) this.addEntry(source, 'headless', reason, steps);
        continue;
      }
      const found = this.findPackage(invocation.directory);
      const script = found?.scripts.get(invocation.name);
      if (!found || !script || depth >= MAX_SCRIPT_DEPTH) continue;
      const packageFile = path.join(found.directory, 'package.json');
      const packageText = this.configs.readText(packageFile);
      if (packageText === undefined) continue;
      const scriptSite: CommandSite = {
        fileName: packageFile,
        range: script.range,
        describe: (inner) => `script \`${invocation.name}\` runs \`${inner}\``,
      };
      this.runCommand(script.value, found.directory, scriptSite, reason, packageText, steps, depth + 1);
    }
  }

  private readGithubWorkflow(file: string, text: string): void {
    const document = this.configs.readYaml(file)?.document;
    const root = document?.contents;
    if (!isMap(root)) return;
    const repository = path.dirname(path.dirname(path.dirname(file)));
    const reason = `runs as a CI step (${this.displayPath(file)})`;
    const workingDirectory = (node: unknown): string | undefined =>
      isMap(node) ? yamlString(node.getIn(['defaults', 'run', 'working-directory'], true))?.value : undefined;
    const rootDirectory = workingDirectory(root);
    const jobs = root.get('jobs', true);
    if (!isMap(jobs)) return;
    for (const job of jobs.items) {
      if (!isMap(job.value)) continue;
      const jobDirectory = workingDirectory(job.value) ?? rootDirectory;
      const steps = job.value.get('steps', true);
      if (!isSeq(steps)) continue;
      for (const step of steps.items) {
        if (!isMap(step)) continue;
        const run = yamlString(step.get('run', true));
        const range = run && yamlRange(run);
        if (!run || !range) continue;
        const stepDirectory = yamlString(step.get('working-directory', true))?.value ?? jobDirectory;
        if (stepDirectory?.includes('${{')) continue;
        const site: CommandSite = { fileName: file, range, describe: (command) => `runs \`${command}\` in CI` };
        this.runCommand(run.value, path.resolve(repository, stepDirectory ?? '.'), site, reason, text, [], 0);
      }
    }
  }

  private readGitlabCi(file: string, text: string): void {
    const document = this.configs.readYaml(file)?.document;
    const root = document?.contents;
    if (!isMap(root)) return;
    const reason = `runs as a CI step (${this.displayPath(file)})`;
    for (const job of root.items) {
      if (!isMap(job.value)) continue;
      for (const key of ['before_script', 'script', 'after_script']) {
        const value = job.value.get(key, true);
        const lines = isSeq(value) ? value.items : [value];
        for (const line of lines) {
          const command = yamlString(line);
          const range = command && yamlRange(command);
          if (!command || !range) continue;
          const site: CommandSite = { fileName: file, range, describe: (inner) => `runs \`${inner}\` in CI` };
          this.runCommand(command.value, path.dirname(file), site, reason, text, [], 0);
        }
      }
    }
  }

  private readDockerfile(file: string, text: string): void {
    interface Instruction {
      keyword: string;
      words: Word[] | undefined;
      shell: string | undefined;
      range: Range;
    }
    let workdir = '/';
    let entrypoint: Instruction | undefined;
    let cmd: Instruction | undefined;
    const pattern = /^[ \t]*(\w+)[ \t]+((?:[^\n]*\\\r?\n)*[^\n]*)/gm;
    for (const match of text.matchAll(pattern)) {
      const keyword = (match[1] ?? '').toUpperCase();
      const value = (match[2] ?? '').replace(/\\\r?\n/g, ' ').trim();
      if (keyword === 'FROM') {
        workdir = '/';
        entrypoint = undefined;
        cmd = undefined;
      } else if (keyword === 'WORKDIR') workdir = path.posix.resolve(workdir, value);
      else if (keyword === 'CMD' || keyword === 'ENTRYPOINT') {
        const range = { start: match.index, end: match.index + match[0].trimEnd().length };
        let instruction: Instruction = { keyword, words: undefined, shell: value, range };
        if (value.startsWith('[')) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(value);
          } catch {
            parsed = undefined;
          }
          // Not a JSON array of strings: Docker would run it as a shell string; nothing to follow.
          if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) continue;
          instruction = { keyword, words: parsed.map((item) => ({ value: item, literal: true })), shell: undefined, range };
        }
        if (keyword === 'CMD') cmd = instruction;
        else entrypoint = instruction;
      }
    }
    // Paths in the image are relative to WORKDIR, which the usual `COPY . .` fills with the build context.
    const toContext = (value: string): string => (workdir === '/' ? value : value.split(`${workdir}/`).join(''));
    const reason = `runs in a container (${this.displayPath(file)})`;
    const tryRun = (instruction: Instruction, command: string): boolean => {
      const before = this.entries.length;
      const site: CommandSite = {
        fileName: file,
        range: instruction.range,
        // The command as written; it is followed with image paths turned into build-context paths.
        describe: () => `runs \`${command}\` when the container starts (\`${instruction.keyword}\`)`,
      };
      this.runCommand(toContext(command), path.dirname(file), site, reason, text, [], 0);
      return this.entries.length > before;
    };
    if (entrypoint?.words) {
      // `ENTRYPOINT ["docker-entrypoint.sh"]` with `CMD ["node", "server.js"]`: the CMD alone runs the file.
      const combined = tryRun(entrypoint, quoteWords([...entrypoint.words, ...(cmd?.words ?? [])]));
      if (!combined && cmd?.words) tryRun(cmd, quoteWords(cmd.words));
    } else if (entrypoint) tryRun(entrypoint, entrypoint.shell ?? '');
    else if (cmd) tryRun(cmd, cmd.words ? quoteWords(cmd.words) : (cmd.shell ?? ''));
  }

  private readProcfile(file: string, text: string): void {
    for (const match of text.matchAll(/^([A-Za-z0-9_-]+)[ \t]*:[ \t]*([^\n]*?)[ \t]*$/gm)) {
      const name = match[1] ?? '';
      const command = match[2] ?? '';
      const start = match.index + match[0].indexOf(command, name.length + 1);
      const site: CommandSite = {
        fileName: file,
        range: { start, end: start + command.length },
        describe: (inner) => `runs \`${inner}\` as the \`${name}\` process`,
      };
      this.runCommand(command, path.dirname(file), site, `runs as the \`${name}\` process (${this.displayPath(file)})`, text, [], 0);
    }
  }

  private readServerless(file: string): void {
    const document = this.configs.readYaml(file)?.document;
    const root = document?.contents;
    if (!isMap(root)) return;
    const functions = root.get('functions', true);
    // `functions` is a map of name to definition, or a list of such maps.
    const groups = isSeq(functions) ? functions.items : [functions];
    for (const group of groups) {
      if (!isMap(group)) continue;
      for (const item of group.items) {
        const name = isScalar(item.key) ? String(item.key.value) : undefined;
        const handler = isMap(item.value) ? yamlString(item.value.get('handler', true)) : undefined;
        const range = handler && yamlRange(handler);
        if (name === undefined || !handler || !range) continue;
        // `src/handler.main` is the export `main` of src/handler.(ts|js).
        const modulePath = handler.value.replace(/\.[^./]+$/, '');
        this.addTarget(
          path.dirname(file),
          modulePath,
          'headless',
          `is the handler of the serverless function \`${name}\` (${this.displayPath(file)})`,
          [{ fileName: file, range, message: `is the handler of the function \`${name}\` (\`${handler.value}\`)` }],
        );
      }
    }
  }

  private readWrangler(file: string, text: string): void {
    const reason = `runs as a Cloudflare Worker (${this.displayPath(file)})`;
    const message = (main: string): string => `is the Worker's \`main\` (\`${main}\`)`;
    if (file.endsWith('.toml')) {
      // Only the top-level table: `main` under `[env.x]` belongs to an environment.
      const topLevel = text.split(/^\s*\[/m)[0] ?? '';
      const match = /^[ \t]*main[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)')/m.exec(topLevel);
      const main = match?.[1] ?? match?.[2];
      if (!match || main === undefined) return;
      const range = { start: match.index, end: match.index + match[0].length };
      this.addTarget(path.dirname(file), main, 'headless', reason, [{ fileName: file, range, message: message(main) }]);
      return;
    }
    const json = this.configs.readJson(file)?.source;
    const main = json && getJsonProperty(getJsonRoot(json), 'main');
    if (json && main && ts.isStringLiteral(main)) {
      this.addTarget(path.dirname(file), main.text, 'headless', reason, [
        { fileName: file, range: nodeRange(main, json), message: message(main.text) },
      ]);
    }
  }

  private readNetlify(file: string, text: string): void {
    const directory = path.dirname(file);
    let section = '';
    for (const match of text.matchAll(/^[ \t]*(?:\[\[?([^\]\n]+)\]\]?|([\w-]+)[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'))/gm)) {
      if (match[1] !== undefined) {
        section = match[1].trim();
        continue;
      }
      const key = match[2];
      const value = match[3] ?? match[4];
      const configured = (section === 'build' && key === 'functions') || (section === 'functions' && key === 'directory');
      if (!configured || value === undefined) continue;
      const range = { start: match.index, end: match.index + match[0].length };
      this.addFunctions(path.resolve(directory, value), { fileName: file, range, message: `puts Netlify functions in \`${value}\`` });
    }
    for (const convention of NETLIFY_FUNCTION_DIRECTORIES) this.addFunctions(path.resolve(directory, convention), undefined);
  }

  private addNetlifyConvention(root: string): void {
    for (const convention of NETLIFY_FUNCTION_DIRECTORIES) this.addFunctions(path.resolve(root, convention), undefined);
  }

  /** A function is `<dir>/<name>.ts`, `<dir>/<name>/<name>.ts` or `<dir>/<name>/index.ts`. */
  private addFunctions(directory: string, step: ConfigStep | undefined): void {
    const reason = `runs as a Netlify function (${this.displayPath(directory)}/)`;
    for (const file of [...this.loaded].sort()) {
      if (!isBelow(directory, file)) continue;
      const parts = path.relative(directory, file).split(path.sep);
      const base = (part: string | undefined): string => (part ?? '').replace(/\.[^.]+$/, '');
      const isFunction = parts.length === 1 || (parts.length === 2 && (base(parts[1]) === parts[0] || base(parts[1]) === 'index'));
      if (isFunction) this.addEntry(file, 'headless', reason, step ? [step] : []);
    }
  }

  /** The scanned source a path in a config names: itself, or the source it is built from (build-output.ts). */
  private findSource(file: string): string | undefined {
    // A declaration file is never run.
    if (isDeclarationFile(file)) return undefined;
    const tsconfig = this.findTsconfig(path.dirname(file));
    const layout = {
      root: this.roots.find((folder) => isBelow(folder, file)) ?? path.dirname(file),
      options: tsconfig?.config.options,
      configDirectory: tsconfig && path.dirname(tsconfig.path),
      files: tsconfig?.config.files,
    };
    return getSourceCandidates(file, layout).find((candidate) => this.loaded.has(candidate));
  }

  /** The nearest tsconfig.json at or above a folder, inside the scanned folders. */
  private findTsconfig(directory: string): { path: string; config: ParsedTsconfig } | undefined {
    const cached = this.tsconfigs.get(directory);
    if (cached !== undefined) return cached ?? undefined;
    let result: { path: string; config: ParsedTsconfig } | undefined;
    const configPath = path.join(directory, 'tsconfig.json');
    if (fs.existsSync(configPath)) {
      const config = this.configs.readTsconfig(configPath);
      result = config && { path: configPath, config };
    } else if (this.roots.some((root) => isBelow(root, directory)) && path.dirname(directory) !== directory) {
      result = this.findTsconfig(path.dirname(directory));
    }
    this.tsconfigs.set(directory, result ?? null);
    return result;
  }
}

/**
 * The entries the deployment configuration under `roots` names, among the `loaded` files.
 * `displayPath` words config paths in reasons; broken configs are `configs`' warnings, one per file.
 */
export function findDeploymentEntries(
  roots: readonly string[],
  loaded: ReadonlySet<string>,
  displayPath: (file: string) => string,
  configs: ConfigFiles,
): Deployment {
  const reader = new DeploymentReader(roots, loaded, displayPath, configs);
  reader.read();
  return { entries: reader.entries, texts: reader.texts, warnings: configs.takeWarnings() };
}
