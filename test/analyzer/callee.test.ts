import { describe, expect, it } from 'vitest';
import { matchesOrigin, resolveOrigin, type CalleeOrigin } from '../../src/analyzer/callee.js';
import { parse, ts } from './parse.js';

/** The callee of the call (or `new`) in the snippet's last expression statement, at any depth. */
function lastCallee(code: string): ts.Expression {
  let statement: ts.ExpressionStatement | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) statement = node;
    ts.forEachChild(node, visit);
  };
  visit(parse(code));
  if (!statement) throw new Error('the snippet must end with a call');
  let expression = statement.expression;
  if (ts.isAwaitExpression(expression)) expression = expression.expression;
  if (!ts.isCallExpression(expression) && !ts.isNewExpression(expression)) throw new Error('the snippet must end with a call');
  return expression.expression;
}

/** An origin without its call nodes: the calls are checked by their text. */
function describeOrigin(origin: CalleeOrigin | undefined): { module: string | undefined; path: string[]; calls: string[] } | undefined {
  return origin && { module: origin.module, path: origin.path, calls: origin.calls.map((call) => call.getText()) };
}

describe('resolveOrigin', () => {
  it.each<[string, string, ReturnType<typeof describeOrigin>]>([
    ['the global fetch', 'fetch(url);', { module: undefined, path: ['fetch'], calls: [] }],
    ['globalThis.fetch', 'globalThis.fetch(url);', { module: undefined, path: ['fetch'], calls: [] }],
    ['window.fetch', 'window.fetch(url);', { module: undefined, path: ['fetch'], calls: [] }],
    ['globalThis["fetch"]', 'globalThis["fetch"](url);', { module: undefined, path: ['fetch'], calls: [] }],
    ['a local function named fetch', 'function fetch(url: string) { return url; }\nfetch(url);', undefined],
    ['a parameter named fetch', 'function get(fetch: typeof globalThis.fetch) { fetch(url); }', undefined],
    ['a parameter named window', 'function get(window: { fetch: typeof fetch }) { window.fetch(url); }', undefined],
    ['a local object named window', 'const window = { fetch: (url: string) => url };\nwindow.fetch(url);', undefined],
    ['a named import from undici', 'import { fetch } from "undici";\nfetch(url);', { module: 'undici', path: ['fetch'], calls: [] }],
    [
      'a renamed import',
      'import { fetch as undiciFetch } from "undici";\nundiciFetch(url);',
      { module: 'undici', path: ['fetch'], calls: [] },
    ],
    ['a default import from node-fetch', 'import fetch from "node-fetch";\nfetch(url);', { module: 'node-fetch', path: [], calls: [] }],
    [
      'a member of a namespace import',
      'import * as undici from "undici";\nundici.fetch(url);',
      { module: 'undici', path: ['fetch'], calls: [] },
    ],
    ['a method of the axios default export', 'import axios from "axios";\naxios.get(url);', { module: 'axios', path: ['get'], calls: [] }],
    ['the axios default export called', 'import axios from "axios";\naxios({ url });', { module: 'axios', path: [], calls: [] }],
    [
      'a method of an axios instance',
      'import axios from "axios";\nconst api = axios.create({ baseURL });\napi.post(url, data);',
      { module: 'axios', path: ['create', '()', 'post'], calls: ['axios.create({ baseURL })'] },
    ],
    ['a new from an import', 'import { Agent } from "undici";\nnew Agent();', { module: 'undici', path: ['Agent'], calls: [] }],
    [
      'readline question on an interface',
      'import * as readline from "node:readline";\nconst rl = readline.createInterface({ input: process.stdin });\nrl.question("?", done);',
      {
        module: 'node:readline',
        path: ['createInterface', '()', 'question'],
        calls: ['readline.createInterface({ input: process.stdin })'],
      },
    ],
    [
      'readline question through a named import',
      'import { createInterface } from "readline/promises";\nconst rl = createInterface({ input: process.stdin });\nawait rl.question("?");',
      { module: 'readline/promises', path: ['createInterface', '()', 'question'], calls: ['createInterface({ input: process.stdin })'] },
    ],
    [
      'readline question through a destructured require',
      'const { createInterface } = require("node:readline");\nconst rl = createInterface({ input: process.stdin });\nrl.question("?", done);',
      { module: 'node:readline', path: ['createInterface', '()', 'question'], calls: ['createInterface({ input: process.stdin })'] },
    ],
    [
      'require("prompt-sync")() through a const',
      'const prompt = require("prompt-sync")();\nprompt("?");',
      { module: 'prompt-sync', path: ['()'], calls: ['require("prompt-sync")()'] },
    ],
    [
      'require("prompt-sync")() called at once',
      'require("prompt-sync")()("?");',
      { module: 'prompt-sync', path: ['()'], calls: ['require("prompt-sync")()'] },
    ],
    [
      'prompt-sync through a required const',
      'const promptSync = require("prompt-sync");\nconst prompt = promptSync({ sigint: true });\nprompt("?");',
      { module: 'prompt-sync', path: ['()'], calls: ['promptSync({ sigint: true })'] },
    ],
    [
      'prompt-sync through a default import',
      'import promptSync from "prompt-sync";\nconst prompt = promptSync();\nprompt("?");',
      { module: 'prompt-sync', path: ['()'], calls: ['promptSync()'] },
    ],
    ['a member of a required module', 'const axios = require("axios");\naxios.get(url);', { module: 'axios', path: ['get'], calls: [] }],
    ['a member read from require() directly', 'require("axios").get(url);', { module: 'axios', path: ['get'], calls: [] }],
    ['a let is not followed', 'import axios from "axios";\nlet client = axios;\nclient.get(url);', undefined],
    ['a computed member', 'import axios from "axios";\naxios[method](url);', undefined],
    ['a cycle of consts', 'const a = b;\nconst b = a;\na();', undefined],
  ])('%s', (_name, code, expected) => {
    expect(describeOrigin(resolveOrigin(ts, undefined, lastCallee(code)))).toEqual(expected);
  });
});

describe('matchesOrigin', () => {
  const origin = (module: string | undefined, path: string[]): CalleeOrigin => ({ module, path, calls: [] });

  it.each<[string, CalleeOrigin | undefined, string[], string[], boolean]>([
    ['the same module and path', origin('axios', ['get']), ['axios'], ['get'], true],
    [
      'a node: import against a bare name',
      origin('node:readline', ['createInterface', '()', 'question']),
      ['readline'],
      ['createInterface', '()', 'question'],
      true,
    ],
    [
      'a bare import against a node: name',
      origin('readline', ['createInterface', '()', 'question']),
      ['node:readline'],
      ['createInterface', '()', 'question'],
      true,
    ],
    ['node: on both sides', origin('node:readline', []), ['node:readline'], [], true],
    ['a submodule is another module', origin('readline/promises', ['createInterface']), ['readline'], ['createInterface'], false],
    ['another module', origin('undici', ['fetch']), ['node-fetch'], ['fetch'], false],
    ['a wildcard segment', origin('readline-sync', ['question']), ['readline-sync'], ['*'], true],
    ['a longer path', origin('axios', ['create', '()', 'get']), ['axios'], ['get'], false],
    ['a shorter path', origin('axios', []), ['axios'], ['get'], false],
    ['a global', origin(undefined, ['fetch']), ['fetch'], ['fetch'], false],
    ['no origin', undefined, ['axios'], [], false],
  ])('%s', (_name, candidate, modules, path, expected) => {
    expect(matchesOrigin(candidate, modules, path)).toBe(expected);
  });
});
