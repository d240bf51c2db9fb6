/**
 * HTTP clients: `fetch` (global, undici, node-fetch) and axios (the default export,
 * its methods, and instances from `axios.create`). Each call becomes a network fact
 * only when its deadline is missing, disabled, or (for `strict`) unknown. The judgement
 * (`judgeNetworkCall`) also runs on calls reached from a tool through helpers, with the
 * chain's frames in its eval context (see `chains.ts`).
 */
import type * as TS from 'typescript';
import { resolveOrigin, stripNodePrefix, type CalleeOrigin } from '../callee.js';
import type { NetworkFact, TimeoutProblem } from '../facts.js';
import { getAccessedName, getDottedName, unwrap, type Ts } from '../syntax.js';
import { evaluate, type EvalContext } from '../values/evaluate.js';
import { getEntry, getOptions, type ObjectValue, type Value } from '../values/value.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * Modules whose `fetch` has no deadline unless given a `signal` (undici Client
 * defaults are idle timeouts only; node-fetch v3 has no timeout option).
 * Sources: undici `lib/dispatcher/client.js`; node-fetch README (3.x).
 */
const FETCH_MODULES = ['undici', 'node-fetch', 'cross-fetch', 'isomorphic-fetch'];

/** axios defaults to `timeout: 0`, no timeout (axios `lib/defaults/index.js`, 1.21.1). */
const AXIOS_MODULE = 'axios';
const AXIOS_URL_CONFIG = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_URL_DATA_CONFIG = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);

function isFetch(origin: CalleeOrigin | undefined): boolean {
  if (!origin) return false;
  if (origin.module === undefined) return origin.path.length === 1 && origin.path[0] === 'fetch';
  const module = stripNodePrefix(origin.module);
  if (!FETCH_MODULES.includes(module)) return false;
  return origin.path.length === 0 || (origin.path.length === 1 && origin.path[0] === 'fetch');
}

/** What judging a call needs: its file, and the evaluator (with a chain's frames when it was reached through one). */
export type JudgeContext = Pick<CollectContext, 'ts' | 'sourceFile' | 'evalContext' | 'range'>;

/** The verdict on one call: not an HTTP call (undefined), one with a deadline (null), or the problem found. */
export type Verdict = NetworkFact | null | undefined;

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const verdict = judgeNetworkCall(node, ctx);
  if (verdict) ctx.facts.network.push(verdict);
}

/** Judges a call as fetch or axios: whether it has a deadline, with values resolved through `ctx.evalContext`. */
export function judgeNetworkCall(node: TS.CallExpression, ctx: JudgeContext): Verdict {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  if (!(ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee))) return undefined;
  // Cheap first: a member call can only be fetch or axios under one of these names.
  if (!ts.isIdentifier(callee)) {
    const name = getAccessedName(ts, callee);
    if (name === undefined || !(name === 'fetch' || name === 'request' || AXIOS_URL_CONFIG.has(name) || AXIOS_URL_DATA_CONFIG.has(name)))
      return undefined;
  }
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, callee);
  if (!origin) return undefined;
  if (isFetch(origin)) return judgeFetch(node, ctx);
  if (origin.module !== undefined && stripNodePrefix(origin.module) === AXIOS_MODULE) return judgeAxios(node, origin, ctx);
  return undefined;
}

function judgeFetch(node: TS.CallExpression, ctx: JudgeContext): NetworkFact | null {
  const [input, init] = node.arguments;
  const call = getDottedName(ctx.ts, node.expression) ?? 'fetch';
  if (!init) {
    if (input && requestHasSignal(ctx, input)) return null;
    return { client: 'fetch', call, problem: 'noInit', detail: undefined, range: ctx.range(node.expression) };
  }
  const value = evaluate(ctx.evalContext, init);
  const problems = getOptions(value).map((option) => signalProblem(option));
  const problem =
    problems.find((candidate) => candidate !== undefined && candidate.problem !== 'unknownInit') ?? problems.find((candidate) => candidate);
  if (!problem) return null;
  const initNode = unwrap(ctx.ts, init);
  return {
    client: 'fetch',
    call,
    problem: problem.problem,
    detail: problem.detail,
    // `signal: undefined` is reported where it is written (in this file), as axios's `timeout: 0` is.
    range: ctx.range(problem.at?.getSourceFile() === ctx.sourceFile ? problem.at : node.expression),
    ...(ctx.ts.isObjectLiteralExpression(initNode) ? { initRange: ctx.range(initNode) } : {}),
  };
}

