/**
 * LangGraph.js (`@langchain/langgraph`): the superstep bound `recursionLimit` of a run
 * (`graph.invoke(input, { recursionLimit })`, `.stream`, `.streamEvents`, `.batch`,
 * `.withConfig`), also for LangChain's `createAgent` (a LangGraph graph), and the routers of
 * `addConditionalEdges`, which decide whether the graph loops or ends. Tools from
 * `@langchain/core/tools` are the LangChain adapter's. APIs are tied to their import where the
 * receiver can be followed; see `classifyReceiver` for what happens when it cannot.
 */
import type * as TS from 'typescript';
import { resolveOrigin } from '../callee.js';
import { getRequiredModule } from '../scope.js';
import { getPropertyName, unwrap } from '../syntax.js';
import { getEntry } from '../values/value.js';
import {
  addBoundFromEntry,
  addPredicateFunction,
  getFunctions,
  getObject,
  isSet,
  keepCountsFrom,
  type BoundKnowledge,
  type PredicateKnowledge,
} from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * `recursionLimit` (a RunnableConfig key) caps the Pregel supersteps of one run:
 * `DEFAULT_RECURSION_LIMIT = 25` (`dist/pregel/utils/config.js`), and at the limit the run throws
 * `GraphRecursionError`. After the configs are merged (`ensureLangGraphConfig` skips keys whose
 * value is `undefined`, so an explicit `undefined` keeps 25), `_streamIterator` throws
 * `Passed "recursionLimit" must be at least 1` for `0`, negatives and `null`
 * (`dist/pregel/index.js`). Only Infinity and huge counts remove the bound.
 * Checked against `@langchain/langgraph@1.7.3` (npm tarball) and langgraphjs @f8bdf16d.
 */
const RECURSION_LIMIT: BoundKnowledge = {
  framework: 'langgraph',
  unit: 'supersteps',
  minimum: 1,
  nullMeaning: undefined,
  example: '50',
};

/**
 * Methods that take a RunnableConfig, and which argument it is: `invoke`, `stream`,
 * `streamEvents` and `batch` (input first), `withConfig` (a bound default that an invoke-time
 * value overrides). Pregel 1.7.3 `dist/pregel/index.d.ts`; `ReactAgent` of `langchain` 1.5.14
 * (`dist/agents/ReactAgent.d.ts`, whose own doc example is `withConfig({ recursionLimit: 1000 })`).
 */
const CONFIG_ARGUMENT: ReadonlyMap<string, number> = new Map([
  ['invoke', 1],
  ['stream', 1],
  ['streamEvents', 1],
  ['batch', 1],
  ['withConfig', 0],
]);

/**
 * `MessageContent = string | Array<ContentBlock>`, never null; the constructor sets `[]` when
 * content is absent; `.text` is the safe accessor (`@langchain/core` 1.4.0 `dist/messages/base.d.ts`).
 */
const ROUTER: PredicateKnowledge = { framework: 'langgraph', role: 'router of `addConditionalEdges`', nullableContent: false };

/** `@langchain/langgraph` and its entry points (`/web`, `/prebuilt`, `/remote`; package.json `exports`, 1.7.3). */
export function isLangGraphModule(module: string): boolean {
  return module === '@langchain/langgraph' || module.startsWith('@langchain/langgraph/');
}

type Receiver = 'langgraph' | 'langchain' | 'other' | 'unknown';

/**
 * Where the object a method is called on comes from: a LangGraph import (`new StateGraph(...)`,
 * `.compile()`, `createReactAgent(...)`), LangChain's `createAgent`, another package (a chat
 * model, a prompt: not a graph), or `unknown` when halting cannot follow it (a parameter, a
 * class field, a `let`, an import of a project file without the scanner's resolver).
 */
function classifyReceiver(ctx: CollectContext, receiver: TS.Expression): Receiver {
  const origin = resolveOrigin(ctx.ts, ctx.evalContext.resolver, receiver);
  const module = origin?.module;
  if (origin === undefined || module === undefined || module.startsWith('.') || module.startsWith('/')) return 'unknown';
  if (isLangGraphModule(module)) return 'langgraph';
  if (module === 'langchain' && origin.path[0] === 'createAgent') return 'langchain';
  return 'other';
}

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  if (!ts.isPropertyAccessExpression(callee)) return;
  const method = callee.name.text;
  if (method === 'addConditionalEdges') {
    onConditionalEdges(node, callee, ctx);
    return;
  }
  const index = CONFIG_ARGUMENT.get(method);
  if (index !== undefined) onRunConfig(node.arguments[index], callee, ctx);
}

/**
 * `graph.invoke(input, { recursionLimit: Infinity })`. A receiver halting cannot follow still
 * counts: `recursionLimit` in the config of these methods is LangChain's RunnableConfig key, and
 * only graphs loop on it. A receiver from another package is not a graph and is skipped.
 */
function onRunConfig(argument: TS.Expression | undefined, callee: TS.PropertyAccessExpression, ctx: CollectContext): void {
  const config = getObject(ctx, argument);
  if (typeof config !== 'object' || !argument) return;
  const entry = getEntry(config, ['recursionLimit']);
  if (typeof entry !== 'object') return;
  // A `signal` or a `timeout` (ms, turned into `AbortSignal.timeout` by `@langchain/core`'s
  // `ensureConfig`) stops the run from outside: that is a bound, whatever the superstep count.
  if (isSet(config, ['signal']) !== false || isSet(config, ['timeout']) !== false) return;
  const receiver = classifyReceiver(ctx, callee.expression);
  if (receiver === 'other') return;
  // Counts below 1 throw before the first superstep: no loop to bound. (A config shared by
  // several runs gives the same finding each time; the engine reports it once.)
  addBoundFromEntry(
    ctx,
    entry,
    argument,
    { ...RECURSION_LIMIT, framework: receiver === 'langchain' ? 'langchain' : 'langgraph' },
    keepCountsFrom(1),
  );
}

