/**
 * LangChain.js (`langchain`, `@langchain/classic`, `@langchain/core`): the iteration bound of the
 * legacy `AgentExecutor`, `modelCallLimitMiddleware()` without limits, `createMiddleware` hooks
 * that end the agent on message content (predicates), and tool bodies (`tool()`, `DynamicTool`,
 * `DynamicStructuredTool`, `Tool`/`StructuredTool` subclasses). `createAgent`'s `recursionLimit`
 * is LangGraph's and is read by the LangGraph adapter. APIs are recognised through their import.
 */
import type * as TS from 'typescript';
import { matchesOrigin, resolveOrigin } from '../callee.js';
import { getPropertyName, unwrap } from '../syntax.js';
import { evaluate } from '../values/evaluate.js';
import { getEntry, getOptions, type ObjectValue, type PropertyEntry } from '../values/value.js';
import { addStatePredicateFunction } from './langgraph.js';
import {
  addToolFunction,
  addBoundFromEntry,
  addTool,
  addToolEntry,
  getFunctions,
  getObject,
  getStringOption,
  keepCountsFrom,
  resolveImportedCallee,
  toBoundValues,
  type BoundKnowledge,
  type PredicateKnowledge,
} from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * `tool`, `DynamicTool`, `DynamicStructuredTool`, `Tool`, `StructuredTool`: defined in
 * `@langchain/core/tools` (1.4.0 `dist/tools/index.d.ts`) and re-exported by `langchain` (1.5.14
 * `dist/index.d.ts`), `@langchain/classic/tools` (1.0.50) and `langchain/tools` (0.3.37).
 */
const TOOL_MODULES = ['@langchain/core/tools', 'langchain', 'langchain/tools', '@langchain/classic/tools'];

/** The legacy `AgentExecutor`: `@langchain/classic/agents` (1.0.50) and `langchain/agents` (0.3.37). */
const EXECUTOR_MODULES = ['@langchain/classic/agents', 'langchain/agents'];

/** `createAgent`, `createMiddleware`, `modelCallLimitMiddleware` (`langchain` 1.5.14 `dist/index.d.ts`). */
const V1_MODULES = ['langchain'];

/**
 * `maxIterations = 15` and the constructor's `input.maxIterations ?? this.maxIterations`, so
 * `undefined` and `null` keep 15; `shouldContinue` is `iterations < maxIterations`, so `0` runs no
 * iteration and a negative count stops at once; at the limit the executor returns "Agent stopped
 * due to iteration limit or time limit." (`earlyStoppingMethod: "force"`). `initializeAgentExecutorWithOptions`
 * spreads its options into `AgentExecutor.fromAgentAndTools`. `@langchain/classic@1.0.50`
 * `dist/agents/executor.js` ~184, ~234, ~251, `dist/agents/initialize.js`; same in `langchain@0.3.37`.
 */
const MAX_ITERATIONS: BoundKnowledge = {
  framework: 'langchain',
  unit: 'iterations',
  minimum: 0,
  nullMeaning: undefined,
  example: '15',
};

/**
 * Assigned after construction, `undefined` does remove the bound: `shouldContinue` returns true
 * when `this.maxIterations === undefined` (`executor.js` ~251). `null` stops at once (`0 < null` is false).
 */
const MAX_ITERATIONS_PROPERTY: BoundKnowledge = {
  ...MAX_ITERATIONS,
  nullMeaning: 'which removes the limit: `AgentExecutor` treats an unset `maxIterations` as no limit at all',
};

/**
 * `modelCallLimitMiddleware({ threadLimit?, runLimit?, exitBehavior? })` checks
 * `typeof limit === "number" && limit <= count`, reading each limit from the run's `context`
 * first: with neither limit it never ends the agent, nor with limits that no count reaches
 * (`Infinity`, `NaN`). `langchain@1.5.14` `dist/agents/middleware/modelCallLimit.js`.
 */
const MODEL_CALL_LIMITS = ['threadLimit', 'runLimit'] as const;

/**
 * LangChain messages: `content` is a string or a list of content blocks, never null
 * (`@langchain/core` 1.4.0 `dist/messages/base.d.ts`).
 */
const HOOK: Omit<PredicateKnowledge, 'role'> = { framework: 'langchain', nullableContent: false };

/** Middleware hooks that run between model calls and may end the agent with `jumpTo: "end"` (1.5.14 `dist/agents/middleware/types.d.ts`). */
const HOOK_NAMES = ['beforeAgent', 'beforeModel', 'afterModel', 'afterAgent'];

