/**
 * Strands Agents TS (`@strands-agents/sdk`): `agent.invoke()` / `agent.stream()` on an `Agent`
 * built in reach without per-invocation `limits`, `Swarm`s and cyclic `Graph`s with neither
 * `maxSteps` nor `timeout`, `Graph` edge handlers (content is always a list of blocks), and
 * the bodies of tools. APIs are recognised through their import; an agent halting cannot trace
 * to `new Agent(...)` is silent.
 */
import type * as TS from 'typescript';
import { matchesOrigin, resolveOrigin } from '../callee.js';
import { resolveIdentifier } from '../scope.js';
import { getDottedName, unwrap } from '../syntax.js';
import { getEntry, getOptions, type ObjectValue, type Value } from '../values/value.js';
import {
  addBoundFromEntry,
  addPredicate,
  addPredicateFunction,
  addToolBody,
  getNestedObject,
  getObject,
  isSet,
  resolveImportedCallee,
  type BoundKnowledge,
  type PredicateKnowledge,
} from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

const MODULES = ['@strands-agents/sdk'];

/**
 * `InvokeOptions.limits?: { turns?, outputTokens?, totalTokens? }`: "Omit any field (or `limits`
 * itself) for no limit on that dimension"; a set cap must be a positive finite number (else a
 * TypeError), and a tripped cap returns `stopReason: 'limitTurns'` (or a token reason).
 * `cancelSignal` cancels the invocation. Checked against `@strands-agents/sdk@1.19.0`
 * `dist/src/types/agent.d.ts` (~56-150) and `dist/src/agent/agent.js` (`_validateLimits`).
 */
const LIMIT_NAMES = ['turns', 'outputTokens', 'totalTokens'];
const INVOKE_METHODS = new Set(['invoke', 'stream']);

/**
 * What else may end an agent's loop: interventions and plugins (their hooks can cancel a model call),
 * and `cancel()`, `addHook()`, `addMiddleware()` on the agent (`dist/src/agent/agent.d.ts`,
 * `dist/src/interventions/actions.d.ts`, 1.19.0).
 */
const STOPPING_CONFIG = ['interventions', 'plugins'];
const STOPPING_METHODS = new Set(['cancel', 'addHook', 'addMiddleware']);
/** Test doubles (`new MockMessageModel().addTurn(...)`, `new TestModelProvider(...)` in the SDK's own tests) answer from a script. */
const SCRIPTED_MODEL = /^(Mock|Fake|Stub|Test|Scripted)/;

/**
 * `SwarmConfig` / `GraphConfig`: `maxSteps` and `timeout` default to `Infinity` (`config.maxSteps
 * ?? Infinity`), the SDK warns "execution is unbounded" when both are, values below 1 throw, and
 * reaching `maxSteps` throws. Swarm's repetitive-handoff detection (`repetitiveHandoffDetectionWindow`
 * with `repetitiveHandoffMinUniqueAgents`) ends ping-pong handoffs with a FAILED result.
 * Checked against `@strands-agents/sdk@1.19.0` `dist/src/multiagent/swarm.{d.ts,js}`, `graph.{d.ts,js}`.
 */
const MAX_STEPS: BoundKnowledge = {
  framework: 'strands',
  unit: 'steps',
  minimum: 1,
  nullMeaning:
    'which Strands replaces with `Infinity`, and no `timeout` is set either, so the agents hand off to each other until one of them answers',
  example: '20',
};
const HANDOFF_DETECTION = ['repetitiveHandoffDetectionWindow', 'repetitiveHandoffMinUniqueAgents'];

/**
 * Edge handlers get the `MultiAgentState`, whose `NodeState.content` and `NodeResult.content` are
 * `ContentBlock[]`, never a string or null (`dist/src/multiagent/state.d.ts`, 1.19.0).
 */
const EDGE_HANDLER: PredicateKnowledge = { framework: 'strands', role: 'edge `handler` of a `Graph`', nullableContent: false };

/** `tool({ name, description, inputSchema, callback })`, `new FunctionTool({...})`, `new ZodTool({...})` (`dist/src/tools/`, 1.19.0). */
const TOOL_CLASSES = ['FunctionTool', 'ZodTool'];
const NEW_NAMES = new Set(['Swarm', 'Graph', ...TOOL_CLASSES]);

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  if (ts.isIdentifier(callee)) {
    if (resolveIdentifier(ts, callee).kind !== 'import') return;
  } else if (!ts.isPropertyAccessExpression(callee) || !(INVOKE_METHODS.has(callee.name.text) || callee.name.text === 'tool')) {
    return;
  }
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, callee);
  if (!origin) return;
  if (matchesOrigin(origin, MODULES, ['tool'])) {
    const options = getObject(ctx, node.arguments[0]);
    if (typeof options === 'object') addToolBody(ctx, options, 'callback');
    return;
  }
  const method = origin.path[origin.path.length - 1] ?? '';
  if (!INVOKE_METHODS.has(method) || !matchesOrigin(origin, MODULES, ['Agent', '()', method])) return;
  const construction = origin.calls[0];
  if (construction && !mayBeStoppedElsewhere(ctx, construction, callee)) onInvoke(ctx, node, callee);
}

