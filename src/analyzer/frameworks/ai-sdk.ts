/**
 * Vercel AI SDK (`ai`, v4 to v7): the tool loops of `generateText`/`streamText` and of the
 * agent classes, their stop conditions (`stopWhen`, v4 `maxSteps`), custom `stopWhen`
 * predicates, and `tool({ execute })` bodies, all recognised through an import from `ai`.
 * The stop-condition analysis is exported for Mastra and VoltAgent, which take AI SDK
 * conditions too; it records facts and never decides what is reported.
 */
import type * as TS from 'typescript';
import { resolveOrigin, stripNodePrefix, type CalleeOrigin } from '../callee.js';
import { resolveIdentifier } from '../scope.js';
import type { BoundFact, BoundValue } from '../facts.js';
import { getAccessedName, getDottedName, getPropertyName, unwrap } from '../syntax.js';
import { evaluate } from '../values/evaluate.js';
import { getEntry, getOptions, type ObjectValue, type PropertyEntry, type Value } from '../values/value.js';
import { addPredicateFunction, addToolEntry, getObject, toBoundValues, type PredicateKnowledge } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

const AI_MODULES: readonly string[] = ['ai'];

/**
 * Stop-condition factories and what they can do. `stepCountIs`/`isStepCount` return
 * `({ steps }) => steps.length === n` (strict equality, so only a whole count of 1 or more
 * ever matches); `hasToolCall` fires only when the model calls a named tool; `isLoopFinished`
 * returns `() => false`. Checked in vercel/ai `packages/ai/src/generate-text/stop-condition.ts`
 * (npm ai@5.0.244, ai@6.0.264, ai@7.0.173; `isStepCount` is v7, where `stepCountIs` is its
 * deprecated alias; `isLoopFinished` is v6+).
 */
const STOP_FACTORIES: Readonly<Record<string, 'count' | 'toolCall' | 'never'>> = {
  stepCountIs: 'count',
  isStepCount: 'count',
  hasToolCall: 'toolCall',
  isLoopFinished: 'never',
};

/**
 * Loop APIs and the cap an explicit `stopWhen` replaces. generateText/streamText default to
 * `stopWhen = stepCountIs(1)` (a destructuring default: `undefined` keeps it), npm ai@5.0.244,
 * ai@6.0.264, ai@7.0.173 `dist/index.mjs`/`index.js`. ToolLoopAgent uses
 * `this.settings.stopWhen ?? stepCountIs(20)` in `prepareCall` (ai@6.0.264; `isStepCount(20)`
 * in ai@7.0.173); `Experimental_Agent` is v5's `Agent` class (it spreads its settings into
 * generateText, so one step) and a deprecated alias of ToolLoopAgent from v6.
 */
const LOOP_CALLS: Readonly<Record<string, LoopApi>> = {
  generateText: { replaced: 'the default of a single step (`stepCountIs(1)`) no longer applies', example: '10' },
  streamText: { replaced: 'the default of a single step (`stepCountIs(1)`) no longer applies', example: '10' },
};
const AGENT_CLASSES: Readonly<Record<string, LoopApi>> = {
  ToolLoopAgent: { replaced: 'the default cap of 20 steps no longer applies', example: '20' },
  Experimental_Agent: { replaced: 'the default step cap (20 steps from v6 on, one step in v5) no longer applies', example: '20' },
};

/**
 * v4 `maxSteps` (default 1): `maxSteps < 1` throws `InvalidArgumentError`, NaN and fractions
 * still stop (`++stepCount < maxSteps`), so only a huge count removes the bound. v5 removed
 * the option. npm ai@4.3.19 `dist/index.mjs` (generateText ~4169-4400, streamText ~5203-5443).
 */
const MAX_STEPS_V4 = { framework: 'ai-sdk', unit: 'steps', minimum: 1, nullMeaning: undefined, example: '10' } as const;

