/**
 * VoltAgent (`@voltagent/core`): agents whose `maxSteps` becomes a `stepCountIs` that never
 * matches, or whose `stopWhen` (on the agent or on one `generateText`/`streamText` call)
 * replaces `stepCountIs(maxSteps)` and can never fire; custom `stopWhen` functions as
 * termination predicates; `createTool`/`tool`/`new Tool` bodies. Everything is recognised
 * through an import from `@voltagent/core`, which also re-exports `stepCountIs` and `hasToolCall`.
 */
import type * as TS from 'typescript';
import { stripNodePrefix, type CalleeOrigin } from '../callee.js';
import { getDottedName } from '../syntax.js';
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
import { getObject, getStringOption, isSet, toBoundValues, type BoundKnowledge } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

const VOLTAGENT_MODULE = '@voltagent/core';
/** Stop-condition factories: VoltAgent re-exports `stepCountIs` and `hasToolCall` from `ai` (npm @voltagent/core@2.10.0 `dist/index.mjs` ~43259, ~43432, ~43455). */
const CONDITION_MODULES: readonly string[] = ['ai', VOLTAGENT_MODULE];

/**
 * `this.maxSteps = options.maxSteps ?? (workspace ? 100 : 5)`; per call `options?.maxSteps ??
 * this.calculateMaxSteps()`; the loop gets `stopWhen: options?.stopWhen ?? this.stopWhen ??
 * stepCountIs(maxSteps)`. So null/undefined keep the default, while 0, a negative or a fractional
 * count reach `stepCountIs`, which never matches (`===`); an explicit `stopWhen` makes `maxSteps`
 * ignored. npm @voltagent/core@2.10.0 `dist/index.mjs` ~31159-31170, ~31406, ~31974, ~33338,
 * ~36865; `dist/index.d.ts` ~8426-8437 (AgentOptions), ~9454-9462 (per-call options).
 */
const MAX_STEPS: BoundKnowledge = {
  framework: 'voltagent',
  unit: 'steps',
  minimum: 1,
  belowMinimumMeaning:
    'which never matches: VoltAgent turns it into `stepCountIs(maxSteps)`, which compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
  nullMeaning: undefined,
  example: '10',
};
const DEFAULT_CAP = 'the `stepCountIs(maxSteps)` cap (5 steps by default, 100 with a workspace) no longer applies';
const RUN_METHODS = new Set(['generateText', 'streamText']);

/** `createTool({ name, execute })`, `tool` (its alias) and `new Tool(...)`: `dist/index.d.ts` ~573, ~645-650. */
const TOOL_FACTORIES = new Set(['createTool', 'tool']);

const CONSTRUCTED = new Set(['Agent', 'Tool']);
const CALLED = new Set([...RUN_METHODS, ...TOOL_FACTORIES]);

function isVoltAgent(origin: CalleeOrigin | undefined): origin is CalleeOrigin & { module: string } {
  return origin?.module !== undefined && stripNodePrefix(origin.module) === VOLTAGENT_MODULE;
}

function analyze(
  ctx: CollectContext,
  options: ObjectValue,
  fallback: TS.Node,
): { analysis: StopAnalysis; entry: ReturnType<typeof getEntry> } {
  const entry = getEntry(options, ['stopWhen']);
  if (typeof entry !== 'object') return { analysis: entry === 'missing' ? { kind: 'absent' } : { kind: 'unknown' }, entry };
  const { analysis, functions } = analyzeStopWhen(ctx, entry.value(), CONDITION_MODULES);
  addStopPredicates(ctx, functions, 'voltagent', entry, fallback);
  return { analysis, entry };
}

/** Records `maxSteps` when it is the bound in effect (no `stopWhen` replaces it). */
function addMaxSteps(ctx: CollectContext, options: ObjectValue, fallback: TS.Node): void {
  const entry = getEntry(options, ['maxSteps']);
  if (typeof entry !== 'object') return;
  const values = toBoundValues(entry.value(), entry.valueNode).filter((value) => value.kind !== 'null' && value.kind !== 'undefined');
  if (values.length === 0) return;
  const at = entry.node.getSourceFile() === ctx.sourceFile ? entry.node : fallback;
  ctx.facts.bounds.push({ ...MAX_STEPS, option: entry.name, range: ctx.range(at), values });
}