/** Whether something besides the call's options may end the loop, or the model is a test double. */
function mayBeStoppedElsewhere(ctx: CollectContext, construction: TS.CallExpression | TS.NewExpression, callee: TS.Expression): boolean {
  const { ts } = ctx;
  const config = getObject(ctx, construction.arguments?.[0]);
  if (config === 'unknown' || config === 'other') return true;
  if (config !== 'absent' && STOPPING_CONFIG.some((name) => isSet(config, [name]) !== false)) return true;
  if (config !== 'absent' && isScriptedModel(ctx, config)) return true;
  const receiver = ts.isPropertyAccessExpression(callee) ? unwrap(ts, callee.expression) : undefined;
  if (!receiver || !ts.isIdentifier(receiver)) return false;
  const binding = resolveIdentifier(ts, receiver);
  return binding.kind === 'variable' && getStoppedAgents(ctx).has(binding.declaration);
}

/** Whether the agent's `model` is constructed from a test-double class (`new MockMessageModel()`, possibly chained). */
function isScriptedModel(ctx: CollectContext, config: ObjectValue): boolean {
  const { ts } = ctx;
  const model = getEntry(config, ['model']);
  if (typeof model !== 'object') return false;
  return getOptions(model.value()).some((option) => {
    if (option.kind !== 'call') return false;
    let node: TS.Expression = option.node;
    while (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node)) node = unwrap(ts, node.expression);
    if (!ts.isNewExpression(node)) return false;
    const name = getDottedName(ts, node.expression)?.split('.').pop();
    return name !== undefined && SCRIPTED_MODEL.test(name);
  });
}

const stoppedAgents = new WeakMap<TS.SourceFile, Set<TS.Node>>();

/** Declarations of variables that receive `cancel()`, `addHook()` or `addMiddleware()` somewhere in the file (collected once). */
function getStoppedAgents(ctx: CollectContext): Set<TS.Node> {
  const { ts } = ctx;
  let found = stoppedAgents.get(ctx.sourceFile);
  if (found) return found;
  const declarations = new Set<TS.Node>();
  const walk = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && STOPPING_METHODS.has(node.expression.name.text)) {
      const receiver = unwrap(ts, node.expression.expression);
      if (ts.isIdentifier(receiver)) {
        const binding = resolveIdentifier(ts, receiver);
        if (binding.kind === 'variable') declarations.add(binding.declaration);
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(ctx.sourceFile);
  stoppedAgents.set(ctx.sourceFile, declarations);
  found = declarations;
  return found;
}

/** `agent.invoke(args, { limits: { turns } })`: without any cap or cancel signal the agent loop has no bound. */
function onInvoke(ctx: CollectContext, node: TS.CallExpression, callee: TS.Expression): void {
  const options = getObject(ctx, node.arguments[1]);
  if (options === 'unknown' || options === 'other') return;
  if (options !== 'absent') {
    if (isSet(options, ['cancelSignal']) !== false) return;
    const limits = getNestedObject(options, 'limits');
    if (limits === 'unknown') return;
    if (limits !== 'absent' && LIMIT_NAMES.some((name) => isSet(limits, [name]) !== false)) return;
  }
  const api = getDottedName(ctx.ts, callee) ?? 'invoke';
  ctx.facts.missingBounds.push({
    framework: 'strands',
    api,
    missing: 'no `limits` in its options',
    effect: 'the agent loop has no turn limit (Strands sets none by default) and stops only when the model stops calling tools',
    fix: 'Pass a cap such as `limits: { turns: 20 }` in the options of the call.',
    range: ctx.range(callee),
  });
}

function onNew(node: TS.NewExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  const origin = resolveImportedCallee(ctx, callee, NEW_NAMES);
  if (!origin) return;
  const options = getObject(ctx, node.arguments?.[0]);
  if (typeof options !== 'object') return;
  if (matchesOrigin(origin, MODULES, ['Swarm'])) {
    onOrchestrator(ctx, node, callee, options, 'Swarm', undefined);
  } else if (matchesOrigin(origin, MODULES, ['Graph'])) {
    onGraphHandlers(ctx, options, callee);
    const cycle = findCycle(options);
    if (cycle) onOrchestrator(ctx, node, callee, options, 'Graph', cycle);
  } else if (TOOL_CLASSES.some((tool) => matchesOrigin(origin, MODULES, [tool]))) {
    addToolBody(ctx, options, 'callback');
  }
}

/**
 * A Swarm, or a Graph with a cycle: bounded by a finite `maxSteps` or a `timeout`. An explicit
 * `maxSteps` is judged as a bound when no timeout is set; a timeout that may be set keeps it silent.
 */
function onOrchestrator(
  ctx: CollectContext,
  node: TS.NewExpression,
  callee: TS.Expression,
  options: ObjectValue,
  api: 'Swarm' | 'Graph',
  cycle: string[] | undefined,
): void {
  // A plugin's hooks may end the run (as on an agent): halting cannot see what they do.
  if (isSet(options, ['plugins']) !== false) return;
  const timeout = getEntry(options, ['timeout']);
  if (timeout === 'unknown' || (typeof timeout === 'object' && !getOptions(timeout.value()).every(isNoLimit))) return;
  if (api === 'Swarm' && HANDOFF_DETECTION.every((name) => isSet(options, [name]) !== false)) return;
  const maxSteps = getEntry(options, ['maxSteps']);
  if (maxSteps === 'unknown') return;
  if (maxSteps !== 'missing') {
    const nullMeaning =
      api === 'Swarm'
        ? MAX_STEPS.nullMeaning
        : 'which Strands replaces with `Infinity`, and no `timeout` is set either, so the cycle repeats for as long as its edge handlers let it';
    const written = node.arguments?.[0] ?? node;
    addBoundFromEntry(ctx, maxSteps, written.getSourceFile() === ctx.sourceFile ? written : node, { ...MAX_STEPS, nullMeaning });
    return;
  }
  const loop = cycle ? ` (${[...cycle, cycle[0] ?? ''].map((id) => `\`${id}\``).join(' → ')})` : '';
  ctx.facts.missingBounds.push({
    framework: 'strands',
    api,
    missing: cycle ? `a cycle${loop} and neither \`maxSteps\` nor \`timeout\`` : 'neither `maxSteps` nor `timeout`',
    effect:
      api === 'Swarm'
        ? 'its agents can hand off to each other indefinitely (Strands defaults both to `Infinity`)'
        : 'the cycle repeats for as long as its edge handlers let it (Strands defaults both limits to `Infinity`)',
    fix: 'Set a finite `maxSteps` such as `maxSteps: 20`, or a `timeout` in milliseconds.',
    range: ctx.range(callee),
  });
}