/** `tool()` and `dynamicTool()` return their argument; `execute` is what the model makes run (ai@7.0.173 `provider-utils` tool.ts). */
const TOOL_FACTORIES = new Set(['tool', 'dynamicTool']);

interface LoopApi {
  /** What an explicit stop condition replaces, as a clause (`the default cap of 20 steps no longer applies`). */
  replaced: string;
  /** The step count the fix suggests. */
  example: string;
}

/**
 * Custom `stopWhen` functions are termination predicates. They read steps whose `content` is an
 * array of parts and messages whose `content` is a string or parts, never null; `step.text` is
 * always a string (ai@7.0.173 `generate-text/step-result.ts`, `provider-utils`
 * `assistant-model-message.ts`). Mastra and VoltAgent hand AI SDK steps to them too.
 */
const STOP_WHEN_ROLE = 'custom `stopWhen` condition';

/** What one `stopWhen` value can do. */
export type StopAnalysis =
  /** null or undefined: the API's default applies. */
  | { kind: 'absent' }
  /** A condition halting cannot judge (a custom function, an unresolved value): it may fire. */
  | { kind: 'unknown' }
  /** The tightest step count among the conditions, and whether its value is a count that can match. */
  | { kind: 'count'; call: TS.CallExpression; option: string; quality: 'valid' | 'unknown' | 'invalid' }
  /** Only conditions that never end the loop by themselves (`hasToolCall`, `isLoopFinished`, `[]`). */
  | { kind: 'never'; conditions: NeverCondition[] };

interface NeverCondition {
  kind: 'never';
  call: TS.CallExpression;
  factory: 'toolCall' | 'never';
}

type Condition =
  | { kind: 'count'; call: TS.CallExpression; option: string; quality: 'valid' | 'unknown' | 'invalid'; largest: number }
  | NeverCondition
  | { kind: 'custom'; fn: TS.FunctionLikeDeclaration }
  | { kind: 'unknown' };

/** Whether an origin's module is one of `modules` (`node:` prefixes aside). */
function isModule(origin: CalleeOrigin | undefined, modules: readonly string[]): origin is CalleeOrigin & { module: string } {
  return origin?.module !== undefined && modules.includes(stripNodePrefix(origin.module));
}

/**
 * The name a callee is written with, for cheap checks before resolving: a member's key, or an
 * identifier's own name unless `names` lacks it and it is an aliased import (`{ Experimental_Agent as Agent }`).
 */
export function getCalleeName(ctx: CollectContext, callee: TS.Expression, names: ReadonlySet<string>): string | undefined {
  const { ts } = ctx;
  const node = unwrap(ts, callee);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return getAccessedName(ts, node);
  if (!ts.isIdentifier(node)) return undefined;
  if (names.has(node.text)) return node.text;
  const binding = resolveIdentifier(ts, node);
  return binding.kind === 'import' ? binding.imported : node.text;
}

/** Where a callee comes from, when it is written as a name or a member. */
export function getCalleeOrigin(ctx: CollectContext, callee: TS.Expression): CalleeOrigin | undefined {
  return resolveOrigin(ctx.ts, ctx.evalContext.resolver, callee);
}

function classifyCondition(ctx: CollectContext, value: Value, modules: readonly string[]): Condition {
  if (value.kind === 'function') return { kind: 'custom', fn: value.node };
  if (value.kind !== 'call' || value.isNew || !ctx.ts.isCallExpression(value.node)) return { kind: 'unknown' };
  const call = value.node;
  const origin = getCalleeOrigin(ctx, call.expression);
  if (!isModule(origin, modules) || origin.path.length !== 1) return { kind: 'unknown' };
  const name = origin.path[0] ?? '';
  const factory = Object.hasOwn(STOP_FACTORIES, name) ? STOP_FACTORIES[name] : undefined;
  if (factory === undefined) return { kind: 'unknown' };
  if (factory !== 'count') return { kind: 'never', call, factory };
  const option = getDottedName(ctx.ts, call.expression) ?? name;
  const values = getCountValues(ctx, call);
  let quality: 'valid' | 'unknown' | 'invalid' = 'valid';
  let largest = 0;
  for (const bound of values) {
    if (bound.kind === 'unknown') {
      if (quality === 'valid') quality = 'unknown';
    } else if (bound.kind !== 'number' || !isMatchingCount(bound.value)) {
      quality = 'invalid';
    } else {
      largest = Math.max(largest, bound.value);
    }
  }
  return { kind: 'count', call, option, quality, largest };
}

