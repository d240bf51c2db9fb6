/**
 * Shell command lines as deployment configs write them (`npx tsx scripts/nightly.ts`,
 * `npm run report`, `cd app && node dist/server.js`): split into simple commands and words,
 * and read for the one thing that matters here, which file or package script each runs.
 * Knowledge of runners and package managers is data below. Nothing is executed; a word the
 * shell would expand (`$FILE`, `${{ matrix.task }}`) is not followed.
 */
import path from 'node:path';

/**
 * Programs that run the file named by their first argument that is not an option. `values`
 * are the options that take the next word as their value; `inline` options run code given on
 * the command line (nothing to follow); `subcommands` may (or, with `requireSubcommand`, must)
 * come first.
 */
interface FileRunner {
  values: readonly string[];
  inline?: readonly string[];
  subcommands?: readonly string[];
  requireSubcommand?: boolean;
  /** `bun run report` runs the package script `report` when the word does not name a file. */
  runsScripts?: boolean;
}

// https://nodejs.org/docs/latest-v20.x/api/cli.html
const NODE: FileRunner = {
  values: ['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--input-type', '--title'],
  inline: ['-e', '--eval', '-p', '--print', '--test', '-c', '--check'],
};

const FILE_RUNNERS: Record<string, FileRunner> = {
  node: NODE,
  nodejs: NODE,
  // https://tsx.is/usage
  tsx: {
    values: ['--tsconfig', '-r', '--require', '--import'],
    inline: ['-e', '--eval', '-p', '--print', '--test'],
    subcommands: ['watch'],
  },
  // https://typestrong.org/ts-node/docs/options
  'ts-node': {
    values: ['-P', '--project', '-O', '--compiler-options', '-C', '--compiler', '-r', '--require', '--cwd', '--dir'],
    inline: ['-e', '--eval', '-p', '--print'],
  },
  'ts-node-esm': { values: ['-P', '--project', '-O', '--compiler-options', '-C', '--compiler', '-r', '--require'] },
  'ts-node-script': { values: ['-P', '--project', '-O', '--compiler-options', '-C', '--compiler', '-r', '--require'] },
  // https://bun.sh/docs/cli/run
  bun: {
    values: ['--cwd', '-r', '--preload', '-c', '--config', '--env-file', '--tsconfig-override'],
    inline: ['-e', '--eval', '-p', '--print'],
    subcommands: ['run'],
    runsScripts: true,
  },
  // https://docs.deno.com/runtime/reference/cli/run/
  deno: {
    values: ['-c', '--config', '--import-map', '--location', '--seed', '--lock', '--cert'],
    subcommands: ['run'],
    requireSubcommand: true,
  },
  // https://github.com/remy/nodemon#usage
  nodemon: { values: ['-x', '--exec', '-w', '--watch', '-e', '--ext', '-i', '--ignore', '-d', '--delay', '--config'] },
  'vite-node': { values: ['-r', '--root', '-c', '--config', '-m', '--mode'] },
  'babel-node': {
    values: ['-r', '--require', '--config-file', '--presets', '--plugins', '-x', '--extensions'],
    inline: ['-e', '--eval', '-p', '--print'],
  },
  // https://pm2.keymetrics.io/docs/usage/quick-start/
  pm2: { values: ['--name', '-n', '-i', '--instances', '--interpreter', '--node-args'], subcommands: ['start'], requireSubcommand: true },
  'pm2-runtime': { values: ['--name', '-n', '-i', '--instances', '--interpreter', '--node-args'], subcommands: ['start'] },
};

/** Words that run the rest of the command line as a command of its own. */
const COMMAND_PREFIXES = new Set(['exec', 'env', 'nohup', 'time', 'command', 'cross-env', 'cross-env-shell']);

/** Runners of a package's binary: `npx tsx x.ts` runs `tsx x.ts`; `values` take a value. */
const BINARY_RUNNERS: Record<string, readonly string[]> = {
  npx: ['-p', '--package', '--node-options'],
  pnpx: ['-p', '--package'],
  bunx: ['-p', '--package'],
};

/**
 * Package managers: the commands that run a package.json script (`npm run report`,
 * `npm start`, `pnpm report`), run a binary (`pnpm exec tsx x.ts`), or change folder
 * (`npm --prefix app start`). A workspace option (`--filter`) names another package: nothing
 * is followed then.
 * https://docs.npmjs.com/cli/v10/commands/npm-run-script, https://pnpm.io/cli/run, https://yarnpkg.com/cli/run
 */
interface PackageManager {
  run: readonly string[];
  /** Commands that run the script of the same or another name: `npm t` runs `test`. */
  lifecycle: Readonly<Record<string, string>>;
  /** `pnpm report` runs the script `report` when the package has one, else the binary `report`. */
  bareScripts: boolean;
  exec: readonly string[];
  directory: readonly string[];
  workspace: readonly string[];
}

