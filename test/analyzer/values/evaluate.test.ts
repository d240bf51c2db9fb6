import { describe, expect, it } from 'vitest';
import { evaluate, getProperty, type ProjectResolver, type ResolvedImport } from '../../../src/analyzer/values/evaluate.js';
import { getOptions, type Value } from '../../../src/analyzer/values/value.js';
import { findInitializer, parse, ts } from '../parse.js';

/** The parts of a value a test states (no nodes, no sources). */
type Shape =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' | 'undefined' | 'object' | 'function' | 'class' }
  | { kind: 'array'; elements: Shape[]; open: boolean }
  | { kind: 'call'; callee: string | undefined; isNew: boolean }
  | { kind: 'union'; options: Shape[] }
  | { kind: 'unknown'; reason: string };

function shape(value: Value): Shape {
  switch (value.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return { kind: value.kind, value: value.value } as Shape;
    case 'array':
      return { kind: 'array', elements: value.elements.map(shape), open: value.open };
    case 'call':
      return { kind: 'call', callee: value.callee, isNew: value.isNew };
    case 'union':
      return { kind: 'union', options: value.options.map(shape) };
    case 'unknown':
      return { kind: 'unknown', reason: value.reason };
    default:
      return { kind: value.kind };
  }
}

/** Evaluates the initializer of `target` in a snippet, with no project resolver (as in ESLint). */
function evaluateTarget(code: string, resolver?: ProjectResolver): Value {
  const sourceFile = parse(code);
  return evaluate({ ts, resolver }, findInitializer(sourceFile, 'target'));
}

const num = (value: number): Shape => ({ kind: 'number', value });
const str = (value: string): Shape => ({ kind: 'string', value });
const unknown = (reason: string): Shape => ({ kind: 'unknown', reason });
const union = (...options: Shape[]): Shape => ({ kind: 'union', options });

