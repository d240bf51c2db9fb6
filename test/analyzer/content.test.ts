import { describe, expect, it } from 'vitest';
import { collectContentUses } from '../../src/analyzer/content.js';
import type { ContentUseFact } from '../../src/analyzer/facts.js';
import { findFunction, parse, ts } from './parse.js';

type Use = Omit<ContentUseFact, 'range'>;

/** The uses found in the snippet's first (outermost) function, without their ranges. */
function usesOf(code: string): Use[] {
  return collectContentUses(ts, findFunction(parse(code))).map(({ expression, operation, nullHandled, listHandled, listOutcome }) => ({
    expression,
    operation,
    nullHandled,
    listHandled,
    listOutcome,
  }));
}

/** A use; by default null and lists unhandled and a method quietly false on a list. */
function use(expression: string, operation: string, flags: Partial<Pick<Use, 'nullHandled' | 'listHandled' | 'listOutcome'>> = {}): Use {
  return { expression, operation, nullHandled: false, listHandled: false, listOutcome: 'false', ...flags };
}

describe('collectContentUses', () => {
  it.each<[string, string, Use[]]>([
    // Plain reads.
    ['.includes on msg.content', '(msg) => msg.content.includes("TERMINATE")', [use('msg.content', '.includes()')]],
    ['a function declaration', 'function isDone(msg) { return msg.content.includes("TERMINATE"); }', [use('msg.content', '.includes()')]],
    [
      '.endsWith by element access (throws on a list)',
      '(msg) => msg["content"].endsWith("TERMINATE")',
      [use('msg["content"]', '.endsWith()', { listOutcome: 'throws' })],
    ],
    [
      'a chained string method reports the first',
      '(msg) => msg.content.trim().endsWith("TERMINATE")',
      [use('msg.content', '.trim()', { listOutcome: 'throws' })],
    ],
    [
      '.toLowerCase',
      '(msg) => msg.content.toLowerCase().includes("terminate")',
      [use('msg.content', '.toLowerCase()', { listOutcome: 'throws' })],
    ],
    ['.indexOf', '(msg) => msg.content.indexOf("TERMINATE") >= 0', [use('msg.content', '.indexOf()')]],
    [
      'two uses',
      '(msg) => msg.content.includes("A") || msg.content.endsWith("B")',
      [use('msg.content', '.includes()'), use('msg.content', '.endsWith()', { listOutcome: 'throws' })],
    ],
    ['a non-null assertion is no guard', '(msg) => msg.content!.includes("TERMINATE")', [use('msg.content', '.includes()')]],

    // Optional chaining.
    ['msg?.content?.includes', '(msg) => msg?.content?.includes("TERMINATE")', [use('msg?.content', '.includes()', { nullHandled: true })]],
    ['msg.content?.includes', '(msg) => msg.content?.includes("TERMINATE")', [use('msg.content', '.includes()', { nullHandled: true })]],
    [
      'msg.content?.trim().endsWith',
      '(msg) => msg.content?.trim().endsWith("TERMINATE")',
      [use('msg.content', '.trim()', { nullHandled: true, listOutcome: 'throws' })],
    ],

    // Destructuring and aliases.
    ['a destructured parameter', '({ content }) => content.includes("TERMINATE")', [use('content', '.includes()')]],
    ['a destructuring default is not null-safe', '({ content = "" }) => content.includes("TERMINATE")', [use('content', '.includes()')]],
    [
      'a destructured const',
      '(msg) => { const { content } = msg; return content.includes("TERMINATE"); }',
      [use('content', '.includes()')],
    ],
    [
      'a renamed destructured const',
      '(msg) => { const { content: text } = msg; return text.includes("TERMINATE"); }',
      [use('text', '.includes()')],
    ],
    [
      'a renamed destructured const with a default',
      '(msg) => { const { content: text = "" } = msg; return text.includes("TERMINATE"); }',
      [use('text', '.includes()')],
    ],
    ['an alias', '(msg) => { const c = msg.content; return c.includes("TERMINATE"); }', [use('c', '.includes()')]],
    [
      'an alias through as',
      '(msg) => { const text = msg.content as string; return text.includes("TERMINATE"); }',
      [use('text', '.includes()')],
    ],
    [
      'an alias with ?? "" is null-safe, not list-safe',
      '(msg) => { const c = msg.content ?? ""; return c.includes("TERMINATE"); }',
      [use('c', '.includes()', { nullHandled: true })],
    ],
    [
      'an alias with || "" is null-safe',
      '(msg) => { const c = msg.content || ""; return c.endsWith("TERMINATE"); }',
      [use('c', '.endsWith()', { nullHandled: true, listOutcome: 'throws' })],
    ],
    [
      '(content ?? "") inline',
      '(msg) => (msg.content ?? "").includes("TERMINATE")',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    ['a reassigned alias is ignored', '(msg) => { let c = msg.content; c = String(c); return c.includes("TERMINATE"); }', []],

    // Guards in the same expression.
    [
      'typeof === "string" &&',
      '(msg) => typeof msg.content === "string" && msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()', { nullHandled: true, listOutcome: 'skipped' })],
    ],
    [
      'a truthiness check &&',
      '(msg) => msg.content && msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      '!! &&',
      '(msg) => !!msg.content && msg.content.trim().endsWith("TERMINATE")',
      [use('msg.content', '.trim()', { nullHandled: true, listOutcome: 'throws' })],
    ],
    [
      '!= null &&',
      '(msg) => msg.content != null && msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      '!= undefined && (loose: null too)',
      '(msg) => msg.content != undefined && msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      'a guard on another message does not count',
      '(a, b) => b.content != null && a.content.includes("TERMINATE")',
      [use('a.content', '.includes()')],
    ],
    [
      'a ternary on truthiness',
      '(msg) => msg.content ? msg.content.includes("TERMINATE") : false',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      'a ternary on == null',
      '(msg) => msg.content == null ? false : msg.content.endsWith("TERMINATE")',
      [use('msg.content', '.endsWith()', { nullHandled: true, listOutcome: 'throws' })],
    ],
    [
      'a use in the true branch of == null is unguarded',
      '(msg) => msg.content == null ? msg.content.includes("X") : false',
      [use('msg.content', '.includes()')],
    ],
    [
      '!Array.isArray in a ternary handles lists, not null',
      '(msg) => Array.isArray(msg.content) ? false : msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()', { listHandled: true })],
    ],

    // Guards by statements.
    [
      'if (typeof c !== "string") return false',
      '(msg) => { const c = msg.content; if (typeof c !== "string") return false; return c.includes("TERMINATE"); }',
      [use('c', '.includes()', { nullHandled: true, listOutcome: 'skipped' })],
    ],
    [
      'if (!c) return false',
      '(msg) => { const c = msg.content; if (!c) return false; return c.includes("TERMINATE"); }',
      [use('c', '.includes()', { nullHandled: true })],
    ],
    [
      'if (c == null) return false',
      '(msg) => { const c = msg.content; if (c == null) return false; return c.includes("TERMINATE"); }',
      [use('c', '.includes()', { nullHandled: true })],
    ],
    [
      'if (c == null) { return false; }',
      '(msg) => { const c = msg.content; if (c == null) { return false; } return c.includes("TERMINATE"); }',
      [use('c', '.includes()', { nullHandled: true })],
    ],
    [
      'if (!msg.content) throw',
      '(msg) => { if (!msg.content) throw new Error("empty"); return msg.content.includes("TERMINATE"); }',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      'an if that does not exit is no guard',
      '(msg) => { if (!msg.content) { log(msg); } return msg.content.includes("TERMINATE"); }',
      [use('msg.content', '.includes()')],
    ],
    [
      'inside if (typeof === "string")',
      '(msg) => { if (typeof msg.content === "string") { return msg.content.includes("TERMINATE"); } return false; }',
      [use('msg.content', '.includes()', { nullHandled: true, listOutcome: 'skipped' })],
    ],
    [
      'inside if (c != null)',
      '(msg) => { const c = msg.content; if (c != null) { return c.includes("TERMINATE"); } return false; }',
      [use('c', '.includes()', { nullHandled: true })],
    ],
    [
      'inside if (msg.content)',
      '(msg) => { if (msg.content) return msg.content.includes("TERMINATE"); return false; }',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      'an Array.isArray branch before the use',
      '(msg) => { const c = msg.content; if (Array.isArray(c)) return c.some((part) => part.type === "text" && part.text.includes("TERMINATE")); return typeof c === "string" && c.includes("TERMINATE"); }',
      [use('c', '.includes()', { nullHandled: true, listHandled: true, listOutcome: 'skipped' })],
    ],
    [
      'an early exit on null or a list',
      '(msg) => { if (msg.content == null || Array.isArray(msg.content)) return false; return msg.content.includes("TERMINATE"); }',
      [use('msg.content', '.includes()', { nullHandled: true, listHandled: true })],
    ],

    // Not string uses of content.
    ['JSON.stringify first', '(msg) => JSON.stringify(msg.content).includes("TERMINATE")', []],
    ['a helper first', '(msg) => toText(msg.content).includes("TERMINATE")', []],
    ['String() first', '(msg) => String(msg.content).includes("TERMINATE")', []],
    ['a template first', '(msg) => `${msg.content}`.includes("TERMINATE")', []],
    ['typeof content === "string" alone', '(msg) => typeof msg.content === "string"', []],
    ['a comparison with another content', '(a, b) => { const content = b.content; return a.content === content; }', []],
    ['a comparison with ""', '(msg) => msg.content === ""', []],
    ['no content at all', '(msg) => msg.role === "assistant" && msg.name.includes("critic")', []],

    // Regexes and comparisons: null is harmless.
    ['a regex test', '(msg) => /DONE/.test(msg.content)', [use('msg.content', 'RegExp#test', { nullHandled: true })]],
    ['a regex exec', '(msg) => /DONE/.exec(msg.content) !== null', [use('msg.content', 'RegExp#exec', { nullHandled: true })]],
    ['=== a string', '(msg) => msg.content === "TERMINATE"', [use('msg.content', '=== "TERMINATE"', { nullHandled: true })]],
    ['a string !== content', '(msg) => "TERMINATE" !== msg.content', [use('msg.content', '!== "TERMINATE"', { nullHandled: true })]],

    // Nested callbacks read the same content.
    [
      'a use in a nested callback',
      '(messages) => messages.some((m) => m.content.includes("TERMINATE"))',
      [use('m.content', '.includes()')],
    ],
    [
      'an optional use in a nested callback',
      '(messages) => messages.some((m) => m.content?.includes("TERMINATE"))',
      [use('m.content', '.includes()', { nullHandled: true })],
    ],
    [
      'a guard inside the nested callback',
      '(messages) => messages.some((m) => typeof m.content === "string" && m.content.endsWith("TERMINATE"))',
      [use('m.content', '.endsWith()', { nullHandled: true, listOutcome: 'skipped' })],
    ],
    [
      'an Array.isArray branch after a typeof branch that returns',
      '(msg) => { const c = msg.content; if (typeof c === "string") return c.endsWith("TERMINATE"); if (Array.isArray(c)) return c.some((part) => part.text === "TERMINATE"); return false; }',
      [use('c', '.endsWith()', { nullHandled: true, listHandled: true, listOutcome: 'skipped' })],
    ],
    [
      'a strict undefined check lets null through',
      '(msg) => msg.content !== undefined && msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()')],
    ],
    [
      'typeof !== "undefined" lets null through',
      '(msg) => { if (typeof msg.content === "undefined") return false; return msg.content.includes("TERMINATE"); }',
      [use('msg.content', '.includes()')],
    ],
    [
      'a loose undefined check handles null',
      '(msg) => msg.content != undefined && msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      'a guard on an alias holds for an alias of it',
      '(msg) => { const c = msg.content; if (!c) return false; const d = c; return d.includes("TERMINATE"); }',
      [use('d', '.includes()', { nullHandled: true })],
    ],
    [
      'a truthy longer chain proves its prefix (msg.content?.length)',
      '(msg) => msg.content?.length && msg.content.includes("TERMINATE")',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
    [
      'an early exit followed by an empty else',
      '(msg) => { if (!msg.content) { return false; } else { } return msg.content.includes("TERMINATE"); }',
      [use('msg.content', '.includes()', { nullHandled: true })],
    ],
  ])('%s', (_name, code, expected) => {
    expect(usesOf(code)).toEqual(expected);
  });

  it('gives the range of the method access', () => {
    const code = '(msg) => msg.content.includes("TERMINATE")';
    const [found] = collectContentUses(ts, findFunction(parse(code)));
    expect(found && code.slice(found.range.start, found.range.end)).toBe('msg.content.includes');
  });

  it('finds nothing in a function without a body', () => {
    expect(usesOf('declare function isDone(msg: { content: string }): boolean;')).toEqual([]);
  });
});