const PACKAGE_MANAGERS: Record<string, PackageManager> = {
  npm: {
    run: ['run', 'run-script', 'rum', 'urn'],
    lifecycle: { start: 'start', test: 'test', t: 'test', tst: 'test', stop: 'stop', restart: 'restart' },
    bareScripts: false,
    exec: ['exec', 'x'],
    directory: ['--prefix'],
    workspace: ['-w', '--workspace', '-ws', '--workspaces'],
  },
  pnpm: {
    run: ['run', 'run-script'],
    lifecycle: { start: 'start', test: 'test', t: 'test', tst: 'test' },
    bareScripts: true,
    exec: ['exec', 'dlx'],
    directory: ['-C', '--dir'],
    workspace: ['-F', '--filter', '-r', '--recursive', '-w', '--workspace-root'],
  },
  yarn: {
    run: ['run'],
    lifecycle: { start: 'start', test: 'test' },
    bareScripts: true,
    exec: ['exec', 'dlx'],
    directory: ['--cwd'],
    workspace: ['workspace', 'workspaces'],
  },
};

/** One word of a command, quotes removed. */
export interface Word {
  value: string;
  /** False when the shell would expand it (`$VAR`, `${{ matrix.file }}`, `$(...)`): nothing to follow. */
  literal: boolean;
}

/** One simple command of a command line. */
export interface Segment {
  words: Word[];
  /** The segment as written, to find it in the config file. */
  text: string;
}

/** What a simple command runs: a file, a package script (`directory` is where the package is looked for), or `cd`. */
export type Invocation =
  { kind: 'file'; file: string } | { kind: 'script'; name: string; directory: string } | { kind: 'cd'; directory: string | undefined };

/** Splits a shell command line into simple commands (at `&&`, `||`, `;`, `|`, `&`, new lines) and words. */
export function splitCommand(command: string): Segment[] {
  const segments: Segment[] = [];
  let words: Word[] = [];
  let word = '';
  let inWord = false;
  let literal = true;
  let segmentStart = 0;
  const endWord = (): void => {
    if (inWord) words.push({ value: word, literal });
    word = '';
    inWord = false;
    literal = true;
  };
  const endSegment = (end: number, next: number): void => {
    endWord();
    if (words.length > 0) segments.push({ words, text: command.slice(segmentStart, end).trim() });
    words = [];
    segmentStart = next;
  };
  for (let index = 0; index < command.length; index++) {
    const char = command.charAt(index);
    if (char === '\\') {
      const next = command.charAt(index + 1);
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      index++;
    } else if (char === "'") {
      const close = command.indexOf("'", index + 1);
      if (close < 0) literal = false;
      word += command.slice(index + 1, close < 0 ? command.length : close);
      inWord = true;
      index = close < 0 ? command.length : close;
    } else if (char === '"') {
      inWord = true;
      let cursor = index + 1;
      for (; cursor < command.length && command.charAt(cursor) !== '"'; cursor++) {
        const inner = command.charAt(cursor);
        if (inner === '\\' && /["\\$`]/.test(command.charAt(cursor + 1))) word += command.charAt(++cursor);
        else {
          if (inner === '$' || inner === '`') literal = false;
          word += inner;
        }
      }
      if (cursor >= command.length) literal = false;
      index = cursor;
    } else if (char === '#' && !inWord) {
      const end = command.indexOf('\n', index);
      index = (end < 0 ? command.length : end) - 1;
    } else if (char === '\n') {
      endSegment(index, index + 1);
    } else if (/\s/.test(char)) {
      endWord();
    } else if (char === ';' || char === '|' || char === '&' || char === '(' || char === ')') {
      // `2>&1` is a redirection, not a separator.
      if (char === '&' && inWord && word.endsWith('>')) {
        word += char;
        continue;
      }
      const end = index;
      while (/[;|&()]/.test(command.charAt(index + 1))) index++;
      endSegment(end, index + 1);
    } else {
      if (char === '$' || char === '`' || char === '*' || char === '?') literal = false;
      word += char;
      inWord = true;
    }
  }
  endSegment(command.length, command.length);
  // Redirections (`> out.log`, `2>&1`) are not arguments.
  for (const segment of segments) {
    const kept: Word[] = [];
    for (let index = 0; index < segment.words.length; index++) {
      const current = segment.words[index];
      if (!current) continue;
      const redirect = /^\d*(?:>>?|<|&>)(.*)$/.exec(current.value);
      if (!redirect) kept.push(current);
      else if (redirect[1] === '') index++;
    }
    segment.words = kept;
  }
  return segments.filter((segment) => segment.words.length > 0);
}

const isOption = (word: Word): boolean => word.value.startsWith('-') && word.value !== '-';

/** What one simple command runs: a file, a package script, or a change of folder; undefined for anything else. */
export function interpret(
  words: readonly Word[],
  cwd: string,
  hasScript: (directory: string, name: string) => boolean,
): Invocation | undefined {
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index];
    if (!word) break;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value) || COMMAND_PREFIXES.has(word.value)) continue;
    if (word.value === 'dotenv') {
      // dotenv-cli: `dotenv -e .env -- node server.js`
      const separator = words.findIndex((other, at) => at > index && other.value === '--');
      if (separator < 0) return undefined;
      index = separator;
      continue;
    }
    break;
  }
  const head = words[index];
  if (!head?.literal) return undefined;
  const program = path.posix.basename(head.value.replace(/\\/g, '/')).replace(/(?<=.)@[^@/]*$/, '');
  const rest = words.slice(index + 1);
  if (program === 'cd') {
    const target = rest[0];
    return { kind: 'cd', directory: target?.literal && !isOption(target) ? path.resolve(cwd, target.value) : undefined };
  }
  const binaryValues = BINARY_RUNNERS[program];
  if (binaryValues) return interpretBinary(rest, binaryValues, cwd, hasScript);
  const manager = PACKAGE_MANAGERS[program];
  if (manager) return interpretPackageManager(rest, manager, cwd, hasScript);
  const runner = FILE_RUNNERS[program];
  if (runner) return interpretFileRunner(rest, runner, cwd, hasScript);
  return undefined;
}