/**
 * `graph.addConditionalEdges(source, router, pathMap?)` or `addConditionalEdges({ source, path })`.
 * The receiver must be a LangGraph graph; when halting cannot follow it, the file must import
 * LangGraph (every graph-building file does, for `StateGraph`, `END` or its types), so an
 * unrelated library's method of the same name stays silent.
 */
function onConditionalEdges(node: TS.CallExpression, callee: TS.PropertyAccessExpression, ctx: CollectContext): void {
  const receiver = classifyReceiver(ctx, callee.expression);
  if (receiver === 'other' || receiver === 'langchain') return;
  if (receiver === 'unknown' && !importsModule(ctx, isLangGraphModule)) return;
  const [first, second] = node.arguments;
  let router = second;
  if (!router && first) {
    const options = getObject(ctx, first);
    const path = typeof options === 'object' ? getEntry(options, ['path']) : undefined;
    router = typeof path === 'object' ? path.valueNode : undefined;
  }
  if (router) addStatePredicate(ctx, router, ROUTER, callee.name);
}

/**
 * Records a predicate that receives graph state, leaving out reads of a state channel named
 * `content` (`state.content`, `({ content }) => ...`): a router's first argument is the graph
 * state, never a message, so such a channel holds whatever the graph's author put there.
 */
export function addStatePredicate(ctx: CollectContext, expression: TS.Expression, knowledge: PredicateKnowledge, usedAt: TS.Node): void {
  for (const fn of getFunctions(ctx, expression)) addStatePredicateFunction(ctx, fn, knowledge, usedAt);
}

/** `addStatePredicate` for a function node already in hand (a method, a followed import). */
export function addStatePredicateFunction(
  ctx: CollectContext,
  fn: TS.FunctionLikeDeclaration,
  knowledge: PredicateKnowledge,
  usedAt: TS.Node,
): void {
  const before = ctx.facts.predicates.length;
  addPredicateFunction(ctx, fn, knowledge, usedAt);
  const channel = getStateChannelNames(ctx, fn);
  if (channel.size === 0) return;
  for (const fact of ctx.facts.predicates.slice(before)) {
    fact.uses = fact.uses.filter((use) => !channel.has(normalise(use.expression)));
  }
}

/** The expressions that read the state's own `content` channel in a function whose first parameter is the state. */
function getStateChannelNames(ctx: CollectContext, fn: TS.FunctionLikeDeclaration): Set<string> {
  const { ts } = ctx;
  const names = new Set<string>();
  const parameter = fn.parameters[0]?.name;
  if (!parameter) return names;
  if (ts.isObjectBindingPattern(parameter)) {
    for (const element of parameter.elements) {
      const key = element.propertyName
        ? getPropertyName(ts, element.propertyName)
        : ts.isIdentifier(element.name)
          ? element.name.text
          : undefined;
      if (key === 'content' && ts.isIdentifier(element.name)) names.add(element.name.text);
    }
    return names;
  }
  if (!ts.isIdentifier(parameter)) return names;
  const state = parameter.text;
  names.add(`${state}.content`);
  // `const { content } = state` or `const draft = state.content` in the body.
  const visitNode = (node: TS.Node): void => {
    if (ts.isVariableDeclaration(node) && node.initializer) {
      const source = unwrap(ts, node.initializer);
      if (ts.isIdentifier(node.name) && names.has(normalise(source.getText()))) names.add(node.name.text);
      if (ts.isObjectBindingPattern(node.name) && ts.isIdentifier(source) && source.text === state) {
        for (const element of node.name.elements) {
          const key = element.propertyName
            ? getPropertyName(ts, element.propertyName)
            : ts.isIdentifier(element.name)
              ? element.name.text
              : undefined;
          if (key === 'content' && ts.isIdentifier(element.name)) names.add(element.name.text);
        }
      }
    }
    if (!ts.isFunctionLike(node) || node === fn) ts.forEachChild(node, visitNode);
  };
  if (fn.body) visitNode(fn.body);
  return names;
}

/** `state?.["content"]` → `state.content`, as the content collector writes keys. */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\?\./g, '.')
    .replace(/\["([A-Za-z_$][\w$]*)"\]|\['([A-Za-z_$][\w$]*)'\]/g, '.$1$2');
}

const importedModules = new WeakMap<TS.SourceFile, readonly string[]>();

/** Whether the file imports (or requires, or re-exports) a module that passes `test`; type-only imports count. */
export function importsModule(ctx: CollectContext, test: (module: string) => boolean): boolean {
  const { ts } = ctx;
  let modules = importedModules.get(ctx.sourceFile);
  if (!modules) {
    const found: string[] = [];
    for (const statement of ctx.sourceFile.statements) {
      if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
        if (ts.isStringLiteral(statement.moduleSpecifier)) found.push(statement.moduleSpecifier.text);
      } else if (ts.isImportEqualsDeclaration(statement)) {
        const reference = statement.moduleReference;
        if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) found.push(reference.expression.text);
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const required = declaration.initializer ? getRequiredModule(ts, unwrap(ts, declaration.initializer)) : undefined;
          if (required) found.push(required.module);
        }
      }
    }
    modules = found;
    importedModules.set(ctx.sourceFile, modules);
  }
  return modules.some(test);
}

export const langgraph: FrameworkAdapter = {
  id: 'langgraph',
  packages: ['@langchain/langgraph'],
  hint: /addConditionalEdges|recursionLimit/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
  },
};