describe('evaluate', () => {
  it.each<[string, string, Shape]>([
    // Literals and well-known globals.
    ['a number', 'const target = 42;', num(42)],
    ['a number with separators', 'const target = 1_000;', num(1000)],
    ['a hex number', 'const target = 0x10;', num(16)],
    ['a string', 'const target = "TERMINATE";', str('TERMINATE')],
    ['a template without substitutions', 'const target = `TERMINATE`;', str('TERMINATE')],
    ['true', 'const target = true;', { kind: 'boolean', value: true }],
    ['false', 'const target = false;', { kind: 'boolean', value: false }],
    ['null', 'const target = null;', { kind: 'null' }],
    ['undefined', 'const target = undefined;', { kind: 'undefined' }],
    ['void 0', 'const target = void 0;', { kind: 'undefined' }],
    ['Infinity', 'const target = Infinity;', num(Infinity)],
    ['NaN', 'const target = NaN;', num(NaN)],
    ['a negative number', 'const target = -1;', num(-1)],
    ['unary plus', 'const target = +5;', num(5)],
    ['-Infinity', 'const target = -Infinity;', num(-Infinity)],
    ['a bigint', 'const target = 10n;', unknown('expression')],
    ['Number.POSITIVE_INFINITY', 'const target = Number.POSITIVE_INFINITY;', num(Infinity)],
    ['Number.NEGATIVE_INFINITY', 'const target = Number.NEGATIVE_INFINITY;', num(-Infinity)],
    ['Number.MAX_SAFE_INTEGER', 'const target = Number.MAX_SAFE_INTEGER;', num(Number.MAX_SAFE_INTEGER)],
    ['Number["MAX_SAFE_INTEGER"]', 'const target = Number["MAX_SAFE_INTEGER"];', num(Number.MAX_SAFE_INTEGER)],
    ['a Number member that is no constant', 'const target = Number.toString;', unknown('global')],
    ['an unknown global', 'const target = someGlobal;', unknown('global')],

    // Shadowed globals are not the globals.
    ['a local object named Number', 'const Number = { POSITIVE_INFINITY: 5 };\nconst target = Number.POSITIVE_INFINITY;', num(5)],
    [
      'a parameter named Number',
      'function f(Number: { MAX_SAFE_INTEGER: number }) { const target = Number.MAX_SAFE_INTEGER; }',
      unknown('parameter'),
    ],
    ['a block const named Infinity', '{ const Infinity = 3; const target = Infinity; }', num(3)],
    ['a parameter named Infinity', 'function f(Infinity: number) { const target = Infinity; }', unknown('parameter')],
    ['a parameter named undefined', 'function f(undefined: number) { const target = undefined; }', unknown('parameter')],
    [
      'a var named Infinity in a nested block (hoisted)',
      'function f(c: boolean) { if (c) { var Infinity = 3; } const target = Infinity; }',
      unknown('mutable'),
    ],
    [
      'a const in another case of the same switch',
      'switch (k) { case 1: const Infinity = 2; break; case 2: const target = Infinity; }',
      num(2),
    ],
    [
      'a local Math',
      'const Math = { min: (a: number, b: number) => a };\nconst target = Math.min(1, 2);',
      { kind: 'call', callee: 'Math.min', isNew: false },
    ],

    // Local bindings.
    ['a const', 'const turns = 5;\nconst target = turns;', num(5)],
    ['a chain of consts', 'const a = 5;\nconst b = a;\nconst c = b;\nconst target = c;', num(5)],
    ['a const of an enclosing scope', 'const limit = 7;\nfunction f() { { const target = limit; } }', num(7)],
    ['an inner const shadowing an outer one', 'const limit = 1;\nfunction f() { const limit = 2; const target = limit; }', num(2)],
    [
      'a member of a nested const object',
      'const LIMITS = { agent: { turns: Infinity } };\nconst target = LIMITS.agent.turns;',
      num(Infinity),
    ],
    ['a let', 'let turns = 5;\nconst target = turns;', unknown('mutable')],
    ['a var', 'var turns = 5;\nconst target = turns;', unknown('mutable')],
    ['a declared const without a value', 'declare const turns: number;\nconst target = turns;', unknown('mutable')],
    ['a parameter', 'function f(turns: number) { const target = turns; }', unknown('parameter')],
    ['a destructured parameter', 'function f({ turns }: { turns: number }) { const target = turns; }', unknown('parameter')],
    ['a catch variable', 'try {} catch (error) { const target = error; }', unknown('mutable')],
    ['process.env.X', 'const target = process.env.MAX_TURNS;', unknown('env')],
    ['process.env["X"]', 'const target = process.env["MAX_TURNS"];', unknown('env')],
    ['process.env[name]', 'const target = process.env[name];', unknown('env')],
    ['a named import without a resolver', 'import { TURNS } from "./limits";\nconst target = TURNS;', unknown('import')],
    ['a default import without a resolver', 'import limits from "./limits";\nconst target = limits.turns;', unknown('import')],
    ['a namespace import without a resolver', 'import * as limits from "./limits";\nconst target = limits.TURNS;', unknown('import')],
    ['a require without a resolver', 'const limits = require("./limits");\nconst target = limits.TURNS;', unknown('import')],

    // Wrappers.
    ['as const', 'const target = 10 as const;', num(10)],
    ['satisfies', 'const target = 10 satisfies number;', num(10)],
    ['parentheses', 'const target = ((10));', num(10)],
    ['a non-null assertion', 'const turns = 10;\nconst target = turns!;', num(10)],
    ['a type assertion', 'const target = <number>10;', num(10)],
    ['a member through as const', 'const LIMITS = { turns: 3 } as const;\nconst target = LIMITS.turns;', num(3)],

    // Conditionals and defaults.
    ['a ternary on an unknown condition', 'function f(c: boolean) { const target = c ? 1 : Infinity; }', union(num(1), num(Infinity))],
    ['a ternary on true', 'const target = true ? 1 : 2;', num(1)],
    ['a ternary on 0', 'const target = 0 ? 1 : 2;', num(2)],
    ['a ternary on a const flag', 'const DEBUG = false;\nconst target = DEBUG ? 1 : 2;', num(2)],
    ['?? on null', 'const target = null ?? 5;', num(5)],
    ['?? on a number', 'const target = 3 ?? 5;', num(3)],
    ['?? on 0 keeps 0', 'const target = 0 ?? 5;', num(0)],
    ['?? on a parameter', 'function f(p?: number) { const target = p ?? 5; }', union(unknown('parameter'), num(5))],
    ['?? drops the nullish options of a union', 'function f(c: boolean) { const target = (c ? null : 5) ?? 10; }', union(num(5), num(10))],
    [
      '?? on a call may take either side',
      'const target = getLimit() ?? 5;',
      union({ kind: 'call', callee: 'getLimit', isNew: false }, num(5)),
    ],
    ['?? on new never takes the right side', 'const target = new Limits() ?? 5;', { kind: 'call', callee: 'Limits', isNew: true }],
    ['|| on 0', 'const target = 0 || 5;', num(5)],
    ['|| on a number', 'const target = 3 || 5;', num(3)],
    ['|| drops the falsy options of a union', 'function f(c: boolean) { const target = (c ? 0 : 5) || 10; }', union(num(5), num(10))],
    ['|| on an env var', 'const target = process.env.MAX_TURNS || 10;', union(unknown('env'), num(10))],

    // Math and arithmetic.
    ['Math.min', 'const target = Math.min(10, 20);', num(10)],
    ['Math.max with Infinity', 'const target = Math.max(1, Infinity);', num(Infinity)],
    ['Math.min through consts', 'const A = 5;\nconst B = 9;\nconst target = Math.min(A, B);', num(5)],
    ['Math.min with an unknown argument', 'function f(p: number) { const target = Math.min(p, 10); }', unknown('parameter')],
    ['Math.max with a non-number', 'const target = Math.max("a", 1);', unknown('call')],
    ['multiplication', 'const target = 10 * 60;', num(600)],
    ['exponentiation', 'const target = 2 ** 10;', num(1024)],
    ['subtraction and division', 'const target = (100 - 40) / 2;', num(30)],
    ['division by zero', 'const target = 1 / 0;', num(Infinity)],
    ['arithmetic on consts', 'const MINUTE = 60;\nconst target = MINUTE * 5;', num(300)],
    ['arithmetic on a parameter keeps the reason', 'function f(seconds: number) { const target = seconds * 1000; }', unknown('parameter')],
    ['a negated parameter', 'function f(p: number) { const target = -p; }', unknown('parameter')],
    ['string concatenation', 'const target = "TERMI" + "NATE";', str('TERMINATE')],
    ['string concatenation through a const', 'const WORD = "TERM";\nconst target = WORD + "INATE";', str('TERMINATE')],
    ['a string plus a number', 'const target = "a" + 1;', unknown('expression')],
    ['a comparison', 'const target = 1 < 2;', unknown('expression')],
    ['a template with substitutions', 'const target = `${1}`;', unknown('expression')],

    // Enums.
    ['an auto-numbered enum member', 'enum Step { A, B, C }\nconst target = Step.C;', num(2)],
    ['auto-numbering after an initializer', 'enum Step { A = 5, B }\nconst target = Step.B;', num(6)],
    ['a string enum member', 'enum Mode { ALWAYS = "ALWAYS", NEVER = "NEVER" }\nconst target = Mode.ALWAYS;', str('ALWAYS')],
    ['an enum member by element access', 'enum Mode { ALWAYS = "ALWAYS" }\nconst target = Mode["ALWAYS"];', str('ALWAYS')],
    ['a const enum member', 'const enum Limit { Turns = 10 }\nconst target = Limit.Turns;', num(10)],
    ['an enum member named bare inside its enum', 'enum Limit { Base = 10, Double = Base * 2, Next }\nconst target = Limit.Next;', num(21)],
    ['an enum member through its enum', 'enum Limit { Base = 10, Double = Limit.Base * 2 }\nconst target = Limit.Double;', num(20)],
    [
      'a member name wins over an outer const',
      'const Base = 99;\nenum Limit { Base = 10, Copy = Base }\nconst target = Limit.Copy;',
      num(10),
    ],
    ['auto-numbering after a string member', 'enum Mixed { A = "a", B = 5, C }\nconst target = Mixed.C;', num(6)],
    ['a missing member of an enum', 'enum Mode { ALWAYS = "ALWAYS" }\nconst target = Mode.SOMETIMES;', { kind: 'undefined' }],
    [
      'an enum merged with a namespace',
      'enum Mode { A = 1 }\nnamespace Mode { export const B = 2; }\nconst target = Mode.B;',
      unknown('mutable'),
    ],

    // Destructuring.
    ['a destructured const', 'const LIMITS = { turns: 10 };\nconst { turns } = LIMITS;\nconst target = turns;', num(10)],
    [
      'a renamed destructured const',
      'const LIMITS = { turns: 10 };\nconst { turns: maxTurns } = LIMITS;\nconst target = maxTurns;',
      num(10),
    ],
    [
      'a quoted destructured key',
      'const LIMITS = { turns: 10 };\nconst { "turns": maxTurns } = LIMITS;\nconst target = maxTurns;',
      num(10),
    ],
    [
      'a nested destructured const',
      'const LIMITS = { agent: { turns: 4 } };\nconst { agent: { turns } } = LIMITS;\nconst target = turns;',
      num(4),
    ],
    [
      'a destructured const with a default',
      'const LIMITS = { turns: 10 };\nconst { turns = 5 } = LIMITS;\nconst target = turns;',
      unknown('mutable'),
    ],
    [
      'a computed destructured key',
      'const LIMITS = { turns: 10 };\nconst { [key]: turns } = LIMITS;\nconst target = turns;',
      unknown('mutable'),
    ],
    ['a destructured let', 'const LIMITS = { turns: 10 };\nlet { turns } = LIMITS;\nconst target = turns;', unknown('mutable')],
    [
      'a destructured key the object lacks',
      'const LIMITS = { turns: 10 };\nconst { steps } = LIMITS;\nconst target = steps;',
      { kind: 'undefined' },
    ],
    ['a member of Object.freeze', 'const LIMITS = Object.freeze({ turns: 3 });\nconst target = LIMITS.turns;', num(3)],

    // Functions, classes, calls.
    ['a function declaration', 'function isDone() { return true; }\nconst target = isDone;', { kind: 'function' }],
    ['an arrow function', 'const target = () => true;', { kind: 'function' }],
    ['a function expression', 'const target = function () { return true; };', { kind: 'function' }],
    ['an arrow through a const', 'const isDone = () => true;\nconst target = isDone;', { kind: 'function' }],
    ['a method of an object', 'const handlers = { isDone() { return true; } };\nconst target = handlers.isDone;', { kind: 'function' }],
    ['a class', 'class Agent {}\nconst target = Agent;', { kind: 'class' }],
    ['new', 'const target = new AbortController();', { kind: 'call', callee: 'AbortController', isNew: true }],
    ['a call', 'const target = stepCountIs(5);', { kind: 'call', callee: 'stepCountIs', isNew: false }],
    ['a member call', 'const target = AbortSignal.timeout(1000);', { kind: 'call', callee: 'AbortSignal.timeout', isNew: false }],
    ['a call of a computed callee', 'const target = handlers[name]();', { kind: 'call', callee: undefined, isNew: false }],

    // Arrays.
    ['an array', 'const target = [1, "a"];', { kind: 'array', elements: [num(1), str('a')], open: false }],
    [
      'an array with a known spread',
      'const BASE = [1];\nconst target = [...BASE, 2];',
      { kind: 'array', elements: [num(1), num(2)], open: false },
    ],
    [
      'an array with an unknown spread',
      'function f(rest: number[]) { const target = [1, ...rest]; }',
      { kind: 'array', elements: [num(1)], open: true },
    ],

    // Cycles: unknown at once, no hang, no throw.
    ['two consts naming each other', 'const a = b;\nconst b = a;\nconst target = a;', unknown('depth')],
    ['a const naming itself', 'const a = a;\nconst target = a;', unknown('depth')],
    ['an object reading its own key', 'const o = { a: o.a };\nconst target = o.a;', unknown('depth')],
    ['an enum member reading itself', 'enum E { A = E.A }\nconst target = E.A;', unknown('expression')],
    ['a cycle through arithmetic', 'const a = b + 1;\nconst b = a * 2;\nconst target = a;', unknown('depth')],
  ])('%s', (_name, code, expected) => {
    expect(shape(evaluateTarget(code))).toEqual(expected);
  });

  it('cuts a self-referencing array with many elements at once', () => {
    const value = evaluateTarget(`const a = [${'a, '.repeat(12)}];\nconst target = a;`);
    expect(value.kind).toBe('array');
    expect(shape(value)).toEqual({ kind: 'array', elements: Array.from({ length: 12 }, () => unknown('depth')), open: false });
  });

  it('evaluates a const read many times once (no exponential work)', () => {
    // Each level names the one below eight times: 8^20 reads without memory.
    const lines = ['const v0 = 1;'];
    for (let index = 1; index <= 20; index++)
      lines.push(`const v${index} = Math.max(${Array.from({ length: 8 }, () => `v${index - 1}`).join(', ')});`);
    lines.push('const target = v10;');
    expect(shape(evaluateTarget(lines.join('\n')))).toEqual(num(1));
  });

  it.each<[string, string]>([
    ['nested parentheses and additions', `const target = ${'('.repeat(200)}1${' + 1)'.repeat(200)};`],
    ['a long member chain', `const target = a${'.b'.repeat(2000)};`],
    ['deeply nested objects', `const o = ${'{ a: '.repeat(100)}1${' }'.repeat(100)};\nconst target = o${'.a'.repeat(100)};`],
    [
      'a long chain of consts',
      `${Array.from({ length: 100 }, (_, index) => `const c${index + 1} = c${index};`).join('\n')}\nconst c0 = 1;\nconst target = c100;`,
    ],
  ])('returns unknown "depth" for %s', (_name, code) => {
    expect(shape(evaluateTarget(code))).toEqual(unknown('depth'));
  });

  it('keeps the options it reached in deeply nested ternaries, and an unknown "depth" for the rest', () => {
    const value = evaluateTarget(`function f(c: boolean) { const target = ${'c ? 1 : '.repeat(100)}2; }`);
    const options = getOptions(value).map(shape);
    expect(options.at(-1)).toEqual(unknown('depth'));
    expect(options.filter((option) => option.kind !== 'unknown')).toEqual(Array.from({ length: 24 }, () => num(1)));
  });
});

