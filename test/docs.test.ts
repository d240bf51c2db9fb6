/**
 * Docs test (STYLE.md sections 8 and 9): every page in docs/rules has the generated header,
 * Ruff's sections in the allowed order, an `## Options` section exactly when the rule has
 * options, code blocks that parse, and an example that is true: its first block gets a
 * report of its own rule through ESLint, and the block after "Use instead:" gets none.
 */
import fs from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const root = path.resolve(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs/rules');
const docFiles = fs
  .readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .sort();
const ruleIds = Object.keys(rules).sort();

const SECTIONS = ['What it does', 'Why is this bad?', 'Example', 'Options', 'Known limitations', 'Scanner', 'References'];
const REQUIRED_SECTIONS = ['What it does', 'Why is this bad?', 'Example', 'References'];
const CONFIG_BADGES: [name: keyof typeof plugin.configs, badge: string][] = [
  ['recommended', '✅'],
  ['strict', '🔒'],
  ['all', '🌐'],
];

/**
 * Every example is linted as `<root>/docs-example/server.<ts|js>`, with no settings. The name
 * makes no file headless (it is neither a route handler nor under `pages/api/`), so an example
 * of `no-human-input-in-headless` has to show what makes its code headless (an `express`
 * import, a `createServer` call, an exported `handler`), just as a reader's own file would.
 */
const EXAMPLE_BASE = path.join(root, 'docs-example', 'server');

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
  ts: ts.ScriptKind.TS,
  typescript: ts.ScriptKind.TS,
  js: ts.ScriptKind.JS,
  javascript: ts.ScriptKind.JS,
};

type Item = { kind: 'text'; text: string; line: number } | { kind: 'code'; lang: string; code: string; line: number };

interface Section {
  title: string;
  items: Item[];
}

interface Doc {
  h1: string[];
  /** Lines before the first H2 (the generated header). */
  header: string[];
  sections: Section[];
}

/** Splits a page into its header and H2 sections; headings inside code fences do not count. */
function parseDoc(text: string): Doc {
  const doc: Doc = { h1: [], header: [], sections: [] };
  const lines = text.split('\n');
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  const push = (item: Item): void => {
    const section = doc.sections.at(-1);
    if (section) section.items.push(item);
    else if (item.kind === 'text') doc.header.push(item.text);
  };
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (fence) {
      if (line.trim() === fence.marker) {
        push({ kind: 'code', lang: fence.lang, code: fence.body.join('\n'), line: fence.line });
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      return;
    }
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      fence = { marker: open[1] ?? '```', lang: (open[2] ?? '').toLowerCase(), line: lineNumber, body: [] };
      return;
    }
    const h1 = /^# (.+?)\s*$/.exec(line);
    if (h1?.[1]) doc.h1.push(h1[1]);
    const h2 = /^## (.+?)\s*$/.exec(line);
    if (h2?.[1]) {
      doc.sections.push({ title: h2[1], items: [] });
      return;
    }
    push({ kind: 'text', text: line, line: lineNumber });
  });
  if (fence) throw new Error(`unclosed code fence opened at line ${fence.line}`);
  return doc;
}

function codeBlocks(items: readonly Item[]): Extract<Item, { kind: 'code' }>[] {
  return items.filter((item): item is Extract<Item, { kind: 'code' }> => item.kind === 'code');
}

function getSchemaProperties(id: string): string[] {
  const schema = rules[id as keyof typeof rules].meta.schema as unknown as { properties?: Record<string, unknown> }[] | false | undefined;
  return (Array.isArray(schema) ? schema : []).flatMap((entry) => Object.keys(entry.properties ?? {}));
}

