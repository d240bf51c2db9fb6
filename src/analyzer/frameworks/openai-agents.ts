/**
 * OpenAI Agents JS (`@openai/agents`, `@openai/agents-core`): the turn bound of a run
 * (`run(agent, input, { maxTurns })`, `runner.run(...)`, `agent.asTool({ runOptions })`) and
 * the bodies of `tool({ execute })`. APIs are recognised through their import. The SDK has no
 * hook that judges assistant content (it ends a run itself on a final output), so this
 * adapter records no predicates.
 */
import type * as TS from 'typescript';
import { matchesOrigin, resolveOrigin, type CalleeOrigin } from '../callee.js';
import { getRequiredModule, resolveIdentifier } from '../scope.js';
import { unwrap } from '../syntax.js';
import { getEntry } from '../values/value.js';
import { addBoundFromEntry, addToolBody, getObject, type BoundKnowledge } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/** `@openai/agents` re-exports `run`, `Runner`, `Agent` and `tool` from `@openai/agents-core` (0.20.0 `dist/index.d.ts`). */
const MODULES = ['@openai/agents', '@openai/agents-core'];

/**
 * `maxTurns?: number | null` in the run options (`SharedRunOptions`, agents-core 0.20.0
 * `dist/run.d.ts`); `RunConfig`, which `new Runner(config)` takes, has no `maxTurns`. An omitted
 * or `undefined` value becomes `DEFAULT_MAX_TURNS = 10` (`dist/runner/constants.d.ts`, `dist/run.mjs`
 * `options.maxTurns === undefined ? DEFAULT_MAX_TURNS : options.maxTurns`); `null` skips the check
 * (`dist/runner/turnPreparation.mjs`: `state._maxTurns !== null && ...`), documented as "no limit"
 * since PR #1247 (RunState schema 1.11). At the limit it throws `MaxTurnsExceededError`; `0` is a
 * bound (it throws before the first turn). https://github.com/openai/openai-agents-js
 */
const MAX_TURNS: BoundKnowledge = {
  framework: 'openai-agents',
  unit: 'turns',
  minimum: 0,
  nullMeaning:
    'which the Agents SDK documents as no limit (leaving it out keeps the default of 10 turns), so the run stops only when the model produces a final output',
  example: '10',
};

/** Member names worth resolving: everything else is skipped before any scope lookup. */
const MEMBERS = new Set(['run', 'asTool', 'tool']);

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  if (ts.isIdentifier(callee)) {
    // `run` and `tool` may be imported under another name: only an import can be one.
    if (resolveIdentifier(ts, callee).kind !== 'import') return;
  } else if (!ts.isPropertyAccessExpression(callee) || !MEMBERS.has(callee.name.text)) {
    return;
  }
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, callee);
  if (matchesOrigin(origin, MODULES, ['run']) || isRunnerRun(ctx, callee, origin)) {
    onRunOptions(ctx, node.arguments[2], node);
  } else if (isAsTool(ctx, callee, origin)) {
    const options = getObject(ctx, node.arguments[0]);
    if (typeof options !== 'object') return;
    const runOptions = getEntry(options, ['runOptions']);
    if (typeof runOptions === 'object' && runOptions.valueNode) onRunOptions(ctx, runOptions.valueNode, node);
  } else if (matchesOrigin(origin, MODULES, ['tool'])) {
    onTool(ctx, node.arguments[0]);
  }
}

/** `new Runner(config).run(...)`, or `.run(agent, input, options)` on a receiver halting cannot follow in a file that imports `Runner`. */
function isRunnerRun(ctx: CollectContext, callee: TS.Expression, origin: CalleeOrigin | undefined): boolean {
  if (!ctx.ts.isPropertyAccessExpression(callee) || callee.name.text !== 'run') return false;
  if (origin) return matchesOrigin(origin, MODULES, ['Runner', '()', 'run']);
  return importsName(ctx, 'Runner');
}

/** `agent.asTool({...})` on an `Agent` of this SDK (`new Agent(...)` or `Agent.create(...)`). */
function isAsTool(ctx: CollectContext, callee: TS.Expression, origin: CalleeOrigin | undefined): boolean {
  if (!ctx.ts.isPropertyAccessExpression(callee) || callee.name.text !== 'asTool') return false;
  if (origin) {
    return matchesOrigin(origin, MODULES, ['Agent', '()', 'asTool']) || matchesOrigin(origin, MODULES, ['Agent', 'create', '()', 'asTool']);
  }
  return importsName(ctx, 'Agent');
}

function onRunOptions(ctx: CollectContext, expression: TS.Expression | undefined, call: TS.Node): void {
  const options = getObject(ctx, expression);
  if (typeof options !== 'object') return;
  const entry = getEntry(options, ['maxTurns']);
  if (typeof entry !== 'object') return;
  const written = expression?.getSourceFile() === ctx.sourceFile ? expression : call;
  // `maxTurns: undefined` keeps the default of 10: only null, Infinity and out-of-range counts matter.
  addBoundFromEntry(ctx, entry, written, MAX_TURNS, (value) => value.kind !== 'undefined');
}

/** `tool({ name, description, parameters, execute })`: the name defaults to the `execute` function's own (agents-core `dist/tool.d.ts`). */
function onTool(ctx: CollectContext, expression: TS.Expression | undefined): void {
  const options = getObject(ctx, expression);
  if (typeof options === 'object') addToolBody(ctx, options, 'execute');
}

const importedNames = new WeakMap<TS.SourceFile, Set<string>>();

/** Whether the file imports `name` (or the whole module) from the SDK: what ties a receiver halting cannot follow to it. */
function importsName(ctx: CollectContext, name: string): boolean {
  const { ts } = ctx;
  let names = importedNames.get(ctx.sourceFile);
  if (!names) {
    const found = new Set<string>();
    for (const statement of ctx.sourceFile.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        if (!MODULES.includes(statement.moduleSpecifier.text)) continue;
        const clause = statement.importClause;
        const bindings = clause?.namedBindings;
        if (clause?.name || (bindings && ts.isNamespaceImport(bindings))) found.add('*');
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) found.add((element.propertyName ?? element.name).text);
        }
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const required = getRequiredModule(ts, declaration.initializer);
          if (!required || !MODULES.includes(required.module)) continue;
          if (required.member) found.add(required.member);
          else if (ts.isObjectBindingPattern(declaration.name)) {
            for (const element of declaration.name.elements) found.add((element.propertyName ?? element.name).getText());
          } else found.add('*');
        }
      }
    }
    importedNames.set(ctx.sourceFile, found);
    names = found;
  }
  return names.has(name) || names.has('*');
}

export const openaiAgents: FrameworkAdapter = {
  id: 'openai-agents',
  packages: ['@openai/agents', '@openai/agents-core'],
  hint: /@openai\/agents/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
  },
};