/** Member names worth resolving (`agents.AgentExecutor`, `AgentExecutor.fromAgentAndTools`); others are skipped before any lookup. */
const CALLEES = new Set([
  'tool',
  'fromAgentAndTools',
  'initializeAgentExecutorWithOptions',
  'modelCallLimitMiddleware',
  'createMiddleware',
  'AgentExecutor',
  'DynamicTool',
  'DynamicStructuredTool',
]);

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const origin = resolveImportedCallee(ctx, node.expression, CALLEES);
  if (!origin) return;
  const args = node.arguments;
  if (matchesOrigin(origin, TOOL_MODULES, ['tool'])) {
    const [fn, fields] = args;
    if (fn) addTool(ctx, fn, getName(ctx, fields));
  } else if (matchesOrigin(origin, EXECUTOR_MODULES, ['AgentExecutor', 'fromAgentAndTools'])) {
    onExecutorOptions(ctx, args[0]);
  } else if (matchesOrigin(origin, EXECUTOR_MODULES, ['initializeAgentExecutorWithOptions'])) {
    onExecutorOptions(ctx, args[2]);
  } else if (matchesOrigin(origin, V1_MODULES, ['modelCallLimitMiddleware'])) {
    onModelCallLimit(node, ctx);
  } else if (matchesOrigin(origin, V1_MODULES, ['createMiddleware'])) {
    onMiddleware(ctx, args[0]);
  }
}

function onNew(node: TS.NewExpression, ctx: CollectContext): void {
  const origin = resolveImportedCallee(ctx, node.expression, CALLEES);
  if (!origin) return;
  const [first] = node.arguments ?? [];
  if (matchesOrigin(origin, EXECUTOR_MODULES, ['AgentExecutor'])) {
    onExecutorOptions(ctx, first);
  } else if (matchesOrigin(origin, TOOL_MODULES, ['DynamicTool']) || matchesOrigin(origin, TOOL_MODULES, ['DynamicStructuredTool'])) {
    const fields = getObject(ctx, first);
    if (typeof fields !== 'object') return;
    const func = getEntry(fields, ['func']);
    if (typeof func === 'object') addToolEntry(ctx, func, getName(ctx, first));
  }
}

function onExecutorOptions(ctx: CollectContext, argument: TS.Expression | undefined): void {
  const options = getObject(ctx, argument);
  if (typeof options !== 'object' || !argument) return;
  const entry = getEntry(options, ['maxIterations']);
  if (typeof entry !== 'object') return;
  // A negative count stops before the first iteration: no loop to bound.
  addBoundFromEntry(ctx, entry, argument, MAX_ITERATIONS, keepCountsFrom(0));
}

/** `executor.maxIterations = undefined` on an executor built in this file (or followed by the scanner). */
function onAssignment(node: TS.BinaryExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
  const target = unwrap(ts, node.left);
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== 'maxIterations') return;
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, target.expression);
  const isExecutor =
    matchesOrigin(origin, EXECUTOR_MODULES, ['AgentExecutor', '()']) ||
    matchesOrigin(origin, EXECUTOR_MODULES, ['AgentExecutor', 'fromAgentAndTools', '()']) ||
    matchesOrigin(origin, EXECUTOR_MODULES, ['initializeAgentExecutorWithOptions', '()']);
  if (!isExecutor) return;
  const values = toBoundValues(evaluate(ctx.evalContext, node.right), node.right).filter(
    (value) => value.kind !== 'null' && !(value.kind === 'number' && value.value < 0),
  );
  if (values.length === 0) return;
  ctx.facts.bounds.push({ ...MAX_ITERATIONS_PROPERTY, option: 'maxIterations', range: ctx.range(node), values });
}

/**
 * `modelCallLimitMiddleware()` with neither limit (or only limits no count reaches) counts model
 * calls and never stops the agent. Limits may also come from the run's `context`
 * (`agent.invoke(input, { context: { runLimit: 5 } })`): a file that names either limit anywhere
 * else stays silent.
 */
function onModelCallLimit(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const [argument] = node.arguments;
  if (argument && ts.isSpreadElement(argument)) return;
  const options = getObject(ctx, argument);
  if (options === 'unknown' || options === 'other') return;
  let infinite = false;
  if (options !== 'absent') {
    for (const name of MODEL_CALL_LIMITS) {
      const limit = getLimit(options, name);
      if (limit === 'bounded' || limit === 'unknown') return;
      if (limit === 'infinite') infinite = true;
    }
  }
  if (namesLimitElsewhere(ctx, node)) return;
  ctx.facts.missingBounds.push({
    framework: 'langchain',
    api: 'modelCallLimitMiddleware()',
    missing: infinite ? 'no finite `threadLimit` or `runLimit`' : 'neither `threadLimit` nor `runLimit`',
    effect: "it counts model calls but never stops the agent: only the graph's `recursionLimit` (25 supersteps by default) does",
    fix: 'Pass a limit such as `modelCallLimitMiddleware({ runLimit: 20 })`.',
    range: ctx.range(node.expression),
  });
}