/** A count `steps.length === n` can reach: a whole number from 1 below the sentinel range. */
function isMatchingCount(count: number): boolean {
  return Number.isInteger(count) && count >= 1 && count < Number.MAX_SAFE_INTEGER;
}

function getCountValues(ctx: CollectContext, call: TS.CallExpression): BoundValue[] {
  const argument = call.arguments[0];
  // `stepCountIs()` compares with undefined: it never matches either.
  if (!argument) return [{ kind: 'undefined', text: 'undefined' }];
  return toBoundValues(evaluate(ctx.evalContext, argument), argument);
}

/**
 * What a `stopWhen` value can do, and the custom functions among its conditions (termination
 * predicates). `modules` are those whose stop-condition factories are recognised.
 */
export function analyzeStopWhen(
  ctx: CollectContext,
  value: Value,
  modules: readonly string[] = AI_MODULES,
): { analysis: StopAnalysis; functions: TS.FunctionLikeDeclaration[] } {
  const functions: TS.FunctionLikeDeclaration[] = [];
  const options = getOptions(value);
  const analyses = options.map((option) => analyzeOption(ctx, option, modules, functions));
  const never = analyses.find((analysis) => analysis.kind === 'never');
  if (never) return { analysis: never, functions };
  const present = analyses.filter((analysis) => analysis.kind !== 'absent');
  if (present.length === 0) return { analysis: { kind: 'absent' }, functions };
  // A ternary between stop conditions: only a branch that never fires is judged.
  if (present.length > 1 || analyses.length > 1) return { analysis: { kind: 'unknown' }, functions };
  return { analysis: present[0] ?? { kind: 'unknown' }, functions };
}

function analyzeOption(
  ctx: CollectContext,
  value: Value,
  modules: readonly string[],
  functions: TS.FunctionLikeDeclaration[],
): StopAnalysis {
  if (value.kind === 'undefined' || value.kind === 'null') return { kind: 'absent' };
  let conditions: Condition[];
  if (value.kind === 'array') {
    conditions = value.elements.map((element) => classifyCondition(ctx, element, modules));
    if (value.open) conditions.push({ kind: 'unknown' });
  } else {
    conditions = [classifyCondition(ctx, value, modules)];
  }
  const counts: Extract<Condition, { kind: 'count' }>[] = [];
  const nevers: NeverCondition[] = [];
  let mayFire = false;
  for (const condition of conditions) {
    if (condition.kind === 'custom') {
      functions.push(condition.fn);
      mayFire = true;
    } else if (condition.kind === 'unknown') {
      mayFire = true;
    } else if (condition.kind === 'count') {
      counts.push(condition);
    } else {
      nevers.push(condition);
    }
  }
  const valid = counts.filter((count) => count.quality === 'valid').sort((a, b) => a.largest - b.largest)[0];
  const best = valid ?? (mayFire ? undefined : (counts.find((count) => count.quality === 'unknown') ?? counts[0]));
  if (best) return { kind: 'count', call: best.call, option: best.option, quality: best.quality };
  if (mayFire) return { kind: 'unknown' };
  return { kind: 'never', conditions: nevers };
}