function interpretBinary(
  words: readonly Word[],
  values: readonly string[],
  cwd: string,
  hasScript: (directory: string, name: string) => boolean,
): Invocation | undefined {
  let index = 0;
  for (let word = words[0]; word && isOption(word); word = words[index]) {
    if (word.value === '-c' || word.value === '--call') return undefined;
    index += values.includes(word.value) ? 2 : 1;
  }
  return interpret(words.slice(index), cwd, hasScript);
}

function interpretPackageManager(
  words: readonly Word[],
  manager: PackageManager,
  cwd: string,
  hasScript: (directory: string, name: string) => boolean,
): Invocation | undefined {
  let directory = cwd;
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index];
    if (!word?.literal) return undefined;
    const [option, inlineValue] = word.value.split('=', 2) as [string, string | undefined];
    if (manager.workspace.includes(option)) return undefined;
    if (manager.directory.includes(option)) {
      const value = inlineValue ?? words[++index]?.value;
      if (value === undefined) return undefined;
      directory = path.resolve(cwd, value);
    } else if (!isOption(word)) break;
  }
  const command = words[index]?.value;
  if (command === undefined) return undefined;
  if (manager.run.includes(command)) {
    const name = words.slice(index + 1).find((word) => !isOption(word));
    return name?.literal ? { kind: 'script', name: name.value, directory } : undefined;
  }
  const lifecycle = manager.lifecycle[command];
  if (lifecycle !== undefined) return { kind: 'script', name: lifecycle, directory };
  if (manager.exec.includes(command)) return interpretBinary(words.slice(index + 1), [], directory, hasScript);
  if (manager.bareScripts) {
    if (hasScript(directory, command)) return { kind: 'script', name: command, directory };
    return interpret(words.slice(index), directory, hasScript);
  }
  return undefined;
}

function interpretFileRunner(
  words: readonly Word[],
  runner: FileRunner,
  cwd: string,
  hasScript: (directory: string, name: string) => boolean,
): Invocation | undefined {
  let index = 0;
  const first = words[0];
  if (first && runner.subcommands?.includes(first.value)) index++;
  else if (runner.requireSubcommand) return undefined;
  let directory = cwd;
  for (; index < words.length; index++) {
    const word = words[index];
    if (!word?.literal) return undefined;
    if (word.value === '--') {
      index++;
      break;
    }
    if (!isOption(word)) break;
    const [option, inlineValue] = word.value.split('=', 2) as [string, string | undefined];
    if (runner.inline?.includes(option)) return undefined;
    if (runner.values.includes(option) && inlineValue === undefined) {
      index++;
      if (option === '--cwd') directory = path.resolve(cwd, words[index]?.value ?? '.');
    } else if (option === '--cwd' && inlineValue !== undefined) directory = path.resolve(cwd, inlineValue);
  }
  const target = words[index];
  if (!target?.literal) return undefined;
  const looksLikeFile = /[/\\]/.test(target.value) || /\.[cm]?[jt]sx?$/.test(target.value);
  if (runner.runsScripts && !looksLikeFile) {
    return hasScript(directory, target.value) ? { kind: 'script', name: target.value, directory } : undefined;
  }
  return { kind: 'file', file: path.resolve(directory, target.value) };
}

/** Exec-form words as one shell command line, quoted where needed. */
export function quoteWords(words: readonly Word[]): string {
  return words.map((word) => (/^[\w@%+=:,./-]+$/.test(word.value) ? word.value : `'${word.value.replace(/'/g, `'\\''`)}'`)).join(' ');
}