describe('evaluate: objects', () => {
  /** The values of some keys of the object `target` evaluates to. */
  function keysOf(code: string, keys: readonly string[]): Record<string, Shape> {
    const value = evaluateTarget(code);
    expect(value.kind).toBe('object');
    return Object.fromEntries(keys.map((key) => [key, shape(getProperty(value, key))]));
  }

  it.each<[string, string, Record<string, Shape>]>([
    [
      'literal keys',
      'const target = { turns: 10, mode: "NEVER", "quoted-key": true };',
      { turns: num(10), mode: str('NEVER'), 'quoted-key': { kind: 'boolean', value: true } },
    ],
    ['a key the object lacks is undefined', 'const target = { turns: 10 };', { steps: { kind: 'undefined' } }],
    ['the last of two equal keys wins', 'const target = { turns: 1, turns: 2 };', { turns: num(2) }],
    ['a shorthand key', 'const turns = 10;\nconst target = { turns };', { turns: num(10) }],
    ['a computed string key', 'const target = { ["turns"]: 5 };', { turns: num(5) }],
    [
      'a key after a spread wins',
      'const BASE = { turns: 10, steps: 5 };\nconst target = { ...BASE, turns: 20 };',
      { turns: num(20), steps: num(5) },
    ],
    ['a spread after a key wins', 'const BASE = { turns: 10 };\nconst target = { turns: 20, ...BASE };', { turns: num(10) }],
    [
      'nested spreads',
      'const A = { turns: 1 };\nconst B = { ...A, steps: 2 };\nconst target = { ...B, mode: "x" };',
      { turns: num(1), steps: num(2), mode: str('x') },
    ],
    [
      'an unknown spread after a key makes it unknown',
      'function f(overrides: object) { const target = { turns: 20, ...overrides }; }',
      { turns: unknown('expression') },
    ],
    [
      'a key after an unknown spread is known',
      'function f(overrides: object) { const target = { ...overrides, turns: 20 }; }',
      { turns: num(20), steps: unknown('expression') },
    ],
    ['spreading undefined adds nothing', 'const target = { turns: 20, ...undefined };', { turns: num(20), steps: { kind: 'undefined' } }],
    [
      'an unknown computed key makes earlier keys unknown',
      'function f(key: string) { const target = { turns: 1, [key]: 2 }; }',
      { turns: unknown('expression') },
    ],
    [
      'a key after an unknown computed key is known',
      'function f(key: string) { const target = { [key]: 2, turns: 1 }; }',
      { turns: num(1) },
    ],
    ['as const', 'const target = { turns: 3 } as const;', { turns: num(3) }],
    ['satisfies', 'const target = { turns: 3 } satisfies { turns: number };', { turns: num(3) }],
    ['Object.freeze', 'const target = Object.freeze({ turns: 3 });', { turns: num(3) }],
    ['a method', 'const target = { isDone() { return true; } };', { isDone: { kind: 'function' } }],
    ['a getter is unknown', 'const target = { get turns() { return 3; } };', { turns: unknown('expression') }],
    ['an enum', 'enum Mode { ALWAYS = "ALWAYS", NEVER = "NEVER" }\nconst target = Mode;', { ALWAYS: str('ALWAYS'), NEVER: str('NEVER') }],
  ])('%s', (_name, code, expected) => {
    expect(keysOf(code, Object.keys(expected))).toEqual(expected);
  });

  it('reads a key of each object of a union', () => {
    const value = evaluateTarget('function f(c: boolean) { const target = (c ? { turns: 1 } : { turns: Infinity }).turns; }');
    expect(shape(value)).toEqual(union(num(1), num(Infinity)));
  });

  it('records where a value was written', () => {
    const value = evaluateTarget('const LIMITS = {\n  turns: Infinity,\n};\nconst target = LIMITS.turns;');
    const source = value.kind === 'number' ? value.source : undefined;
    expect(source?.sourceFile.getLineAndCharacterOfPosition(source.node.getStart()).line).toBe(1);
  });
});

