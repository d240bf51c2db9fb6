/**
 * Google ADK (`@google/adk`): `LoopAgent` without `maxIterations` (it then loops until a
 * sub-agent escalates), `maxIterations` and `RunConfig.maxLlmCalls` values that remove the bound,
 * the bodies of `FunctionTool`s, and the exit conditions of a `for await` over a runner's events
 * that read an event's text without guards (`event.content.parts[0].text`). APIs are recognised
 * through their import. ADK itself has no termination predicate over content (a `LoopAgent`
 * ends on an `escalate` action), so the loop's exits are the only predicates.
 */
import type * as TS from 'typescript';
import { matchesOrigin, resolveOrigin, type CalleeOrigin } from '../callee.js';
import { getRequiredModule, resolveIdentifier } from '../scope.js';
import { unwrap } from '../syntax.js';
import { getEntry } from '../values/value.js';
import {
  addBoundFromEntry,
  addPredicateFunction,
  addToolBody,
  getExitConditions,
  getObject,
  resolveImportedCallee,
  type BoundKnowledge,
  type PredicateKnowledge,
} from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

const MODULES = ['@google/adk'];

/**
 * `LoopAgentConfig.maxIterations?: number`: "If not provided, the loop agent will run
 * indefinitely"; the constructor stores `config.maxIterations ?? Number.MAX_SAFE_INTEGER`, and
 * the loop ends early only on `event.actions.escalate` or an abort. `0` runs no iteration.
 * Checked against `@google/adk@2.0.0` `dist/types/agents/loop_agent.d.ts`, `dist/esm/agents/loop_agent.js`.
 */
const MAX_ITERATIONS: BoundKnowledge = {
  framework: 'google-adk',
  unit: 'iterations',
  minimum: 0,
  nullMeaning:
    'which ADK replaces with `Number.MAX_SAFE_INTEGER`, so the loop repeats its sub-agents until one of them escalates, the run is aborted or `maxLlmCalls` runs out',
  example: '5',
};

/**
 * `RunConfig.maxLlmCalls`: `createRunConfig` (which the Runner always calls) uses
 * `params.maxLlmCalls ?? 500`, throws above `Number.MAX_SAFE_INTEGER`, and for a value `<= 0`
 * only logs a warning: `InvocationContext` enforces the limit only when `maxLlmCalls > 0`.
 * Checked against `@google/adk@2.0.0` `dist/esm/agents/run_config.js`, `dist/esm/agents/invocation_context.js`.
 */
const MAX_LLM_CALLS: BoundKnowledge = {
  framework: 'google-adk',
  unit: 'LLM calls',
  minimum: 1,
  belowMinimumMeaning:
    'which ADK treats as no limit (it logs a warning and enforces nothing), so the run stops only when the model decides to',
  nullMeaning: undefined,
  example: '500',
};

/** `Runner` / `InMemoryRunner` methods that take `{ runConfig }` (`dist/types/runner/runner.d.ts`, 2.0.0). */
const RUN_METHODS = new Set(['runAsync', 'runEphemeral', 'runLive']);
const RUNNERS = ['Runner', 'InMemoryRunner'];

/**
 * `runAsync` / `runEphemeral` / `runLive` yield `Event`s (`AsyncGenerator<Event, void, undefined>`,
 * `dist/types/runner/runner.d.ts`, 2.0.0). `Event extends LlmResponse` whose `content?: Content`
 * (`dist/types/models/llm_response.d.ts`), and `@google/genai`'s `Content { parts?: Part[] }`,
 * `Part { text?: string }`: content, parts and a part's text may each be undefined (an event that
 * only calls a tool has parts without text). ADK's own `stringifyContent(event)`
 * (`dist/esm/events/event.js`) handles every shape. So the text of an event is read through a
 * path whose every hop may be undefined, never as a list.
 */
const BREAK_CONDITION: PredicateKnowledge = {
  framework: 'google-adk',
  role: 'exit condition of a `for await` loop over an ADK runner',
  nullableContent: true,
  textPaths: true,
};

/** `new FunctionTool({ name, description, parameters, execute })`; `LongRunningFunctionTool` takes the same options (`dist/types/tools/`). */
const TOOL_CLASSES = ['FunctionTool', 'LongRunningFunctionTool'];

const NEW_NAMES = new Set(['LoopAgent', ...TOOL_CLASSES]);

function onNew(node: TS.NewExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  // A class imported under any name, or a member of the module under its own.
  const origin = resolveImportedCallee(ctx, callee, NEW_NAMES);
  if (!origin) return;
  if (matchesOrigin(origin, MODULES, ['LoopAgent'])) onLoopAgent(ctx, node, callee);
  else if (TOOL_CLASSES.some((tool) => matchesOrigin(origin, MODULES, [tool]))) {
    const options = getObject(ctx, node.arguments?.[0]);
    if (typeof options === 'object') addToolBody(ctx, options, 'execute');
  }
}

