import { describe, expect, it } from 'vitest';
import { evaluate, type CallFrame } from '../../../src/analyzer/values/evaluate.js';
import { getOptions, type Value } from '../../../src/analyzer/values/value.js';
import { findInitializer, parse, ts } from '../parse.js';

/** A value without nodes: the kind, and the literal for primitives. */
function describeValue(value: Value): string {
  return getOptions(value)
    .map((option) => {
      switch (option.kind) {
        case 'number':
        case 'string':
        case 'boolean':
          return `${option.kind} ${String(option.value)}`;
        case 'unknown':
          return `unknown (${option.reason})`;
        case 'call':
          return `call ${option.callee ?? '?'}`;
        default:
          return option.kind;
      }
    })
    .join(' | ');
}

/**
 * Evaluates `probe` (declared inside the snippet's functions) with a frame for each function
 * named in `chain`, entered by the top-level (or enclosing) call of that name.
 */
function evaluateProbe(code: string, chain: readonly string[]): string {
  const sourceFile = parse(code);
  const frames = new Map<ts.Node, CallFrame>();
  const functions = new Map<string, ts.FunctionDeclaration>();
  const calls = new Map<string, ts.CallExpression>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name) functions.set(node.name.text, node);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && !calls.has(node.expression.text))
      calls.set(node.expression.text, node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  for (const name of chain) {
    const fn = functions.get(name);
    const call = calls.get(name);
    if (!fn || !call) throw new Error(`no function or call \`${name}\` in the snippet`);
    frames.set(fn, { call });
  }
  return describeValue(evaluate({ ts, resolver: undefined, frames }, findInitializer(sourceFile, 'probe')));
}

describe('parameters inside a call chain', () => {
  it.each([
    ['a positional argument', 'function helper(a) { const probe = a; }\nhelper(5);', 'number 5'],
    ['a missing argument is undefined', 'function helper(a, b) { const probe = b; }\nhelper(5);', 'undefined'],
    ['a missing argument takes the default', 'function helper(a, b = 10) { const probe = b; }\nhelper(5);', 'number 10'],
    ['an undefined argument takes the default', 'function helper(a = 10) { const probe = a; }\nhelper(undefined);', 'number 10'],
    ['a given argument beats the default', 'function helper(a = 10) { const probe = a; }\nhelper(3);', 'number 3'],
    ['null does not take the default', 'function helper(a = 10) { const probe = a; }\nhelper(null);', 'null'],
    [
      'the argument is evaluated where the call is',
      'const limit = 7;\nfunction helper(a) { const probe = a; }\nhelper(limit);',
      'number 7',
    ],
    ['a destructured key', 'function helper({ signal }) { const probe = signal; }\nhelper({ signal: null });', 'null'],
    [
      'a destructured key that is missing takes its default',
      'function helper({ timeout = 30 } = {}) { const probe = timeout; }\nhelper();',
      'number 30',
    ],
    [
      'a renamed, nested key',
      'function helper({ options: { timeout: ms } }) { const probe = ms; }\nhelper({ options: { timeout: 5 } });',
      'number 5',
    ],
    ['a key of an object parameter', 'function helper(init) { const probe = init.signal; }\nhelper({ method: "GET" });', 'undefined'],
    ['an optional key of a missing parameter', 'function helper(url, init) { const probe = init?.signal; }\nhelper("u");', 'undefined'],
    ['a rest parameter is not resolved', 'function helper(...args) { const probe = args; }\nhelper(1, 2);', 'unknown (parameter)'],
    ['an array pattern is not resolved', 'function helper([first]) { const probe = first; }\nhelper([1]);', 'unknown (parameter)'],
    ['a spread argument moves positions', 'function helper(a, b) { const probe = b; }\nhelper(...pair, 3);', 'unknown (parameter)'],
    ['a `this` parameter takes no argument', 'function helper(this: Window, a: number) { const probe = a; }\nhelper(4);', 'number 4'],
  ])('%s', (_name, code, expected) => {
    expect(evaluateProbe(code, ['helper'])).toBe(expected);
  });

  it('leaves the parameters of a function outside the chain unknown', () => {
    expect(evaluateProbe('function helper(a) { const probe = a; }\nhelper(5);', [])).toBe('unknown (parameter)');
  });

  it('follows a parameter through the frames of two helpers', () => {
    const code = 'function outer(x) { inner(x); }\nfunction inner(y) { const probe = y; }\nouter(3);';
    expect(evaluateProbe(code, ['outer', 'inner'])).toBe('number 3');
  });

  it('reads a default signal when the caller passes none', () => {
    const code =
      'function getJson(url, { signal = AbortSignal.timeout(5_000) } = {}) { const probe = signal; }\ngetJson("https://rates.internal");';
    expect(evaluateProbe(code, ['getJson'])).toBe('call AbortSignal.timeout');
  });

  it('keeps the caller signal and the fallback of `init?.signal ?? AbortSignal.timeout()`', () => {
    const code = 'function wrap(url, init) { const probe = init?.signal ?? AbortSignal.timeout(1); }\nwrap("u", { signal: caller });';
    expect(evaluateProbe(code, ['wrap'])).toBe('unknown (global) | call AbortSignal.timeout');
  });
});