describe('collectContentUses with text paths (content of parts)', () => {
  /** The uses found with `textPaths`, without their ranges. */
  function textUsesOf(code: string): Use[] {
    return collectContentUses(ts, findFunction(parse(code)), { textPaths: true }).map(
      ({ expression, operation, nullHandled, listHandled, listOutcome }) => ({
        expression,
        operation,
        nullHandled,
        listHandled,
        listOutcome,
      }),
    );
  }
  const text = (expression: string, operation: string, flags: Partial<Pick<Use, 'nullHandled' | 'listOutcome'>> = {}): Use =>
    use(expression, operation, { listHandled: true, ...flags });

  it.each<[string, string, Use[]]>([
    [
      'plain hops to the first part text',
      '(event) => event.content.parts[0].text.includes("DONE")',
      [text('event.content.parts[0].text', '.includes()')],
    ],
    [
      'every hop optional',
      '(event) => event.content?.parts?.[0]?.text?.includes("DONE")',
      [text('event.content?.parts?.[0]?.text', '.includes()', { nullHandled: true })],
    ],
    [
      'optional hops but a plain call on the text',
      '(event) => event.content?.parts?.[0]?.text.endsWith("DONE")',
      [text('event.content?.parts?.[0]?.text', '.endsWith()', { listOutcome: 'throws' })],
    ],
    [
      'a comparison does not cover the hops',
      '(event) => event.content.parts[0].text === "DONE"',
      [text('event.content.parts[0].text', '=== "DONE"')],
    ],
    [
      'a default covers the text, not the hops',
      '(event) => (event.content.parts[0].text ?? "").includes("DONE")',
      [text('event.content.parts[0].text', '.includes()')],
    ],
    [
      'a default after optional hops',
      '(event) => (event.content?.parts?.[0]?.text ?? "").includes("DONE")',
      [text('event.content?.parts?.[0]?.text', '.includes()', { nullHandled: true })],
    ],
    [
      'non-null assertions are no guard',
      '(event) => event.content!.parts![0]!.text!.includes("DONE")',
      [text('event.content!.parts![0]!.text', '.includes()')],
    ],
    [
      'a typeof guard on the whole path',
      '(event) => typeof event.content?.parts?.[0]?.text === "string" && event.content.parts[0].text.includes("DONE")',
      [text('event.content.parts[0].text', '.includes()', { nullHandled: true, listOutcome: 'skipped' })],
    ],
    [
      'an early return on the part guards every hop before it',
      '(event) => { if (!event.content?.parts?.[0]) return false; return event.content.parts[0].text?.includes("DONE"); }',
      [text('event.content.parts[0].text', '.includes()', { nullHandled: true })],
    ],
    [
      'a guard on the parts leaves the part unproven',
      '(event) => !!event.content?.parts && event.content.parts[0].text?.includes("DONE")',
      [text('event.content.parts[0].text', '.includes()')],
    ],
    [
      'joined texts behind a guard on the parts',
      '(event) => !!event.content?.parts && event.content.parts.map((part) => part.text).join("").endsWith("DONE")',
      [text('event.content.parts.map((part) => part.text).join("")', '.endsWith()', { nullHandled: true, listOutcome: 'throws' })],
    ],
    [
      'joined texts through optional hops can be undefined',
      '(event) => event.content?.parts?.map(({ text }) => text).join("").includes("DONE")',
      [text('event.content?.parts?.map(({ text }) => text).join("")', '.includes()')],
    ],
    [
      'an alias of the text behind a typeof guard',
      '(event) => { const said = event.content?.parts?.[0]?.text; return typeof said === "string" && said.includes("DONE"); }',
      [text('said', '.includes()', { nullHandled: true, listOutcome: 'skipped' })],
    ],
    ['content itself is no string there', '(event) => event.content.includes("DONE")', []],
    ['a destructured content is no string either', '({ content }) => content.includes("DONE")', []],
    ['a map that is not over the text', '(event) => event.content.parts.map((part) => part.role).join("").includes("DONE")', []],
    ['a helper that takes the event', '(event) => stringifyContent(event).includes("DONE")', []],
  ])('%s', (_name, code, expected) => {
    expect(textUsesOf(code)).toEqual(expected);
  });

  it('leaves text paths alone without the option', () => {
    expect(usesOf('(event) => event.content.parts[0].text.includes("DONE")')).toEqual([]);
  });
});