/** A loop site whose `stopWhen` is judged: which API, what the condition replaces, where to report. */
export interface StopWhenSite {
  framework: string;
  /** The API as written (`generateText`, `supportAgent.generate`). */
  api: string;
  replaced: string;
  example: string;
  /** A phrase after the condition, when it is set somewhere other than the call (` in \`defaultOptions\``). */
  where?: string;
  /** How the fix adds a cap: a condition beside the others (AI SDK), or an option (Mastra `maxSteps`). */
  fix?: 'condition' | 'maxSteps';
  /** Reported here when the `stopWhen` property is written in another file. */
  fallback: TS.Node;
  /** Modules that export `stepCountIs`, for the fix (`ai` unless given). */
  modules?: readonly string[];
}

/** Records custom `stopWhen` functions as termination predicates. */
export function addStopPredicates(
  ctx: CollectContext,
  functions: readonly TS.FunctionLikeDeclaration[],
  framework: string,
  entry: PropertyEntry,
  fallback: TS.Node,
): void {
  const knowledge: PredicateKnowledge = { framework, role: STOP_WHEN_ROLE, nullableContent: false };
  const usedAt = entry.node.getSourceFile() === ctx.sourceFile && ctx.ts.isPropertyAssignment(entry.node) ? entry.node.name : fallback;
  for (const fn of functions) addPredicateFunction(ctx, fn, knowledge, usedAt);
}

/** Records what a `stopWhen` that can end the loop only through a bad count, or never, does. */
export function addStopFacts(ctx: CollectContext, analysis: StopAnalysis, entry: PropertyEntry, site: StopWhenSite): void {
  const at = entry.node.getSourceFile() === ctx.sourceFile ? entry.node : site.fallback;
  if (analysis.kind === 'count') {
    const callAt = analysis.call.getSourceFile() === ctx.sourceFile ? analysis.call : at;
    const values = getCountValues(ctx, analysis.call);
    ctx.facts.bounds.push({ ...countKnowledge(site.framework, analysis.option, site.example), range: ctx.range(callAt), values });
    return;
  }
  if (analysis.kind !== 'never') return;
  const toolCalls = analysis.conditions.filter((condition) => condition.factory === 'toolCall');
  const names = toolCalls.flatMap((condition) => condition.call.arguments.map((argument) => getStringLiteral(ctx, argument)));
  const calls =
    toolCalls.length === 0
      ? ''
      : names.length > 0 && names.every((name) => name !== undefined)
        ? `calls ${names.map((name) => `\`${name}\``).join(' or ')}${names.length > 1 ? ',' : ''} or `
        : 'calls one of the named tools, or ';
  ctx.facts.missingBounds.push({
    framework: site.framework,
    api: site.api,
    missing: `${describeNever(analysis.conditions)}${site.where ?? ''}`,
    effect: `${site.replaced}, and the loop stops only when the model ${calls}stops calling tools`,
    fix: describeFix(ctx, analysis.conditions, site),
    range: ctx.range(at),
  });
}

/** A count given to `stepCountIs`: `===` on the step count means anything but a whole count of 1 or more never matches. */
function countKnowledge(framework: string, option: string, example: string): Omit<BoundFact, 'range' | 'values'> {
  const never = `which never matches: \`${option}\` compares the number of finished steps, 1 or more, with \`===\`, so the loop stops only when the model decides to`;
  return { framework, option, unit: 'steps', minimum: 1, belowMinimumMeaning: never, nullMeaning: never, example, form: 'call' };
}

function getStringLiteral(ctx: CollectContext, argument: TS.Expression): string | undefined {
  const value = evaluate(ctx.evalContext, argument);
  return value.kind === 'string' ? value.value : undefined;
}

const MAX_SHOWN = 48;

function shown(call: TS.CallExpression): string {
  const text = call.getText();
  if (text.length <= MAX_SHOWN && !text.includes('\n')) return text;
  const callee = call.expression.getText();
  return callee.length <= MAX_SHOWN ? `${callee}(...)` : 'a condition';
}