/** A timeout value that sets no deadline: absent, nullish or Infinity (`config.timeout ?? Infinity`). */
function isNoLimit(value: Value): boolean {
  return value.kind === 'null' || value.kind === 'undefined' || (value.kind === 'number' && value.value === Infinity);
}

/** `edges: [['writer', 'reviewer'], { source, target, handler }]`: a cycle of node ids, when every edge resolves. */
function findCycle(options: ObjectValue): string[] | undefined {
  const edges = getEntry(options, ['edges']);
  if (typeof edges !== 'object') return undefined;
  const list = edges.value();
  if (list.kind !== 'array' || list.open) return undefined;
  const next = new Map<string, string[]>();
  for (const edge of list.elements) {
    const pair = getEdge(edge);
    if (!pair) return undefined;
    next.set(pair[0], [...(next.get(pair[0]) ?? []), pair[1]]);
  }
  // Depth-first search; the path on the stack when a node is met again is the cycle.
  const state = new Map<string, 'active' | 'done'>();
  const path: string[] = [];
  const visitNode = (id: string): string[] | undefined => {
    state.set(id, 'active');
    path.push(id);
    for (const target of next.get(id) ?? []) {
      if (state.get(target) === 'active') return path.slice(path.indexOf(target));
      if (state.get(target) === undefined) {
        const found = visitNode(target);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of next.keys()) {
    if (state.get(id) !== undefined) continue;
    const found = visitNode(id);
    if (found) return found;
  }
  return undefined;
}

function getEdge(edge: Value): [string, string] | undefined {
  if (edge.kind === 'array') {
    const [source, target] = edge.elements;
    if (edge.open || edge.elements.length !== 2 || source?.kind !== 'string' || target?.kind !== 'string') return undefined;
    return [source.value, target.value];
  }
  if (edge.kind !== 'object') return undefined;
  const source = getEntry(edge.object, ['source']);
  const target = getEntry(edge.object, ['target']);
  if (typeof source !== 'object' || typeof target !== 'object') return undefined;
  const sourceValue = source.value();
  const targetValue = target.value();
  return sourceValue.kind === 'string' && targetValue.kind === 'string' ? [sourceValue.value, targetValue.value] : undefined;
}

/**
 * Edge handlers (`{ source, target, handler }` in `edges`, inline or through consts) decide whether
 * a cycle goes round again. One written in another file is reported there, traced from `graph`.
 */
function onGraphHandlers(ctx: CollectContext, options: ObjectValue, graph: TS.Node): void {
  const { ts } = ctx;
  const edges = getEntry(options, ['edges']);
  if (typeof edges !== 'object') return;
  const list = edges.value();
  if (list.kind !== 'array') return;
  for (const edge of list.elements) {
    if (edge.kind !== 'object') continue;
    const handler = getEntry(edge.object, ['handler']);
    if (typeof handler !== 'object') continue;
    const usedAt = handler.node.getSourceFile() === ctx.sourceFile ? handler.node : graph;
    if (handler.valueNode) addPredicate(ctx, handler.valueNode, EDGE_HANDLER, usedAt);
    else if (ts.isMethodDeclaration(handler.node) && handler.node.body) addPredicateFunction(ctx, handler.node, EDGE_HANDLER, usedAt);
  }
}

export const strands: FrameworkAdapter = {
  id: 'strands',
  packages: ['@strands-agents/sdk'],
  hint: /@strands-agents\/sdk/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
    NewExpression: visit<TS.NewExpression>(onNew),
  },
};
