/**
 * Mastra (`@mastra/core`): agent runs (`agent.generate`/`agent.stream` and an agent's
 * `defaultOptions`) whose `stopWhen` replaces the 5-step default without a `maxSteps`,
 * workflow loops (`.dowhile`/`.dountil`) whose condition ignores `iterationCount`, their
 * conditions as termination predicates, and `createTool({ execute })` bodies. Everything is
 * recognised through an import from `@mastra/core` (any subpath).
 */
import type * as TS from 'typescript';
import { stripNodePrefix, type CalleeOrigin } from '../callee.js';
import type { BoundValue } from '../facts.js';
import { getDottedName, isFunctionLike } from '../syntax.js';
import { getEntry, type ObjectValue } from '../values/value.js';
import {
  addExecute,
  addStopFacts,
  addStopPredicates,
  analyzeStopWhen,
  getCalleeName,
  getCalleeOrigin,
  getDeclaredName,
  type StopAnalysis,
} from './ai-sdk.js';
import {
  addPredicate,
  getFunctions,
  getObject,
  getStringOption,
  toBoundValues,
  type BoundKnowledge,
  type PredicateKnowledge,
} from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * `MastraLLMVNext.stream`: `if (maxSteps && typeof maxSteps === "number") stopWhen =
 * [stepCountIs(maxSteps), ...userConditions]; else stopWhen = stopWhen ?? stepCountIs(5)`. So a
 * falsy `maxSteps` (0, NaN) falls back, a negative or fractional one never matches (`===`), and
 * a `stopWhen` without `maxSteps` replaces the 5-step default. Call options are deep-merged over
 * the agent's `defaultOptions` (`AgentConfig.defaultOptions: AgentExecutionOptions`).
 * npm @mastra/core@1.71.0 `dist/agent-BOxKOk3n.js` ~31219-31225, ~41393; `dist/agent/types.d.ts` ~747;
 * `dist/agent/agent.types.d.ts` ~544-546.
 */
const MAX_STEPS: BoundKnowledge = {
  framework: 'mastra',
  unit: 'steps',
  minimum: 1,
  belowMinimumMeaning:
    'which never matches: Mastra turns it into `stepCountIs(maxSteps)`, which compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
  nullMeaning: undefined,
  example: '10',
};
const DEFAULT_CAP = 'the default cap of 5 steps no longer applies';
const RUN_METHODS = new Set(['generate', 'stream']);

/**
 * Workflow loops: `dowhile(step, condition)` / `dountil(step, condition)`. The condition gets
 * `iterationCount` (1 at the first check; `runCount` is its deprecated name); there is no
 * max-iterations option (`StepFlowEntryOptions` has id/description/metadata), and the loop
 * exits only through the condition, an abort or a failed step.
 * npm @mastra/core@1.71.0 `dist/workflows/workflow.d.ts` ~377-382, `dist/workflows/step.d.ts` ~56,
 * `dist/agent-BOxKOk3n.js` `executeLoop` ~1360-1505.
 */
const LOOP_METHODS: Readonly<Record<string, { effect: string; fix: string }>> = {
  dountil: {
    effect: 'the workflow runs its step again until the condition returns `true`, with no limit on the number of iterations',
    fix: 'Stop at a limit in the condition, such as `iterationCount >= 10 || ...`.',
  },
  dowhile: {
    effect: 'the workflow runs its step again for as long as the condition returns `true`, with no limit on the number of iterations',
    fix: 'Stop at a limit in the condition, such as `iterationCount < 10 && ...`.',
  },
};
const ITERATION_NAMES = new Set(['iterationCount', 'runCount']);
const WORKFLOW_FACTORIES = new Set(['createWorkflow', 'Workflow']);

/** Loop conditions read step output the user defines; content there is not known to be nullable. */
const LOOP_CONDITION: Omit<PredicateKnowledge, 'role'> = { framework: 'mastra', nullableContent: false };

/** `createTool({ id, execute })`: npm @mastra/core@1.71.0 `dist/tools/tool.d.ts` ~310, `dist/tools/types.d.ts` ~579-612. */
const TOOL_FACTORIES = new Set(['createTool']);

const CONSTRUCTED = new Set(['Agent']);
const CALLED = new Set([...RUN_METHODS, ...Object.keys(LOOP_METHODS), ...TOOL_FACTORIES]);

function isMastra(origin: CalleeOrigin | undefined): origin is CalleeOrigin & { module: string } {
  if (origin?.module === undefined) return false;
  const module = stripNodePrefix(origin.module);
  return module === '@mastra/core' || module.startsWith('@mastra/core/');
}