function onLoopAgent(ctx: CollectContext, node: TS.NewExpression, callee: TS.Expression): void {
  const options = getObject(ctx, node.arguments?.[0]);
  if (options === 'unknown' || options === 'other') return;
  const entry = options === 'absent' ? 'missing' : getEntry(options, ['maxIterations']);
  if (entry === 'unknown') return;
  if (entry !== 'missing') {
    const written = node.arguments?.[0] ?? node;
    addBoundFromEntry(ctx, entry, written.getSourceFile() === ctx.sourceFile ? written : node, MAX_ITERATIONS, () => true);
    return;
  }
  ctx.facts.missingBounds.push({
    framework: 'google-adk',
    api: 'LoopAgent',
    missing: 'no `maxIterations`',
    effect:
      'it repeats its sub-agents until one of them escalates (an exit-loop tool), the run is aborted, or the run uses up its `maxLlmCalls` (500 by default)',
    fix: 'Set a finite `maxIterations` such as `maxIterations: 5`.',
    range: ctx.range(callee),
  });
}

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  if (ts.isIdentifier(callee)) {
    if (resolveIdentifier(ts, callee).kind !== 'import') return;
    if (matchesOrigin(resolveOrigin(ts, ctx.evalContext.resolver, callee), MODULES, ['createRunConfig']))
      onRunConfig(ctx, node.arguments[0], node);
    return;
  }
  if (!ts.isPropertyAccessExpression(callee)) return;
  const name = callee.name.text;
  if (name === 'createRunConfig') {
    if (matchesOrigin(resolveOrigin(ts, ctx.evalContext.resolver, callee), MODULES, ['createRunConfig']))
      onRunConfig(ctx, node.arguments[0], node);
    return;
  }
  if (!RUN_METHODS.has(name)) return;
  const params = getObject(ctx, node.arguments[0]);
  if (typeof params !== 'object') return;
  const runConfig = getEntry(params, ['runConfig']);
  if (typeof runConfig !== 'object' || !isAdkRunner(ctx, resolveOrigin(ts, ctx.evalContext.resolver, callee), name)) return;
  if (runConfig.valueNode) onRunConfig(ctx, runConfig.valueNode, node);
}

/** A runner of this package, or a receiver halting cannot follow in a file that imports it. */
function isAdkRunner(ctx: CollectContext, origin: CalleeOrigin | undefined, method: string): boolean {
  if (origin) return RUNNERS.some((runner) => matchesOrigin(origin, MODULES, [runner, '()', method]));
  return importsModule(ctx);
}

function onRunConfig(ctx: CollectContext, expression: TS.Expression | undefined, call: TS.CallExpression): void {
  const config = getObject(ctx, expression);
  if (typeof config !== 'object') return;
  const entry = getEntry(config, ['maxLlmCalls']);
  if (typeof entry !== 'object') return;
  // Above `Number.MAX_SAFE_INTEGER` (Infinity included) `createRunConfig` throws: no run starts.
  const written = expression?.getSourceFile() === ctx.sourceFile ? expression : call;
  addBoundFromEntry(ctx, entry, written, MAX_LLM_CALLS, (value) => value.kind !== 'number' || !(value.value > Number.MAX_SAFE_INTEGER));
}

const importing = new WeakMap<TS.SourceFile, boolean>();

/** Whether the file imports or requires the package (what ties an unresolved runner to it). */
function importsModule(ctx: CollectContext): boolean {
  const { ts } = ctx;
  let found = importing.get(ctx.sourceFile);
  if (found === undefined) {
    found = ctx.sourceFile.statements.some((statement) => {
      if (ts.isImportDeclaration(statement)) {
        const typeOnly = statement.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword;
        return !typeOnly && ts.isStringLiteral(statement.moduleSpecifier) && MODULES.includes(statement.moduleSpecifier.text);
      }
      return (
        ts.isVariableStatement(statement) &&
        statement.declarationList.declarations.some((declaration) => {
          const required = getRequiredModule(ts, declaration.initializer);
          return required !== undefined && MODULES.includes(required.module);
        })
      );
    });
    importing.set(ctx.sourceFile, found);
  }
  return found;
}

/**
 * `for await (const event of runner.runAsync(...)) { if (<text test>) break; }`: the loop stops
 * the run when the test holds, so the test is a termination predicate over the event's text.
 * Guards before the `if` inside the loop (`if (!event.content?.parts) continue;`) count.
 */
function onForOf(node: TS.ForOfStatement, ctx: CollectContext): void {
  const { ts } = ctx;
  if (!node.awaitModifier) return;
  const iterated = unwrap(ts, node.expression);
  if (!isRunnerEvents(ctx, iterated)) return;
  for (const condition of getExitConditions(ts, node.statement)) addPredicateFunction(ctx, condition, BREAK_CONDITION, condition, node);
}

/** `runner.runAsync(...)` (or `runEphemeral`, `runLive`) of an ADK runner, called here or held in a variable. */
function isRunnerEvents(ctx: CollectContext, iterated: TS.Expression): boolean {
  const { ts } = ctx;
  if (ts.isCallExpression(iterated)) {
    const callee = unwrap(ts, iterated.expression);
    if (!ts.isPropertyAccessExpression(callee) || !RUN_METHODS.has(callee.name.text)) return false;
    return isAdkRunner(ctx, resolveOrigin(ts, ctx.evalContext.resolver, callee), callee.name.text);
  }
  if (!ts.isIdentifier(iterated)) return false;
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, iterated);
  return RUNNERS.some((runner) => [...RUN_METHODS].some((method) => matchesOrigin(origin, MODULES, [runner, '()', method, '()'])));
}

export const googleAdk: FrameworkAdapter = {
  id: 'google-adk',
  packages: ['@google/adk'],
  hint: /@google\/adk/,
  visitors: {
    NewExpression: visit<TS.NewExpression>(onNew),
    CallExpression: visit<TS.CallExpression>(onCall),
    ForOfStatement: visit<TS.ForOfStatement>(onForOf),
  },
};