function describeNever(conditions: readonly NeverCondition[]): string {
  if (conditions.length === 0) return '`stopWhen: []`, an empty list of stop conditions';
  const [only] = conditions;
  if (conditions.length === 1 && only) {
    return only.factory === 'never'
      ? `\`stopWhen: ${shown(only.call)}\`, a condition that is never true`
      : `a \`stopWhen\` of only \`${shown(only.call)}\``;
  }
  const texts = conditions.map((condition) => `\`${shown(condition.call)}\``);
  return `a \`stopWhen\` of only ${texts.slice(0, -1).join(', ')} and ${texts.at(-1) ?? ''}`;
}

function describeFix(ctx: CollectContext, conditions: readonly NeverCondition[], site: StopWhenSite): string {
  if (site.fix === 'maxSteps') return `Set a step cap beside it, such as \`maxSteps: ${site.example}\`.`;
  const cap = `${getCountFactory(ctx, site.modules ?? AI_MODULES)}(${site.example})`;
  const kept = conditions.filter((condition) => condition.factory === 'toolCall').map((condition) => condition.call.getText());
  if (kept.length === 0) return `Set a step cap such as \`stopWhen: ${cap}\`.`;
  const written = `stopWhen: [${[...kept, cap].join(', ')}]`;
  return written.length <= 2 * MAX_SHOWN && !written.includes('\n')
    ? `Add a step cap beside it, such as \`${written}\`.`
    : `Add a step cap such as \`${cap}\` to its conditions.`;
}

/**
 * How the file can write a step count: the local name of an imported `isStepCount` (v7
 * deprecates `stepCountIs`) or `stepCountIs`, a namespace's member, else `stepCountIs`.
 */
function getCountFactory(ctx: CollectContext, modules: readonly string[]): string {
  const { ts } = ctx;
  let named: string | undefined;
  let namespace: string | undefined;
  for (const statement of ctx.sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!modules.includes(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespace ??= bindings.name.text;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'isStepCount') return element.name.text;
      if (imported === 'stepCountIs') named ??= element.name.text;
    }
  }
  return named ?? (namespace === undefined ? 'stepCountIs' : `${namespace}.stepCountIs`);
}

/**
 * The name a value is bound to where it is written: the key of `{ key: value }` or the const it
 * initialises, also through a factory's arrow (`const createDocument = (session) => tool({...})`).
 */