function replacedCap(options: ObjectValue): string {
  const maxSteps = getEntry(options, ['maxSteps']);
  if (typeof maxSteps !== 'object' || !maxSteps.valueNode) return DEFAULT_CAP;
  const written = maxSteps.valueNode.getText();
  return written.length <= 24 && !written.includes('\n') ? `\`maxSteps: ${written}\` is ignored` : '`maxSteps` is ignored';
}

/** `new Agent({ maxSteps, stopWhen })`. */
function onNew(node: TS.NewExpression, ctx: CollectContext): void {
  const name = getCalleeName(ctx, node.expression, CONSTRUCTED);
  if (name !== 'Agent' && name !== 'Tool') return;
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isVoltAgent(origin) || origin.path.length !== 1 || origin.path[0] !== name) return;
  const options = getObject(ctx, node.arguments?.[0]);
  if (typeof options === 'string') return;
  if (name === 'Tool') {
    addExecute(ctx, options, getStringOption(options, ['name']) ?? getDeclaredName(ctx, node));
    return;
  }
  const { analysis, entry } = analyze(ctx, options, node.expression);
  if (analysis.kind === 'absent') {
    addMaxSteps(ctx, options, node.expression);
  } else if (typeof entry === 'object') {
    addStopFacts(ctx, analysis, entry, {
      framework: 'voltagent',
      api: getDottedName(ctx.ts, node.expression) ?? 'Agent',
      replaced: replacedCap(options),
      example: '10',
      fallback: node.expression,
      modules: CONDITION_MODULES,
    });
  }
}

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const name = getCalleeName(ctx, node.expression, CALLED);
  if (name === undefined) return;
  if (RUN_METHODS.has(name)) onRun(node, name, ctx);
  else if (TOOL_FACTORIES.has(name)) onTool(node, ctx);
}

/** `agent.generateText(input, { maxSteps, stopWhen })` on an agent built with `new Agent(...)`. */
function onRun(node: TS.CallExpression, name: string, ctx: CollectContext): void {
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isVoltAgent(origin) || origin.path.length !== 3 || origin.path[0] !== 'Agent' || origin.path[1] !== '()' || origin.path[2] !== name)
    return;
  const options = getObject(ctx, node.arguments[1]);
  if (typeof options === 'string') return;
  const { analysis, entry } = analyze(ctx, options, node.expression);
  if (analysis.kind !== 'absent') {
    if (typeof entry === 'object') {
      addStopFacts(ctx, analysis, entry, {
        framework: 'voltagent',
        api: getDottedName(ctx.ts, node.expression) ?? name,
        replaced: "the agent's `stepCountIs(maxSteps)` cap no longer applies",
        example: '10',
        fallback: node.expression,
        modules: CONDITION_MODULES,
      });
    }
    return;
  }
  // A per-call `maxSteps` counts only when the agent sets no `stopWhen` of its own.
  const agent = origin.calls[0];
  if (!agent || !ctx.ts.isNewExpression(agent)) return;
  const config = getObject(ctx, agent.arguments?.[0]);
  if (config === 'absent' || (typeof config === 'object' && isSet(config, ['stopWhen']) === false))
    addMaxSteps(ctx, options, node.expression);
}

function onTool(node: TS.CallExpression, ctx: CollectContext): void {
  const origin = getCalleeOrigin(ctx, node.expression);
  if (!isVoltAgent(origin) || origin.path.length !== 1 || !TOOL_FACTORIES.has(origin.path[0] ?? '')) return;
  const options = getObject(ctx, node.arguments[0]);
  if (typeof options === 'string') return;
  addExecute(ctx, options, getStringOption(options, ['name']) ?? getDeclaredName(ctx, node));
}

export const voltagent: FrameworkAdapter = {
  id: 'voltagent',
  packages: ['@voltagent/core'],
  // The import itself, or run options of an agent imported from another file (scanner).
  hint: /@voltagent\/core|stopWhen|maxSteps/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
    NewExpression: visit<TS.NewExpression>(onNew),
  },
};