/** Whether `maxSteps` is in effect: judged values are recorded; 0, NaN, null and undefined fall back to the default. */
function getMaxSteps(options: ObjectValue): { state: 'absent' | 'set' | 'unknown'; values: BoundValue[] } {
  const entry = getEntry(options, ['maxSteps']);
  if (entry === 'missing') return { state: 'absent', values: [] };
  if (entry === 'unknown') return { state: 'unknown', values: [] };
  const values = toBoundValues(entry.value(), entry.valueNode).filter(
    (value) =>
      value.kind !== 'null' && value.kind !== 'undefined' && !(value.kind === 'number' && (value.value === 0 || Number.isNaN(value.value))),
  );
  return { state: values.length === 0 ? 'absent' : 'set', values };
}

/** Judges one options object (a call's, or an agent's `defaultOptions`). */
function onRunOptions(
  ctx: CollectContext,
  options: ObjectValue,
  api: string,
  fallback: TS.Node,
  defaults: () => 'absent' | 'set' | 'unknown',
  where?: string,
): void {
  const stopWhen = getEntry(options, ['stopWhen']);
  if (stopWhen === 'unknown') return;
  let analysis: StopAnalysis = { kind: 'absent' };
  if (stopWhen !== 'missing') {
    const analysed = analyzeStopWhen(ctx, stopWhen.value());
    analysis = analysed.analysis;
    addStopPredicates(ctx, analysed.functions, 'mastra', stopWhen, fallback);
  }
  const maxSteps = getMaxSteps(options);
  if (maxSteps.state === 'unknown') return;
  const entry = getEntry(options, ['maxSteps']);
  if (maxSteps.state === 'set' && typeof entry === 'object') {
    // A step count among the user's own conditions also ends the loop.
    if (analysis.kind === 'unknown' || (analysis.kind === 'count' && analysis.quality === 'valid')) return;
    const at = entry.node.getSourceFile() === ctx.sourceFile ? entry.node : fallback;
    ctx.facts.bounds.push({ ...MAX_STEPS, option: entry.name, range: ctx.range(at), values: maxSteps.values });
    return;
  }
  if (stopWhen === 'missing' || analysis.kind === 'absent' || analysis.kind === 'unknown') return;
  if (defaults() !== 'absent') return;
  addStopFacts(ctx, analysis, stopWhen, {
    framework: 'mastra',
    api,
    replaced: DEFAULT_CAP,
    example: '10',
    fallback,
    fix: 'maxSteps',
    ...(where === undefined ? {} : { where }),
  });
}

/** The agent's `defaultOptions` object, or why it cannot be read. */
function getDefaultOptions(
  ctx: CollectContext,
  agent: TS.NewExpression | TS.CallExpression | undefined,
): ObjectValue | 'absent' | 'unknown' {
  if (!agent || !ctx.ts.isNewExpression(agent)) return 'unknown';
  const config = getObject(ctx, agent.arguments?.[0]);
  if (typeof config === 'string') return config === 'absent' ? 'absent' : 'unknown';
  const entry = getEntry(config, ['defaultOptions']);
  if (entry === 'missing') return 'absent';
  if (entry === 'unknown' || !entry.valueNode) return 'unknown';
  const options = getObject(ctx, entry.valueNode);
  if (typeof options === 'string') return options === 'absent' ? 'absent' : 'unknown';
  return options;
}

function onNew(node: TS.NewExpression, ctx: CollectContext): void {
  if (getCalleeName(ctx, node.expression, CONSTRUCTED) !== 'Agent') return;
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isMastra(origin) || origin.path.length !== 1 || origin.path[0] !== 'Agent') return;
  const defaults = getDefaultOptions(ctx, node);
  if (typeof defaults === 'string') return;
  onRunOptions(ctx, defaults, getDottedName(ctx.ts, node.expression) ?? 'Agent', node.expression, () => 'absent', ' in `defaultOptions`');
}

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const name = getCalleeName(ctx, node.expression, CALLED);
  if (name === undefined) return;
  if (RUN_METHODS.has(name)) onRun(node, name, ctx);
  else if (Object.hasOwn(LOOP_METHODS, name)) onWorkflowLoop(node, name, ctx);
  else if (TOOL_FACTORIES.has(name)) onTool(node, ctx);
}