function signalProblem(init: Value): { problem: TimeoutProblem; detail: string | undefined; at?: TS.Node } | undefined {
  if (init.kind === 'null' || init.kind === 'undefined') return { problem: 'noInit', detail: undefined };
  if (init.kind !== 'object') return { problem: 'unknownInit', detail: undefined };
  const entry = getEntry(init.object, ['signal']);
  if (entry === 'missing') return { problem: 'noSignal', detail: undefined };
  if (entry === 'unknown') return { problem: 'unknownInit', detail: undefined };
  const nullish = getOptions(entry.value()).find((option) => option.kind === 'null' || option.kind === 'undefined');
  return nullish ? { problem: 'nullSignal', detail: nullish.kind, at: entry.node } : undefined;
}

/** `fetch(new Request(url, { signal }))` carries its deadline in the request. */
function requestHasSignal(ctx: JudgeContext, input: TS.Expression): boolean {
  const value = evaluate(ctx.evalContext, input);
  if (value.kind === 'unknown') return false;
  if (value.kind !== 'call' || !value.isNew || value.callee !== 'Request') return false;
  const init = value.node.arguments?.[1];
  if (!init) return false;
  return signalProblem(evaluate(ctx.evalContext, init)) === undefined;
}

/**
 * axios: `axios(config)`, `axios(url, config)`, `axios.request(config)`, `axios.get(url, config)`,
 * `axios.post(url, data, config)`, and the same on instances from `axios.create(config)`.
 */
function judgeAxios(node: TS.CallExpression, origin: CalleeOrigin, ctx: JudgeContext): Verdict {
  const { path } = origin;
  // Instances: ['create', '()', method?]; the default export: [method?].
  const instanceCall = path[0] === 'create' && path[1] === '()' ? origin.calls[0] : undefined;
  const rest = instanceCall ? path.slice(2) : path;
  if (rest.length > 1) return undefined;
  const method = rest[0];
  const args = node.arguments;
  let config: TS.Expression | undefined;
  if (method === undefined) {
    const [first, second] = args;
    config = first && evaluate(ctx.evalContext, first).kind === 'object' ? first : second;
  } else if (method === 'request') {
    config = args[0];
  } else if (AXIOS_URL_CONFIG.has(method)) {
    config = args[1];
  } else if (AXIOS_URL_DATA_CONFIG.has(method)) {
    config = args[2];
  } else {
    return undefined;
  }
  const call = getDottedName(ctx.ts, node.expression) ?? 'axios';
  const fromCall = config ? timeoutOf(ctx, config) : { state: 'absent' as const };
  if (fromCall.state === 'set') return null;
  if (fromCall.state === 'disabled') {
    return { client: 'axios', call, problem: 'zeroTimeout', detail: fromCall.detail, range: fromCall.range ?? ctx.range(node.expression) };
  }
  if (fromCall.state === 'unknown') {
    return { client: 'axios', call, problem: 'unknownInit', detail: undefined, range: ctx.range(node.expression) };
  }
  const instanceConfig = instanceCall?.arguments?.[0];
  const fromInstance = instanceConfig ? timeoutOf(ctx, instanceConfig) : { state: 'absent' as const };
  if (fromInstance.state === 'set') return null;
  if (fromInstance.state === 'unknown') {
    return { client: 'axios', call, problem: 'unknownInit', detail: undefined, range: ctx.range(node.expression) };
  }
  const problem: TimeoutProblem = fromInstance.state === 'disabled' ? 'zeroTimeout' : 'noTimeout';
  return {
    client: 'axios',
    call,
    problem,
    detail: fromInstance.state === 'disabled' ? fromInstance.detail : undefined,
    range: ctx.range(node.expression),
  };
}