/** TypeScript's syntax errors for a block, as `line:column message`. */
function getSyntaxErrors(code: string, lang: string): string[] {
  const scriptKind = SCRIPT_KINDS[lang] ?? ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(
    `example.${scriptKind === ts.ScriptKind.JS ? 'js' : 'ts'}`,
    code,
    ts.ScriptTarget.Latest,
    true,
    scriptKind,
  );
  const { parseDiagnostics } = sourceFile as unknown as { parseDiagnostics: readonly ts.Diagnostic[] };
  return parseDiagnostics.map((diagnostic) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

const linter = new Linter({ cwd: root });

/** Lints a block with the plugin's recommended config, as a user of the plugin would. */
function lint(code: string, lang: string): Linter.LintMessage[] {
  const isTypeScript = (SCRIPT_KINDS[lang] ?? ts.ScriptKind.TS) === ts.ScriptKind.TS;
  const config = [
    { files: ['**/*.ts', '**/*.js'], ...(isTypeScript ? { languageOptions: { parser: tsParser } } : {}) },
    plugin.configs.recommended,
  ] as Linter.Config[];
  return linter.verify(code, config, { filename: `${EXAMPLE_BASE}.${isTypeScript ? 'ts' : 'js'}` });
}

const format = (message: Linter.LintMessage): string =>
  `${message.line}:${message.column} ${message.ruleId ?? '(fatal)'} ${message.message}`;

it('has exactly one page per rule, and a rule for every page', () => {
  expect(docFiles.map((file) => file.slice(0, -'.md'.length))).toEqual(ruleIds);
});

describe.each(docFiles)('docs/rules/%s', (file) => {
  const id = file.slice(0, -'.md'.length);
  const rule = rules[id as keyof typeof rules] as (typeof rules)[keyof typeof rules] | undefined;
  const doc = parseDoc(fs.readFileSync(path.join(docsDir, file), 'utf8'));
  const titles = doc.sections.map((section) => section.title);
  const getSection = (title: string): Section | undefined => doc.sections.find((section) => section.title === title);

  it('documents a rule of the plugin', () => {
    expect(ruleIds).toContain(id);
  });

  it('starts with the H1 `halting/<file name>` and has no other H1', () => {
    expect(doc.h1).toEqual([`halting/${id}`]);
    expect(doc.header[0]).toBe(`# halting/${id}`);
  });

  it("has the generated header: the rule's description and configs", () => {
    const configs = CONFIG_BADGES.filter(([name]) => plugin.configs[name].rules?.[`halting/${id}`] !== undefined);
    const header = doc.header.map((line) => line.trim()).filter((line) => line !== '');
    expect(header).toEqual([
      `# halting/${id}`,
      `📝 ${rule?.meta.docs?.description ?? ''}.`,
      `💼 This rule is enabled in the following configs: ${configs.map(([name, badge]) => `${badge} \`${name}\``).join(', ')}.`,
      '<!-- end auto-generated rule header -->',
    ]);
  });

  it('uses only the allowed H2 sections, in the allowed order, each once', () => {
    expect(titles.filter((title) => !SECTIONS.includes(title))).toEqual([]);
    expect(titles).toEqual(SECTIONS.filter((title) => titles.includes(title)));
  });

  it('has the required sections', () => {
    for (const title of REQUIRED_SECTIONS) expect(titles).toContain(title);
  });

  it('has `## Options` exactly when the rule has options, with a subsection for each', () => {
    const properties = getSchemaProperties(id);
    const options = getSection('Options');
    expect(options !== undefined).toBe(properties.length > 0);
    if (!options) return;
    const subsections = options.items
      .flatMap((item) => (item.kind === 'text' ? [/^### `([^`]+)`\s*$/.exec(item.text)?.[1]] : []))
      .filter(Boolean);
    expect([...subsections].sort()).toEqual([...properties].sort());
    const text = options.items.map((item) => (item.kind === 'text' ? item.text : '')).join('\n');
    const list = /<!-- begin auto-generated rule options list -->([\s\S]*)<!-- end auto-generated rule options list -->/.exec(text)?.[1];
    expect(list, 'the options list markers').toBeDefined();
    for (const property of properties) expect(list).toContain(`| \`${property}\` |`);
  });

  it('has code blocks that parse', () => {
    const blocks = doc.sections.flatMap((section) => codeBlocks(section.items)).filter((block) => block.lang in SCRIPT_KINDS);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(getSyntaxErrors(block.code, block.lang), `code block at line ${block.line}`).toEqual([]);
    }
  });

  describe('## Example', () => {
    const items = getSection('Example')?.items ?? [];
    const incorrect = codeBlocks(items)[0];
    const useInstead = items.findIndex((item) => item.kind === 'text' && item.text.trim() === 'Use instead:');
    const correct = useInstead === -1 ? undefined : codeBlocks(items.slice(useInstead))[0];

    it('opens with a ts/js block, then "Use instead:" and a second ts/js block', () => {
      expect(incorrect?.lang).toMatch(/^(ts|js)$/);
      expect(correct?.lang).toMatch(/^(ts|js)$/);
      expect(useInstead).toBeGreaterThan(items.indexOf(incorrect as Item));
    });

    it('reports the first block with its own rule', () => {
      if (!incorrect) throw new Error('no example block');
      const messages = lint(incorrect.code, incorrect.lang);
      expect(messages.filter((message) => message.fatal).map(format)).toEqual([]);
      const own = messages.filter((message) => message.ruleId === `halting/${id}`);
      expect(own.length, messages.map(format).join('\n')).toBeGreaterThan(0);
    });

    it('reports nothing in the block after "Use instead:"', () => {
      if (!correct) throw new Error('no "Use instead:" block');
      expect(lint(correct.code, correct.lang).map(format)).toEqual([]);
    });
  });
});