/** What one limit does: `absent` (missing or nullish), `infinite` (no count reaches it), `bounded`, or `unknown`. */
function getLimit(options: ObjectValue, name: string): 'absent' | 'infinite' | 'bounded' | 'unknown' {
  const entry = getEntry(options, [name]);
  if (entry === 'missing') return 'absent';
  if (entry === 'unknown') return 'unknown';
  let result: 'absent' | 'infinite' = 'absent';
  for (const option of getOptions(entry.value())) {
    if (option.kind === 'null' || option.kind === 'undefined') continue;
    if (option.kind !== 'number') return 'unknown';
    // `limit <= count` never holds for these.
    if (option.value === Infinity || Number.isNaN(option.value) || option.value >= Number.MAX_SAFE_INTEGER) result = 'infinite';
    else return 'bounded';
  }
  return result;
}

function namesLimitElsewhere(ctx: CollectContext, node: TS.Node): boolean {
  const text = ctx.sourceFile.text;
  for (const match of text.matchAll(/\b(?:threadLimit|runLimit)\b/g)) {
    if (match.index < node.pos || match.index >= node.end) return true;
  }
  return false;
}

/**
 * `createMiddleware({ afterModel: (state) => ... })` or `afterModel: { hook, canJumpTo }`: a hook
 * that returns `jumpTo` decides when the agent ends, so it is a termination predicate.
 */
function onMiddleware(ctx: CollectContext, argument: TS.Expression | undefined): void {
  const options = getObject(ctx, argument);
  if (typeof options !== 'object') return;
  for (const name of HOOK_NAMES) {
    const entry = getEntry(options, [name]);
    if (typeof entry !== 'object') continue;
    const usedAt = entry.node.getSourceFile() === ctx.sourceFile ? entry.node : (argument ?? entry.node);
    for (const hook of getHookFunctions(ctx, entry)) {
      if (jumps(ctx, hook)) addStatePredicateFunction(ctx, hook, { ...HOOK, role: `\`${name}\` hook` }, usedAt);
    }
  }
}

/** The functions a hook entry holds: the value itself, its `hook` key, or a method of either name. */
function getHookFunctions(ctx: CollectContext, entry: PropertyEntry): TS.FunctionLikeDeclaration[] {
  const { ts } = ctx;
  if (ts.isMethodDeclaration(entry.node)) return [entry.node];
  if (!entry.valueNode) return [];
  const direct = getFunctions(ctx, entry.valueNode);
  if (direct.length > 0) return direct;
  const value = evaluate(ctx.evalContext, entry.valueNode);
  if (value.kind !== 'object') return [];
  const hook = getEntry(value.object, ['hook']);
  if (typeof hook !== 'object') return [];
  if (ts.isMethodDeclaration(hook.node)) return [hook.node];
  return hook.valueNode ? getFunctions(ctx, hook.valueNode) : [];
}

/** Whether a hook's body sets `jumpTo` anywhere (the only way a hook ends the agent). */
function jumps(ctx: CollectContext, fn: TS.FunctionLikeDeclaration): boolean {
  const { ts } = ctx;
  if (!fn.body) return false;
  let found = false;
  const walk = (child: TS.Node): void => {
    if (found) return;
    if ((ts.isPropertyAssignment(child) || ts.isShorthandPropertyAssignment(child)) && getPropertyName(ts, child.name) === 'jumpTo') {
      found = true;
      return;
    }
    ts.forEachChild(child, walk);
  };
  walk(fn.body);
  return found;
}

/** `class WeatherLookup extends StructuredTool { async _call(input) {...} }`: `_call` is the tool body. */
function onClass(node: TS.ClassLikeDeclaration, ctx: CollectContext): void {
  const { ts } = ctx;
  const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base) return;
  const name = ts.isIdentifier(base) ? base.text : ts.isPropertyAccessExpression(base) ? base.name.text : undefined;
  if (name !== 'Tool' && name !== 'StructuredTool') return;
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, base);
  if (!matchesOrigin(origin, TOOL_MODULES, ['Tool']) && !matchesOrigin(origin, TOOL_MODULES, ['StructuredTool'])) return;
  let toolName = node.name?.text;
  for (const member of node.members) {
    if (ts.isPropertyDeclaration(member) && member.initializer && getPropertyName(ts, member.name) === 'name') {
      const value = evaluate(ctx.evalContext, member.initializer);
      if (value.kind === 'string') toolName = value.value;
    }
  }
  for (const member of node.members) {
    if (ts.isMethodDeclaration(member) && member.body && getPropertyName(ts, member.name) === '_call') {
      addToolFunction(ctx, member, toolName, member);
    }
  }
}

export const langchain: FrameworkAdapter = {
  id: 'langchain',
  packages: ['langchain', '@langchain/classic', '@langchain/core'],
  hint: /langchain/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
    NewExpression: visit<TS.NewExpression>(onNew),
    BinaryExpression: visit<TS.BinaryExpression>(onAssignment),
    ClassDeclaration: visit<TS.ClassDeclaration>(onClass),
    ClassExpression: visit<TS.ClassExpression>(onClass),
  },
};

/** The `name` a tool is given, when it is a string halting can read. */
function getName(ctx: CollectContext, fields: TS.Expression | undefined): string | undefined {
  const object = getObject(ctx, fields);
  return typeof object === 'object' ? getStringOption(object, ['name']) : undefined;
}