export function getDeclaredName(ctx: CollectContext, node: TS.Node): string | undefined {
  const { ts } = ctx;
  let current = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent) ||
    ts.isAwaitExpression(current.parent) ||
    (ts.isArrowFunction(current.parent) && current.parent.body === current)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === current) return getPropertyName(ts, parent.name);
  if (ts.isVariableDeclaration(parent) && parent.initializer === current && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/** The loop options of `generateText`/`streamText` and the agent classes. */
function onLoopOptions(
  ctx: CollectContext,
  api: string,
  loop: LoopApi,
  optionsNode: TS.Expression | undefined,
  fallback: TS.Node,
  isCall: boolean,
): void {
  const options = getObject(ctx, optionsNode);
  if (typeof options === 'string') return;
  addPlainTools(ctx, options);
  // Without tools the model cannot ask for another step: the call makes one, whatever the bound.
  const loops = getEntry(options, ['tools']) !== 'missing';
  const stopWhen = getEntry(options, ['stopWhen']);
  if (stopWhen === 'unknown') return;
  if (stopWhen === 'missing') {
    if (isCall && loops) onMaxSteps(ctx, options, fallback);
    return;
  }
  const { analysis, functions } = analyzeStopWhen(ctx, stopWhen.value());
  addStopPredicates(ctx, functions, 'ai-sdk', stopWhen, fallback);
  if (!loops) return;
  if (analysis.kind === 'absent' && isCall) onMaxSteps(ctx, options, fallback);
  addStopFacts(ctx, analysis, stopWhen, { framework: 'ai-sdk', api, replaced: loop.replaced, example: loop.example, fallback });
}

/** v4 `maxSteps`: only a count that never runs out (Infinity, a huge number) removes the bound. */
function onMaxSteps(ctx: CollectContext, options: ObjectValue, fallback: TS.Node): void {
  const entry = getEntry(options, ['maxSteps']);
  if (typeof entry !== 'object') return;
  const values = toBoundValues(entry.value(), entry.valueNode).filter(
    (value) =>
      value.kind === 'unknown' || (value.kind === 'number' && (isMatchingCount(value.value) || value.value >= Number.MAX_SAFE_INTEGER)),
  );
  if (values.length === 0) return;
  const at = entry.node.getSourceFile() === ctx.sourceFile ? entry.node : fallback;
  ctx.facts.bounds.push({ ...MAX_STEPS_V4, option: entry.name, range: ctx.range(at), values });
}

/** `tools: { lookupOrder: { description, execute } }`: plain tool objects, without `tool()`. */
function addPlainTools(ctx: CollectContext, options: ObjectValue): void {
  const tools = getEntry(options, ['tools']);
  if (typeof tools !== 'object') return;
  const value = tools.value();
  if (value.kind !== 'object') return;
  for (const [name, entry] of value.object.entries) {
    const definition = entry.value();
    if (definition.kind !== 'object' || !ctx.ts.isObjectLiteralExpression(definition.object.node)) continue;
    const before = ctx.facts.tools.length;
    addExecute(ctx, definition.object, name);
    // The same object may be reached from several calls: keep one fact per body.
    const added = ctx.facts.tools.slice(before);
    ctx.facts.tools.length = before;
    for (const tool of added) {
      const known = ctx.facts.tools.some((other) => other.fileName === tool.fileName && other.range.start === tool.range.start);
      if (!known) ctx.facts.tools.push(tool);
    }
  }
}

const CALLED = new Set([...Object.keys(LOOP_CALLS), ...TOOL_FACTORIES]);
const CONSTRUCTED = new Set(Object.keys(AGENT_CLASSES));

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const name = getCalleeName(ctx, node.expression, CALLED);
  if (name === undefined || !CALLED.has(name)) return;
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isModule(origin, AI_MODULES) || origin.path.length !== 1) return;
  const api = origin.path[0] ?? '';
  const loop = Object.hasOwn(LOOP_CALLS, api) ? LOOP_CALLS[api] : undefined;
  if (loop) {
    onLoopOptions(ctx, getDottedName(ctx.ts, node.expression) ?? api, loop, node.arguments[0], node.expression, true);
  } else if (TOOL_FACTORIES.has(api)) {
    const options = getObject(ctx, node.arguments[0]);
    if (typeof options !== 'string') addExecute(ctx, options, getDeclaredName(ctx, node));
  }
}

function onNew(node: TS.NewExpression, ctx: CollectContext): void {
  const name = getCalleeName(ctx, node.expression, CONSTRUCTED);
  if (name === undefined || !CONSTRUCTED.has(name)) return;
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isModule(origin, AI_MODULES) || origin.path.length !== 1) return;
  const api = origin.path[0] ?? '';
  const loop = Object.hasOwn(AGENT_CLASSES, api) ? AGENT_CLASSES[api] : undefined;
  if (loop) onLoopOptions(ctx, getDottedName(ctx.ts, node.expression) ?? api, loop, node.arguments?.[0], node.expression, false);
}

export const aiSdk: FrameworkAdapter = {
  id: 'ai-sdk',
  packages: ['ai'],
  // The import itself, or loop options of a call whose import lives in another file (scanner).
  hint: /\bfrom\s*['"]ai['"]|\brequire\s*\(\s*['"]ai['"]|stopWhen|maxSteps/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
    NewExpression: visit<TS.NewExpression>(onNew),
  },
};

/** Records the `execute` of a tool definition object (a function or a method) as a tool body. */
export function addExecute(ctx: CollectContext, options: ObjectValue, name: string | undefined): void {
  const entry = getEntry(options, ['execute']);
  if (typeof entry === 'object') addToolEntry(ctx, entry, name);
}