describe('evaluate: with a project resolver', () => {
  const limits = parse(
    [
      'export const TURNS = Infinity;',
      'export enum Mode { ALWAYS = "ALWAYS", NEVER = "NEVER" }',
      'const steps = 5;',
      'export { steps as STEPS };',
      'export let mutable = 3;',
      'export default { turns: 3 };',
    ].join('\n'),
    'limits.ts',
  );
  const files = new Map<string, ts.SourceFile>([['./limits', limits]]);

  /** A fake resolver over `files`: local exports and `export { a as b }` only. */
  const resolver: ProjectResolver = {
    resolveImport(_fromFile, module, imported) {
      const file = files.get(module);
      if (!file) return undefined;
      if (imported === '*') return { kind: 'module', sourceFile: file };
      return this.resolveExport(file, imported);
    },
    resolveExport(file, name): ResolvedImport | undefined {
      const local = (wanted: string): ResolvedImport | undefined => {
        for (const statement of file.statements) {
          if (ts.isVariableStatement(statement)) {
            const declaration = statement.declarationList.declarations.find((candidate) => candidate.name.getText() === wanted);
            if (declaration) return { kind: 'declaration', node: declaration };
          }
          if ((ts.isEnumDeclaration(statement) || ts.isFunctionDeclaration(statement)) && statement.name?.text === wanted) {
            return { kind: 'declaration', node: statement };
          }
        }
        return undefined;
      };
      for (const statement of file.statements) {
        if (ts.isExportAssignment(statement) && name === 'default') return { kind: 'expression', node: statement.expression };
        if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
          const element = statement.exportClause.elements.find((candidate) => candidate.name.text === name);
          if (element) return local((element.propertyName ?? element.name).text);
        }
      }
      return local(name);
    },
  };

  it.each<[string, string, Shape]>([
    ['an imported const', 'import { TURNS } from "./limits";\nconst target = TURNS;', num(Infinity)],
    ['a renamed import', 'import { TURNS as MAX } from "./limits";\nconst target = MAX;', num(Infinity)],
    ['a member of a namespace import', 'import * as limits from "./limits";\nconst target = limits.TURNS;', num(Infinity)],
    ['an imported enum member', 'import { Mode } from "./limits";\nconst target = Mode.ALWAYS;', str('ALWAYS')],
    ['an enum member through a namespace import', 'import * as limits from "./limits";\nconst target = limits.Mode.NEVER;', str('NEVER')],
    ['a re-exported local', 'import { STEPS } from "./limits";\nconst target = STEPS;', num(5)],
    ['a key of the default export', 'import limits from "./limits";\nconst target = limits.turns;', num(3)],
    ['an imported let', 'import { mutable } from "./limits";\nconst target = mutable;', unknown('mutable')],
    [
      'a name the resolver cannot find in a namespace',
      'import * as limits from "./limits";\nconst target = limits.MISSING;',
      unknown('expression'),
    ],
    ['an import of a package', 'import { TURNS } from "some-package";\nconst target = TURNS;', unknown('import')],
    ['an imported const in arithmetic', 'import { STEPS } from "./limits";\nconst target = STEPS * 2;', num(10)],
  ])('%s', (_name, code, expected) => {
    expect(shape(evaluateTarget(code, resolver))).toEqual(expected);
  });

  it('records the other file as the source of an imported value', () => {
    const value = evaluateTarget('import { TURNS } from "./limits";\nconst target = TURNS;', resolver);
    expect(value.kind === 'number' ? value.source?.sourceFile.fileName : undefined).toBe('limits.ts');
  });
});