/** `agent.generate(messages, options)` / `agent.stream(...)` on an agent built with `new Agent(...)`. */
function onRun(node: TS.CallExpression, name: string, ctx: CollectContext): void {
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isMastra(origin) || origin.path.length !== 3 || origin.path[0] !== 'Agent' || origin.path[1] !== '()' || origin.path[2] !== name)
    return;
  const options = getObject(ctx, node.arguments[1]);
  if (typeof options === 'string') return;
  const defaults = (): 'absent' | 'set' | 'unknown' => {
    const object = getDefaultOptions(ctx, origin.calls[0]);
    if (object === 'absent') return 'absent';
    if (object === 'unknown') return 'unknown';
    return getMaxSteps(object).state;
  };
  onRunOptions(ctx, options, getDottedName(ctx.ts, node.expression) ?? name, node.expression, defaults);
}

/** `.dowhile(step, condition)` / `.dountil(step, condition)` on a workflow from `createWorkflow` or `new Workflow`. */
function onWorkflowLoop(node: TS.CallExpression, name: string, ctx: CollectContext): void {
  const { ts } = ctx;
  const loop = LOOP_METHODS[name];
  const condition = node.arguments[1];
  if (!loop || !condition || !ts.isPropertyAccessExpression(node.expression)) return;
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isMastra(origin) || origin.path.at(-1) !== name || !WORKFLOW_FACTORIES.has(origin.path[0] ?? '')) return;
  const functions = getFunctions(ctx, condition);
  addPredicate(ctx, condition, { ...LOOP_CONDITION, role: `\`${name}\` condition` }, node.expression.name);
  // A declarative `{ predicate }` or an unresolved function: halting cannot tell what it reads.
  if (functions.length === 0 || functions.some((fn) => mayCountIterations(ctx, fn))) return;
  ctx.facts.missingBounds.push({
    framework: 'mastra',
    api: name,
    missing: 'no iteration cap, and its condition never reads `iterationCount`',
    effect: loop.effect,
    fix: loop.fix,
    range: ctx.range(node.expression.name),
  });
}

/**
 * Whether a loop condition may bound the loop by a count: it names `iterationCount` (or
 * `runCount`), compares numbers with `<`, `<=`, `>` or `>=` (a counter of its own, such as
 * `inputData.attempt >= inputData.maxAttempts`), or hands its whole parameter to other code.
 */
function mayCountIterations(ctx: CollectContext, fn: TS.FunctionLikeDeclaration): boolean {
  const { ts } = ctx;
  const RELATIONAL = new Set([
    ts.SyntaxKind.LessThanToken,
    ts.SyntaxKind.LessThanEqualsToken,
    ts.SyntaxKind.GreaterThanToken,
    ts.SyntaxKind.GreaterThanEqualsToken,
  ]);
  const [parameter] = fn.parameters;
  if (parameter && ts.isObjectBindingPattern(parameter.name) && parameter.name.elements.some((element) => element.dotDotDotToken))
    return true;
  const parameterName = parameter && ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
  let found = false;
  const walk = (node: TS.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(node) && RELATIONAL.has(node.operatorToken.kind)) found = true;
    else if (ts.isIdentifier(node)) {
      if (ITERATION_NAMES.has(node.text)) found = true;
      // The parameter itself passed on, spread or aliased, rather than read key by key.
      else if (parameterName !== undefined && node.text === parameterName && node !== parameter?.name && !isKeyRead(ctx, node))
        found = true;
    }
    ts.forEachChild(node, walk);
  };
  if (fn.body) walk(fn.body);
  return found;
}

function isKeyRead(ctx: CollectContext, identifier: TS.Identifier): boolean {
  const { ts } = ctx;
  const parent = identifier.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === identifier) ||
    isFunctionLike(ts, parent)
  );
}

/** `createTool({ id, execute })`: the tool is named by its `id`. */
function onTool(node: TS.CallExpression, ctx: CollectContext): void {
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isMastra(origin) || origin.path.length !== 1 || !TOOL_FACTORIES.has(origin.path[0] ?? '')) return;
  const options = getObject(ctx, node.arguments[0]);
  if (typeof options === 'string') return;
  addExecute(ctx, options, getStringOption(options, ['id']) ?? getDeclaredName(ctx, node));
}

export const mastra: FrameworkAdapter = {
  id: 'mastra',
  packages: ['@mastra/core'],
  // The import itself, or run options of an agent imported from another file (scanner).
  hint: /@mastra\/core|stopWhen|maxSteps/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
    NewExpression: visit<TS.NewExpression>(onNew),
  },
};