type TimeoutState =
  { state: 'set' | 'absent' | 'unknown' } | { state: 'disabled'; detail: string; range: ReturnType<CollectContext['range']> | undefined };

function timeoutOf(ctx: JudgeContext, config: TS.Expression): TimeoutState {
  const value = evaluate(ctx.evalContext, config);
  if (value.kind === 'null' || value.kind === 'undefined') return { state: 'absent' };
  if (value.kind !== 'object') return { state: 'unknown' };
  return timeoutOfObject(ctx, value.object);
}

function timeoutOfObject(ctx: JudgeContext, object: ObjectValue): TimeoutState {
  const signal = getEntry(object, ['signal']);
  if (typeof signal === 'object' && getOptions(signal.value()).every((option) => option.kind !== 'null' && option.kind !== 'undefined')) {
    return { state: 'set' };
  }
  const entry = getEntry(object, ['timeout']);
  if (entry === 'missing') return { state: 'absent' };
  if (entry === 'unknown') return { state: 'unknown' };
  for (const option of getOptions(entry.value())) {
    if (option.kind === 'unknown') return { state: 'unknown' };
    const disabled =
      option.kind === 'null' ||
      option.kind === 'undefined' ||
      (option.kind === 'number' && (option.value <= 0 || !Number.isFinite(option.value)));
    if (disabled) {
      const detail = option.kind === 'number' ? String(option.value) : option.kind;
      const inFile = entry.node.getSourceFile() === ctx.sourceFile;
      return { state: 'disabled', detail, range: inFile ? ctx.range(entry.node) : undefined };
    }
  }
  return { state: 'set' };
}

/** `axios.defaults.timeout = 10_000` (or on an instance) sets a timeout for the whole file. */
function setsDefaultsTimeout(ts: Ts, evalContext: EvalContext, node: TS.BinaryExpression): boolean {
  if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  const target = getDottedName(ts, node.left);
  if (!target?.endsWith('.defaults.timeout')) return false;
  const value = evaluate(evalContext, node.right);
  return !(value.kind === 'number' && (value.value <= 0 || !Number.isFinite(value.value)));
}

function onAssignment(node: TS.BinaryExpression, ctx: CollectContext): void {
  if (setsDefaultsTimeout(ctx.ts, ctx.evalContext, node)) ctx.facts.axiosDefaultsTimeout = true;
}

const defaultsTimeoutFiles = new WeakMap<TS.SourceFile, boolean>();

/**
 * Whether a file sets `axios.defaults.timeout`, for calls reached through a chain (that file's
 * own walk may not have run yet). The same test as the walk's; the file is searched once.
 */
export function hasAxiosDefaultsTimeout(ts: Ts, evalContext: EvalContext, sourceFile: TS.SourceFile): boolean {
  let found = defaultsTimeoutFiles.get(sourceFile);
  if (found !== undefined) return found;
  found = false;
  if (sourceFile.text.includes('defaults.timeout')) {
    const context: EvalContext = { ts, resolver: evalContext.resolver, types: evalContext.types };
    const walk = (node: TS.Node): void => {
      if (found) return;
      if (ts.isBinaryExpression(node) && setsDefaultsTimeout(ts, context, node)) found = true;
      else ts.forEachChild(node, walk);
    };
    walk(sourceFile);
  }
  defaultsTimeoutFiles.set(sourceFile, found);
  return found;
}

export const http: FrameworkAdapter = {
  id: 'http',
  packages: ['fetch (global)', 'undici', 'node-fetch', 'axios'],
  hint: /fetch|axios/,
  finish: (ctx) => {
    if (!ctx.facts.axiosDefaultsTimeout) return;
    ctx.facts.network = ctx.facts.network.filter((fact) => !(fact.client === 'axios' && fact.problem === 'noTimeout'));
  },
  visitors: {
    BinaryExpression: visit<TS.BinaryExpression>(onAssignment),
    CallExpression: visit<TS.CallExpression>(onCall),
  },
};
