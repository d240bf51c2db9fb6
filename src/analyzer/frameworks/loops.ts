/**
 * Hand-written agent loops: `while (true)`, `for (;;)`, `do … while`, or a loop whose condition
 * only the model's reply decides, around a model call tied to its import (the OpenAI and
 * Anthropic SDK clients and the agent frameworks). Reports such a loop when no counter, deadline
 * or abort check bounds it and every exit waits on the model, and registers the loop's
 * model-dependent conditions as termination predicates. Silent on any loop it cannot tie to a
 * model import, and on any exit it cannot classify.
 */
import type * as TS from 'typescript';
import { resolveOrigin, stripNodePrefix, type CalleeOrigin } from '../callee.js';
import type { ContentUseFact, PredicateFact } from '../facts.js';
import { resolveIdentifier } from '../scope.js';
import { exitsAbruptly, getAccessedName, getDottedName, getPropertyName, isFunctionLike, unwrap, type Ts } from '../syntax.js';
import { evaluate } from '../values/evaluate.js';
import { getOptions } from '../values/value.js';
import { addPredicateFunction, getFunctions } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * What a call's reply holds in `content`: `stringOrNull` for OpenAI chat completions
 * (`ChatCompletionMessage.content: string | null`, null when the model calls tools; never a
 * list), `any` where content may be a list of parts (Anthropic `Message.content` is always one).
 */
type ContentShape = 'stringOrNull' | 'any';

interface ModelApi {
  framework: string;
  module: RegExp;
  /** The callee's path from the module object joined with `.`; `()` marks a call or `new`. */
  path: RegExp;
  /** The last names of the paths, for a cheap test before any resolution. */
  methods: readonly string[];
  content: ContentShape;
}

/** A client instance: `new OpenAI()` (default import), `new OpenAI.OpenAI()`, `new AzureOpenAI()`. */
const OPENAI_CLIENT = String.raw`(?:(?:OpenAI|AzureOpenAI|default)\.)?\(\)`;
const ANTHROPIC_CLIENT = String.raw`(?:(?:Anthropic|default)\.)?\(\)`;
/** LangChain runnables that call a chat model; `ChatPromptTemplate` and message classes are not models. */
const LANGCHAIN_MODEL = String.raw`(?:(?:Chat(?!Prompt|Message|Generation)[A-Z]\w*|AzureChatOpenAI|BaseChatModel|initChatModel|createAgent|createReactAgent)\.\(\)|StateGraph\.\(\)(?:\.\w+\.\(\))*?\.compile\.\(\))`;
const LANGCHAIN_WRAPPERS = String.raw`(?:\.(?:bindTools|withStructuredOutput|bind|withConfig|withRetry|withFallbacks)\.\(\))*`;

const MODEL_APIS: readonly ModelApi[] = [
  // openai@7.57.0 resources/chat/completions/completions.d.ts: create ~56, parse ~115, runTools ~125,
  // stream ~138; `ChatCompletionMessage.content: string | null` ~1300 (frameworks.md §11).
  {
    framework: 'openai',
    module: /^openai$/,
    path: new RegExp(String.raw`^${OPENAI_CLIENT}\.(?:beta\.)?chat\.completions\.(?:create|parse|stream|runTools)$`),
    methods: ['create', 'parse', 'stream', 'runTools'],
    content: 'stringOrNull',
  },
  // openai@7.57.0 resources/responses/responses.d.ts: create ~38, parse ~106, stream ~108 (output
  // items hold lists of content parts); resources/completions.d.ts `completions.create`.
  {
    framework: 'openai',
    module: /^openai$/,
    path: new RegExp(String.raw`^${OPENAI_CLIENT}\.(?:responses\.(?:create|parse|stream)|completions\.create)$`),
    methods: ['create', 'parse', 'stream'],
    content: 'any',
  },
  // @anthropic-ai/sdk@1.12.0 resources/messages/messages.d.ts: create ~216, parse ~237, stream ~259;
  // resources/beta/messages/messages.d.ts: create ~73, toolRunner ~133. `Message.content` is a list of blocks.
  {
    framework: '@anthropic-ai/sdk',
    module: /^@anthropic-ai\/sdk$/,
    path: new RegExp(String.raw`^${ANTHROPIC_CLIENT}\.(?:beta\.)?messages\.(?:create|parse|stream|toolRunner)$`),
    methods: ['create', 'parse', 'stream', 'toolRunner'],
    content: 'any',
  },
  // ai@4.3.19, 5.0.244, 6.0.264, 7.0.173 dist/index.d.ts: generateText, streamText, generateObject,
  // streamObject; ToolLoopAgent (v6+, `Experimental_Agent` in v5 and as an alias) `generate`/`stream`.
  {
    framework: 'ai',
    module: /^ai$/,
    path: /^(?:generateText|streamText|generateObject|streamObject|(?:ToolLoopAgent|Experimental_Agent)\.\(\)\.(?:generate|stream))$/,
    methods: ['generateText', 'streamText', 'generateObject', 'streamObject', 'generate', 'stream'],
    content: 'any',
  },
  // Chat models of @langchain/* (`ChatOpenAI`, ...; @langchain/core@1.4.0 `BaseChatModel`),
  // langchain@1.5.14 `initChatModel` and `createAgent`, @langchain/langgraph@1.7.3
  // `createReactAgent` and compiled `StateGraph`s. `BaseMessage.content` is a string or blocks.
  {
    framework: 'langchain',
    module: /^(?:@langchain\/[\w-]+|langchain)(?:\/[\w/-]+)?$/,
    path: new RegExp(String.raw`^${LANGCHAIN_MODEL}${LANGCHAIN_WRAPPERS}\.(?:invoke|stream|streamEvents|call|predict|generate|batch)$`),
    methods: ['invoke', 'stream', 'streamEvents', 'call', 'predict', 'generate', 'batch'],
    content: 'any',
  },
  // @openai/agents-core@0.20.0 dist/run.d.ts: `run()` ~240 and `Runner#run` ~278.
  {
    framework: '@openai/agents',
    module: /^@openai\/agents(?:-core)?$/,
    path: /^(?:run|Runner\.\(\)\.run)$/,
    methods: ['run'],
    content: 'any',
  },
  // @anthropic-ai/claude-agent-sdk@0.3.330 sdk.d.ts `query()` ~3614.
  {
    framework: '@anthropic-ai/claude-agent-sdk',
    module: /^@anthropic-ai\/claude-agent-sdk$/,
    path: /^query$/,
    methods: ['query'],
    content: 'any',
  },
  // @mastra/core@1.71.0 dist/agent/agent.d.ts: generate ~1230, stream ~1346, generateLegacy ~1655,
  // streamLegacy ~1682; dist/mastra/index.d.ts `getAgent`.
  {
    framework: '@mastra/core',
    module: /^@mastra\/core(?:\/agent)?$/,
    path: /^(?:Agent\.\(\)|Mastra\.\(\)\.getAgent\.\(\))\.(?:generate|stream|generateLegacy|streamLegacy)$/,
    methods: ['generate', 'stream', 'generateLegacy', 'streamLegacy'],
    content: 'any',
  },
  // @voltagent/core@2.10.0 dist/index.d.ts Agent: generateText ~9564, streamText ~9568, generateObject, streamObject.
  {
    framework: '@voltagent/core',
    module: /^@voltagent\/core$/,
    path: /^Agent\.\(\)\.(?:generateText|streamText|generateObject|streamObject)$/,
    methods: ['generateText', 'streamText', 'generateObject', 'streamObject'],
    content: 'any',
  },
  // LlamaIndex.TS LLM classes (`new OpenAI()` from @llamaindex/openai, ...; `Settings.llm`):
  // @llamaindex/core@0.6.23 llms/type.d.ts `LLM.chat()` returns `ChatResponse.message.content:
  // MessageContent` (a string or a list of details), `complete()` a `CompletionResponse`.
  {
    framework: 'llamaindex',
    module: /^(?:@llamaindex\/[\w-]+|llamaindex)$/,
    path: /^(?:\w+\.\(\)|Settings\.llm)\.(?:chat|complete)$/,
    methods: ['chat', 'complete'],
    content: 'any',
  },
  // @strands-agents/sdk@1.19.0 dist/src/agent/agent.d.ts: invoke ~555, stream ~586.
  {
    framework: '@strands-agents/sdk',
    module: /^@strands-agents\/sdk$/,
    path: /^Agent\.\(\)\.(?:invoke|stream)$/,
    methods: ['invoke', 'stream'],
    content: 'any',
  },
];

const MODEL_METHODS: ReadonlySet<string> = new Set(MODEL_APIS.flatMap((api) => api.methods));

/** Interactive prompts: a loop that waits on a person each turn is paced by them, not by the model. */
const PROMPT_MODULES = /^(?:readline(?:\/promises)?|prompt-sync|readline-sync|@inquirer\/[\w-]+|inquirer|enquirer|prompts)$/;
const BROWSER_PROMPTS: ReadonlySet<string> = new Set(['prompt', 'confirm']);

/** Globals a condition may read without depending on anything but its inputs. */
const PURE_GLOBALS: ReadonlySet<string> = new Set([
  'undefined',
  'NaN',
  'Infinity',
  'Math',
  'JSON',
  'Number',
  'String',
  'Boolean',
  'Array',
  'Object',
  'RegExp',
  'parseInt',
  'parseFloat',
  'isNaN',
]);
/** Methods that read a stop-word list (`STOP_WORDS.some(...)`): such a const list is data, not state. */
const LIST_READS: ReadonlySet<string> = new Set(['some', 'every', 'includes', 'find', 'findIndex', 'indexOf', 'filter', 'map', 'join']);
const TIME_CALL = /^(?:Date\.now|performance\.now|process\.hrtime(?:\.bigint)?)$/;
const TIME_TEXT = /\b(?:Date\.now|performance\.now|new Date|process\.hrtime)\b/;
const COUNTER_OPERATORS = new Set(['+=', '-=']);
const MAX_HELPER_DEPTH = 3;
/** A condition longer than this is shown as `while (…)`. */
const MAX_API_TEXT = 60;

type Loop = TS.WhileStatement | TS.DoStatement | TS.ForStatement;

interface ModelCall {
  call: TS.CallExpression;
  api: ModelApi;
  /** The callee as written (`client.chat.completions.create`, or a helper's name). */
  text: string;
}

interface ScopeInfo {
  calls: ModelCall[];
  /** Declarations whose value comes from a model's reply, with what its content may hold. */
  tainted: Map<TS.Node, Set<ContentShape>>;
}

interface RunCache {
  scopes: Map<TS.Node, ScopeInfo>;
  helpers: Map<TS.Node, ModelApi | null>;
  /** Functions that ask a person (directly or through another helper). */
  prompters: Map<TS.Node, boolean>;
}

const caches = new WeakMap<CollectContext['facts'], RunCache>();

function getCache(ctx: CollectContext): RunCache {
  let cache = caches.get(ctx.facts);
  if (!cache) {
    cache = { scopes: new Map(), helpers: new Map(), prompters: new Map() };
    caches.set(ctx.facts, cache);
  }
  return cache;
}

// ---------------------------------------------------------------------------------------------
// Model calls

/** Whether a model API matches an origin. */
function matchApi(origin: CalleeOrigin | undefined): ModelApi | undefined {
  if (origin?.module === undefined) return undefined;
  const module = stripNodePrefix(origin.module);
  const path = origin.path.join('.');
  return MODEL_APIS.find((api) => api.module.test(module) && api.path.test(path));
}

/** The model API a call reaches, directly or through a helper function that calls one. */
function getModelCall(ctx: CollectContext, call: TS.CallExpression, depth: number): ModelCall | undefined {
  const { ts } = ctx;
  const callee = unwrap(ts, call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined) return undefined;
  const text = getDottedName(ts, callee) ?? callee.getText();
  if (MODEL_METHODS.has(name)) {
    const api = matchApi(resolveReceiverOrigin(ctx, callee));
    if (api) return { call, api, text };
  }
  if (depth >= MAX_HELPER_DEPTH) return undefined;
  for (const fn of getCalledFunctions(ctx, callee)) {
    const api = getHelperApi(ctx, fn, depth + 1);
    if (api) return { call, api, text };
  }
  return undefined;
}

/** Functions a callee may be: a local or (scanner) imported function, or a method of the enclosing class. */
function getCalledFunctions(ctx: CollectContext, callee: TS.Expression): TS.FunctionLikeDeclaration[] {
  const { ts } = ctx;
  if (ts.isIdentifier(callee)) {
    const binding = resolveIdentifier(ts, callee);
    if (binding.kind === 'global' || binding.kind === 'parameter') return [];
    return getFunctions(ctx, callee);
  }
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const member = findClassMember(ctx, callee, callee.name.text);
    if (member && isFunctionLike(ts, member)) return [member];
    if (member && ts.isPropertyDeclaration(member) && member.initializer) {
      const initializer = unwrap(ts, member.initializer);
      if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return [initializer];
    }
  }
  return [];
}

function getHelperApi(ctx: CollectContext, fn: TS.FunctionLikeDeclaration, depth: number): ModelApi | undefined {
  const cache = getCache(ctx).helpers;
  if (cache.has(fn)) return cache.get(fn) ?? undefined;
  cache.set(fn, null);
  let found: ModelApi | undefined;
  if (fn.body) {
    forEachCall(ctx, fn.body, (call) => {
      found ??= getModelCall(ctx, call, depth)?.api;
    });
  }
  cache.set(fn, found ?? null);
  return found;
}

/**
 * Calls under a node, callbacks passed as arguments included (`Promise.all(calls.map(...))`),
 * other nested functions and classes excluded: they may never run here.
 */
function forEachCall(ctx: CollectContext, root: TS.Node, action: (call: TS.CallExpression) => void): void {
  const { ts } = ctx;
  const walk = (node: TS.Node): void => {
    if (node !== root && (isFunctionLike(ts, node) || ts.isClassLike(node)) && !isCallback(ts, node)) return;
    if (ts.isCallExpression(node)) action(node);
    ts.forEachChild(node, walk);
  };
  walk(root);
}

function isCallback(ts: Ts, node: TS.Node): boolean {
  if (!(ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return false;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) parent = parent.parent;
  return (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node;
}

/**
 * `resolveOrigin`, and where it stops: a receiver held in `this.client` (a class field or a
 * constructor assignment), in a `let`, or in a parameter typed with an imported class.
 */
function resolveReceiverOrigin(ctx: CollectContext, callee: TS.Expression): CalleeOrigin | undefined {
  const { ts } = ctx;
  const direct = resolveOrigin(ts, ctx.evalContext.resolver, callee);
  if (direct) return direct;
  const segments: string[] = [];
  let node = unwrap(ts, callee);
  for (let steps = 0; steps < 32; steps++) {
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const base = getThisFieldOrigin(ctx, node);
      return base ? { ...base, path: [...base.path, ...segments] } : undefined;
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = getAccessedName(ts, node);
      if (name === undefined) return undefined;
      segments.unshift(name);
      node = unwrap(ts, node.expression);
    } else if (ts.isCallExpression(node)) {
      segments.unshift('()');
      node = unwrap(ts, node.expression);
    } else if (ts.isAwaitExpression(node)) {
      node = unwrap(ts, node.expression);
    } else {
      break;
    }
  }
  if (!ts.isIdentifier(node)) return undefined;
  const base = getIdentifierOrigin(ctx, node);
  return base ? { ...base, path: [...base.path, ...segments] } : undefined;
}

function getIdentifierOrigin(ctx: CollectContext, node: TS.Identifier): CalleeOrigin | undefined {
  const { ts } = ctx;
  const binding = resolveIdentifier(ts, node);
  if (binding.kind === 'parameter' && ts.isParameter(binding.declaration) && ts.isIdentifier(binding.declaration.name)) {
    return getTypeOrigin(ctx, binding.declaration.type);
  }
  // A `let`, or a variable of a `for` header (`for (let client = new OpenAI(); ; )`).
  const declaration =
    (binding.kind === 'variable' && !binding.isConst && binding.path.length === 0) || binding.kind === 'other'
      ? binding.declaration
      : undefined;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
  if (declaration.initializer) return resolveOrigin(ts, ctx.evalContext.resolver, declaration.initializer);
  return getTypeOrigin(ctx, declaration.type);
}

/** An instance of an imported class named by a type annotation (`client: OpenAI`). */
function getTypeOrigin(ctx: CollectContext, type: TS.TypeNode | undefined): CalleeOrigin | undefined {
  const { ts } = ctx;
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  const binding = resolveIdentifier(ts, type.typeName);
  if (binding.kind !== 'import') return undefined;
  const path = binding.imported === 'default' || binding.imported === '*' ? [] : [binding.imported];
  return { module: binding.module, path: [...path, '()'], calls: [] };
}

/** `this.client`: the field's initializer, type, constructor parameter property, or constructor assignment. */
function getThisFieldOrigin(ctx: CollectContext, access: TS.PropertyAccessExpression): CalleeOrigin | undefined {
  const { ts } = ctx;
  const name = access.name.text;
  const member = findClassMember(ctx, access, name);
  if (member && ts.isPropertyDeclaration(member)) {
    if (member.initializer) return resolveOrigin(ts, ctx.evalContext.resolver, member.initializer);
    const typed = getTypeOrigin(ctx, member.type);
    if (typed) return typed;
  }
  if (member && ts.isParameter(member)) return getTypeOrigin(ctx, member.type);
  const constructor = findClass(ts, access)?.members.find((candidate) => ts.isConstructorDeclaration(candidate));
  if (!constructor?.body) return undefined;
  for (const statement of constructor.body.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
    const { left, operatorToken, right } = statement.expression;
    if (operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(left)) continue;
    if (left.expression.kind === ts.SyntaxKind.ThisKeyword && left.name.text === name)
      return resolveOrigin(ts, ctx.evalContext.resolver, right);
  }
  return undefined;
}

function findClass(ts: Ts, node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isClassLike(current)) return current;
    // An arrow keeps the class's `this`; any other function has its own.
    if (isFunctionLike(ts, current) && !ts.isArrowFunction(current) && !ts.isClassLike(current.parent)) return undefined;
  }
  return undefined;
}

/** A class member (or constructor parameter property) by name, for `this.<name>`. */
function findClassMember(ctx: CollectContext, node: TS.Node, name: string): TS.ClassElement | TS.ParameterDeclaration | undefined {
  const { ts } = ctx;
  const owner = findClass(ts, node);
  if (!owner) return undefined;
  for (const member of owner.members) {
    if (member.name && getPropertyName(ts, member.name) === name) return member;
    if (ts.isConstructorDeclaration(member)) {
      const parameter = member.parameters.find(
        (candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === name && ts.getModifiers(candidate)?.length,
      );
      if (parameter) return parameter;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Scopes: which values come from a model's reply

function getScope(ts: Ts, node: TS.Node): TS.Node {
  for (let current = node.parent; ; current = current.parent) {
    if (ts.isSourceFile(current) || (isFunctionLike(ts, current) && !isCallback(ts, current))) return current;
  }
}

interface Assignment {
  key: TS.Node;
  value: TS.Expression | undefined;
  /** Conditions the assignment runs under (`if (reply.done) finished = true`). */
  guards: TS.Expression[];
}

function getScopeInfo(ctx: CollectContext, scope: TS.Node): ScopeInfo {
  const cache = getCache(ctx).scopes;
  const known = cache.get(scope);
  if (known) return known;
  const calls: ModelCall[] = [];
  forEachCall(ctx, scope, (call) => {
    const model = getModelCall(ctx, call, 0);
    if (model) calls.push(model);
  });
  const info: ScopeInfo = { calls, tainted: new Map() };
  cache.set(scope, info);
  if (calls.length === 0) return info;
  const shapes = new Map(calls.map((model) => [model.call as TS.Node, model.api.content]));
  // What each assignment reads, found once; taint then flows through these small sets until
  // nothing changes (each change adds a shape to a key, so it ends).
  const flows = collectAssignments(ctx, scope).map((assignment) => {
    const reads = { keys: new Set<TS.Node>(), shapes: new Set<ContentShape>() };
    for (const expression of [assignment.value, ...assignment.guards]) if (expression) collectReads(ctx, expression, shapes, reads);
    return { key: assignment.key, ...reads };
  });
  for (let changed = true; changed;) {
    changed = false;
    for (const flow of flows) {
      const current = info.tainted.get(flow.key) ?? new Set<ContentShape>();
      const before = current.size;
      for (const shape of flow.shapes) current.add(shape);
      for (const key of flow.keys) for (const shape of info.tainted.get(key) ?? []) current.add(shape);
      if (current.size !== before) {
        info.tainted.set(flow.key, current);
        changed = true;
      }
    }
  }
  return info;
}

/** The declarations an expression reads and the model calls it holds. */
function collectReads(
  ctx: CollectContext,
  expression: TS.Node,
  calls: Map<TS.Node, ContentShape>,
  reads: { keys: Set<TS.Node>; shapes: Set<ContentShape> },
): void {
  const { ts } = ctx;
  const walk = (node: TS.Node): void => {
    if (isFunctionLike(ts, node) && !isCallback(ts, node)) return;
    const shape = calls.get(node);
    if (shape) reads.shapes.add(shape);
    if (ts.isIdentifier(node) && isValueReference(ts, node)) {
      const key = getKey(ts, node);
      if (key) reads.keys.add(key);
    }
    ts.forEachChild(node, walk);
  };
  walk(expression);
}

/** The key of an identifier's declaration, shared by every reference to it. */
function getKey(ts: Ts, identifier: TS.Identifier): TS.Node | undefined {
  const binding = resolveIdentifier(ts, identifier);
  if (binding.kind === 'variable' || binding.kind === 'other' || binding.kind === 'parameter') return binding.declaration;
  return undefined;
}

function collectAssignments(ctx: CollectContext, scope: TS.Node): Assignment[] {
  const { ts } = ctx;
  const assignments: Assignment[] = [];
  const addNames = (name: TS.BindingName, value: TS.Expression | undefined, at: TS.Node): void => {
    if (ts.isIdentifier(name)) {
      const key = getKey(ts, name);
      if (key) assignments.push({ key, value, guards: getGuardsOf(ts, at, scope) });
      return;
    }
    for (const element of name.elements) if (!ts.isOmittedExpression(element)) addNames(element.name, value, at);
  };
  const addTarget = (target: TS.Expression, value: TS.Expression, at: TS.Node): void => {
    const node = unwrap(ts, target);
    if (ts.isIdentifier(node)) {
      const key = getKey(ts, node);
      if (key) assignments.push({ key, value, guards: getGuardsOf(ts, at, scope) });
    } else if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (ts.isShorthandPropertyAssignment(property)) addTarget(property.name, value, at);
        else if (ts.isPropertyAssignment(property)) addTarget(property.initializer, value, at);
      }
    } else if (ts.isArrayLiteralExpression(node)) {
      for (const element of node.elements) addTarget(ts.isSpreadElement(element) ? element.expression : element, value, at);
    }
  };
  const walk = (node: TS.Node): void => {
    if (node !== scope && (isFunctionLike(ts, node) || ts.isClassLike(node))) {
      // A callback's parameters take the values of the array it runs over (`blocks.some((block) => ...)`).
      if (isCallback(ts, node) && ts.isPropertyAccessExpression((node.parent as TS.CallExpression).expression)) {
        const receiver = ((node.parent as TS.CallExpression).expression as TS.PropertyAccessExpression).expression;
        for (const parameter of (node as TS.ArrowFunction).parameters) addNames(parameter.name, receiver, node);
      } else if (!isCallback(ts, node)) {
        return;
      }
    }
    if (ts.isVariableDeclaration(node) && node.initializer) addNames(node.name, node.initializer, node);
    if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && ts.isVariableDeclarationList(node.initializer)) {
      for (const declaration of node.initializer.declarations) addNames(declaration.name, node.expression, node);
    }
    if (ts.isBinaryExpression(node) && isAssignment(ts, node.operatorToken.kind)) addTarget(node.left, node.right, node);
    ts.forEachChild(node, walk);
  };
  walk(scope);
  return assignments;
}

function isAssignment(ts: Ts, kind: TS.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** The `if` and `switch` conditions a node runs under, up to its scope. */
function getGuardsOf(ts: Ts, node: TS.Node, scope: TS.Node): TS.Expression[] {
  const guards: TS.Expression[] = [];
  let child = node;
  for (let parent = node.parent; parent !== scope && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression) guards.push(parent.expression);
    if (ts.isCaseClause(parent)) guards.push(parent.parent.parent.expression);
  }
  return guards;
}

/** The content shapes of the model replies an expression reads (empty when it reads none). */
function getTaint(
  ctx: CollectContext,
  expression: TS.Node,
  tainted: Map<TS.Node, Set<ContentShape>>,
  calls: Map<TS.Node, ContentShape>,
): Set<ContentShape> {
  const reads = { keys: new Set<TS.Node>(), shapes: new Set<ContentShape>() };
  collectReads(ctx, expression, calls, reads);
  for (const key of reads.keys) for (const shape of tainted.get(key) ?? []) reads.shapes.add(shape);
  return reads.shapes;
}

/** An identifier read as a value, not a property name or a declaration's name. */
function isValueReference(ts: Ts, node: TS.Identifier): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && (parent as TS.PropertyAccessExpression).name === node)
    return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  return !(ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent));
}

// ---------------------------------------------------------------------------------------------
// Loops

/** What a condition depends on. */
type ConditionKind = 'bound' | 'model' | 'other' | 'true' | 'false';

interface LoopFacts {
  loop: Loop;
  scope: ScopeInfo;
  /** Counters and arrays that grow in the loop, by normalised text (`turn`, `this.steps`, `messages`). */
  counters: Set<string>;
  growing: Set<string>;
  shapes: Map<TS.Node, ContentShape>;
}

function onLoop(node: Loop, ctx: CollectContext): void {
  const { ts } = ctx;
  const scope = getScopeInfo(ctx, getScope(ts, node));
  const inLoop = scope.calls.filter((model) => model.call.pos >= node.pos && model.call.end <= node.end);
  const first = inLoop[0];
  if (!first) return;
  const facts: LoopFacts = {
    loop: node,
    scope,
    ...collectCounters(ctx, node),
    shapes: new Map(scope.calls.map((model) => [model.call as TS.Node, model.api.content])),
  };
  const condition = ts.isForStatement(node) ? node.condition : node.expression;
  const conditionKind = condition ? classify(ctx, facts, condition) : 'true';
  const exits = collectExits(ctx, node);
  const judged = exits.map((exit) => ({ exit, kind: classifyExit(ctx, facts, exit) }));

  // Termination predicates: the condition and the guards of model-dependent exits.
  if (condition && conditionKind !== 'true' && conditionKind !== 'false') addLoopPredicate(ctx, facts, condition, 'loop condition');
  const registered = new Set<TS.Node>();
  for (const { exit, kind } of judged) {
    if (kind !== 'model') continue;
    for (const guard of exit.guards) {
      if (registered.has(guard.expression) || classify(ctx, facts, guard.expression) !== 'model') continue;
      registered.add(guard.expression);
      addLoopPredicate(ctx, facts, guard.expression, 'exit condition');
    }
  }

  if (conditionKind !== 'true' && conditionKind !== 'model') return;
  if (judged.some(({ kind }) => kind === 'bound' || kind === 'other' || kind === 'always')) return;
  if (hasAbortCheck(ctx, node) || isPacedByOthers(ctx, node)) return;
  const modelExits = judged.filter(({ kind }) => kind === 'model').length;
  let form: 'condition' | 'exits' | 'none';
  if (conditionKind === 'model') form = 'condition';
  else if (modelExits > 0) form = 'exits';
  else if (judged.every(({ kind }) => kind === 'error') && feedsReplyBack(ctx, facts)) form = 'none';
  else return;
  ctx.facts.missingBounds.push({
    framework: first.api.framework,
    api: getLoopText(ctx, node),
    ...MISSING[form](first.text),
    range: getKeywordRange(ctx, node),
  });
}

const FIX =
  'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.';

const MISSING: Record<'condition' | 'exits' | 'none', (call: string) => { missing: string; effect: string; fix: string }> = {
  condition: (call) => ({
    missing: "a condition that only the model's reply decides, and no finite turn limit, deadline or abort check",
    effect: `a model that keeps answering that way keeps it calling \`${call}\` forever`,
    fix: FIX,
  }),
  exits: (call) => ({
    missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
    effect: `a model that never gives that reply keeps it calling \`${call}\` forever`,
    fix: FIX,
  }),
  none: (call) => ({
    missing: 'no exit, and no finite turn limit, deadline or abort check',
    effect: `it calls \`${call}\` and feeds the reply back until the process is stopped`,
    fix: FIX,
  }),
};

function getLoopText(ctx: CollectContext, node: Loop): string {
  const { ts } = ctx;
  const shown = (expression: TS.Expression): string => {
    const text = expression.getText().replace(/\s+/g, ' ');
    return text.length > MAX_API_TEXT ? '…' : text;
  };
  if (ts.isWhileStatement(node)) return `while (${shown(node.expression)})`;
  if (ts.isDoStatement(node)) return `do … while (${shown(node.expression)})`;
  if (!node.initializer && !node.condition && !node.incrementor) return 'for (;;)';
  return `for (${node.initializer ? '…' : ''}; ${node.condition ? shown(node.condition) : ''}; ${node.incrementor ? '…' : ''})`;
}

/** The loop's keyword (`while`, `for`, `do`). */
function getKeywordRange(ctx: CollectContext, node: Loop): { start: number; end: number } {
  const { ts } = ctx;
  const start = node.getStart(ctx.sourceFile);
  const length = ts.isWhileStatement(node) ? 5 : ts.isDoStatement(node) ? 2 : 3;
  return { start, end: start + length };
}

/** Variables stepped in the loop (`turn++`, `steps += 1`, `i = i + 1`) and arrays it pushes to. */
function collectCounters(ctx: CollectContext, loop: Loop): { counters: Set<string>; growing: Set<string> } {
  const { ts } = ctx;
  const counters = new Set<string>();
  const growing = new Set<string>();
  const reassigned = new Set<string>();
  const walk = (node: TS.Node): void => {
    if (isFunctionLike(ts, node) && !isCallback(ts, node)) return;
    if (
      (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      counters.add(normalise(node.operand));
    }
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.getText();
      if (COUNTER_OPERATORS.has(operator)) counters.add(normalise(node.left));
      if (node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const right = unwrap(ts, node.right);
        if (
          ts.isBinaryExpression(right) &&
          (right.operatorToken.kind === ts.SyntaxKind.PlusToken || right.operatorToken.kind === ts.SyntaxKind.MinusToken) &&
          (normalise(right.left) === normalise(node.left) || normalise(right.right) === normalise(node.left))
        ) {
          counters.add(normalise(node.left));
        }
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (method === 'push' || method === 'unshift') growing.add(normalise(node.expression.expression));
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) reassigned.add(normalise(node.left));
    ts.forEachChild(node, walk);
  };
  walk(loop);
  // A list emptied or replaced each turn does not grow with the turns.
  for (const name of reassigned) growing.delete(name);
  return { counters, growing };
}

function normalise(node: TS.Node): string {
  return node
    .getText()
    .replace(/\s+/g, '')
    .replace(/\?\./g, '.')
    .replace(/^\(+|\)+$/g, '');
}

/** What a condition depends on: a bound, the model's reply only, something else, or a constant. */
function classify(ctx: CollectContext, facts: LoopFacts, expression: TS.Expression): ConditionKind {
  const { ts } = ctx;
  // `(log(reply), !tool)` tests its last operand only.
  const tested = unwrap(ts, expression);
  if (ts.isBinaryExpression(tested) && tested.operatorToken.kind === ts.SyntaxKind.CommaToken) return classify(ctx, facts, tested.right);
  if (isBound(ctx, facts, expression)) return 'bound';
  const value = evaluate(ctx.evalContext, expression);
  const truth = getTruth(value);
  if (truth !== undefined) return truth ? 'true' : 'false';
  // Set from the walk's closure, which TypeScript's narrowing cannot see.
  const seen = { model: false, other: false, vacuous: false };
  const walk = (node: TS.Node): void => {
    if (seen.other) return;
    if (isVacuousComparison(ctx, facts, node)) {
      seen.vacuous = true;
      return;
    }
    if (facts.shapes.has(node)) {
      seen.model = true;
      return;
    }
    if (isFunctionLike(ts, node)) {
      if (!isCallback(ts, node)) seen.other = true;
      else ts.forEachChild(node, walk);
      return;
    }
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      seen.other = true;
      return;
    }
    if (ts.isCallExpression(node)) {
      const callee = unwrap(ts, node.expression);
      // A bare function may read anything; a method of a value reads that value.
      if (ts.isIdentifier(callee) && !PURE_GLOBALS.has(callee.text)) {
        seen.other = true;
        return;
      }
    }
    if (ts.isIdentifier(node) && isValueReference(ts, node)) {
      const kind = classifyIdentifier(ctx, facts, node, expression);
      if (kind === 'model') seen.model = true;
      if (kind === 'other') seen.other = true;
      return;
    }
    ts.forEachChild(node, walk);
  };
  walk(expression);
  if (seen.other) return 'other';
  if (seen.model) return 'model';
  return seen.vacuous ? 'true' : 'other';
}

function getTruth(value: ReturnType<typeof evaluate>): boolean | undefined {
  const options = getOptions(value);
  const truths = options.map((option) => {
    switch (option.kind) {
      case 'boolean':
        return option.value;
      case 'number':
        return option.value !== 0 && !Number.isNaN(option.value);
      case 'string':
        return option.value !== '';
      case 'null':
      case 'undefined':
        return false;
      default:
        return undefined;
    }
  });
  const [first] = truths;
  return first !== undefined && truths.every((truth) => truth === first) ? first : undefined;
}

function classifyIdentifier(ctx: CollectContext, facts: LoopFacts, node: TS.Identifier, within: TS.Node): 'model' | 'constant' | 'other' {
  const { ts } = ctx;
  const binding = resolveIdentifier(ts, node);
  if (binding.kind === 'global') return PURE_GLOBALS.has(node.text) ? 'constant' : 'other';
  if (binding.kind === 'variable' || binding.kind === 'other' || binding.kind === 'parameter') {
    // A callback's own parameter inside the condition (`words.some((word) => ...)`).
    if (binding.declaration.pos >= within.pos && binding.declaration.end <= within.end) return 'constant';
    if (facts.scope.tainted.has(binding.declaration)) return 'model';
  }
  const value = evaluate(ctx.evalContext, node);
  const options = getOptions(value);
  if (options.every((option) => ['number', 'string', 'boolean', 'null', 'undefined'].includes(option.kind))) return 'constant';
  const parent = node.parent;
  if (
    options.every((option) => option.kind === 'array' && !option.open) &&
    ts.isPropertyAccessExpression(parent) &&
    parent.expression === node &&
    LIST_READS.has(parent.name.text)
  ) {
    return 'constant';
  }
  return 'other';
}

/** A comparison with a counter, a growing list or the clock, or a read of `signal.aborted`. */
function isBound(ctx: CollectContext, facts: LoopFacts, expression: TS.Node): boolean {
  const { ts } = ctx;
  let found = false;
  const walk = (node: TS.Node): void => {
    if (found || (isFunctionLike(ts, node) && !isCallback(ts, node))) return;
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'aborted') {
      found = true;
      return;
    }
    if (ts.isBinaryExpression(node) && isComparison(ts, node.operatorToken.kind)) {
      if (isBoundSide(ctx, facts, node.left, node.right) || isBoundSide(ctx, facts, node.right, node.left)) {
        found = true;
        return;
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(expression);
  return found;
}

function isComparison(ts: Ts, kind: TS.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.LessThanToken ||
    kind === ts.SyntaxKind.LessThanEqualsToken ||
    kind === ts.SyntaxKind.GreaterThanToken ||
    kind === ts.SyntaxKind.GreaterThanEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsToken
  );
}

/** One side of a comparison counts turns or time, and the other side is not an unbounded limit. */
function isBoundSide(ctx: CollectContext, facts: LoopFacts, side: TS.Expression, other: TS.Expression): boolean {
  return !isUnboundedLimit(ctx, other) && countsTurns(ctx, facts, side, other);
}

/** `Infinity` or a count from `Number.MAX_SAFE_INTEGER` up: a comparison with it never fires. */
function isUnboundedLimit(ctx: CollectContext, expression: TS.Expression): boolean {
  const limit = getOptions(evaluate(ctx.evalContext, expression));
  return limit.some((option) => option.kind === 'number' && (option.value === Infinity || option.value >= Number.MAX_SAFE_INTEGER));
}

/** A comparison of a counter with an unbounded limit (`turns++ < Infinity`): always true in practice. */
function isVacuousComparison(ctx: CollectContext, facts: LoopFacts, node: TS.Node): boolean {
  const { ts } = ctx;
  if (!ts.isBinaryExpression(node) || !isComparison(ts, node.operatorToken.kind)) return false;
  return (
    (isUnboundedLimit(ctx, node.right) && countsTurns(ctx, facts, node.left, node.right)) ||
    (isUnboundedLimit(ctx, node.left) && countsTurns(ctx, facts, node.right, node.left))
  );
}

/** One side of a comparison counts turns, list growth or time. */
function countsTurns(ctx: CollectContext, facts: LoopFacts, side: TS.Expression, other: TS.Expression): boolean {
  const { ts } = ctx;
  let found = false;
  const walk = (node: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && TIME_CALL.test(getDottedName(ts, node.expression) ?? '')) found = true;
    else if (ts.isNewExpression(node) && getDottedName(ts, node.expression) === 'Date') found = true;
    else if (ts.isPropertyAccessExpression(node) && node.name.text === 'length' && facts.growing.has(normalise(node.expression)))
      found = !isZero(ctx, other);
    else if ((ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) && facts.counters.has(normalise(node))) found = true;
    else if (ts.isIdentifier(node) && isTimeValue(ctx, node)) found = true;
    if (!found && !ts.isIdentifier(node)) ts.forEachChild(node, walk);
  };
  walk(side);
  return found;
}

/** `0`: `items.length > 0` checks for emptiness, it bounds nothing. */
function isZero(ctx: CollectContext, expression: TS.Expression): boolean {
  const value = evaluate(ctx.evalContext, expression);
  return value.kind === 'number' && value.value === 0;
}

/** A const that holds a time (`const elapsed = Date.now() - startedAt`). */
function isTimeValue(ctx: CollectContext, node: TS.Identifier): boolean {
  const binding = resolveIdentifier(ctx.ts, node);
  return (
    binding.kind === 'variable' &&
    binding.declaration.initializer !== undefined &&
    TIME_TEXT.test(binding.declaration.initializer.getText())
  );
}

interface Guard {
  expression: TS.Expression;
  /** The value the condition must have for the exit to run. */
  when: boolean;
}

interface Exit {
  node: TS.Node;
  guards: Guard[];
  /** Inside a `catch` or `finally`: it ends the loop on an error, which bounds nothing. */
  onError: boolean;
}

type ExitKind = 'bound' | 'model' | 'other' | 'always' | 'unreachable' | 'error';

/** `break` (to this loop), `return`, an uncaught `throw`, `process.exit()`: with the conditions they run under. */
function collectExits(ctx: CollectContext, loop: Loop): Exit[] {
  const { ts } = ctx;
  const exits: Exit[] = [];
  const label = ts.isLabeledStatement(loop.parent) ? loop.parent.label.text : undefined;
  const walk = (node: TS.Node, nested: boolean, caught: boolean): void => {
    if (isFunctionLike(ts, node) || ts.isClassLike(node)) return;
    if (ts.isBreakStatement(node)) {
      if (node.label ? node.label.text === label : !nested) exits.push(makeExit(ctx, node, loop));
      return;
    }
    if (ts.isReturnStatement(node)) {
      exits.push(makeExit(ctx, node, loop));
      return;
    }
    if (ts.isThrowStatement(node)) {
      if (!caught) exits.push(makeExit(ctx, node, loop));
      return;
    }
    if (ts.isCallExpression(node) && getDottedName(ts, node.expression) === 'process.exit') exits.push(makeExit(ctx, node, loop));
    if (node !== loop && (ts.isIterationStatement(node, false) || ts.isSwitchStatement(node))) {
      ts.forEachChild(node, (child) => {
        walk(child, true, caught);
      });
      return;
    }
    if (ts.isTryStatement(node)) {
      walk(node.tryBlock, nested, caught || node.catchClause !== undefined);
      if (node.catchClause) walk(node.catchClause, nested, caught);
      if (node.finallyBlock) walk(node.finallyBlock, nested, caught);
      return;
    }
    ts.forEachChild(node, (child) => {
      walk(child, nested, caught);
    });
  };
  walk(loop.statement, false, false);
  return exits;
}

function makeExit(ctx: CollectContext, exit: TS.Node, loop: Loop): Exit {
  const { ts } = ctx;
  const guards: Guard[] = [];
  let onError = false;
  let child: TS.Node = exit;
  for (let parent = exit.parent; parent !== loop; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) guards.push({ expression: parent.expression, when: true });
      if (child === parent.elseStatement) guards.push({ expression: parent.expression, when: false });
    } else if (ts.isCaseClause(parent)) {
      guards.push({ expression: parent.parent.parent.expression, when: true });
    } else if (ts.isWhileStatement(parent) || ts.isDoStatement(parent)) {
      if (child === parent.statement) guards.push({ expression: parent.expression, when: true });
    } else if (ts.isForStatement(parent)) {
      if (child === parent.statement && parent.condition) guards.push({ expression: parent.condition, when: true });
    } else if (ts.isForOfStatement(parent) || ts.isForInStatement(parent)) {
      if (child === parent.statement) guards.push({ expression: parent.expression, when: true });
    } else if (ts.isCatchClause(parent) || (ts.isTryStatement(parent) && child === parent.finallyBlock)) {
      onError = true;
    }
    if (ts.isBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      // An earlier `if (...) continue;` (or any exit) means this one runs only when that condition is false.
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (!ts.isIfStatement(statement)) continue;
        const thenExits = exitsAbruptly(ts, statement.thenStatement);
        const elseExits = statement.elseStatement !== undefined && exitsAbruptly(ts, statement.elseStatement);
        if (thenExits && !elseExits) guards.push({ expression: statement.expression, when: false });
        if (elseExits && !thenExits) guards.push({ expression: statement.expression, when: true });
      }
    }
  }
  return { node: exit, guards, onError };
}

function classifyExit(ctx: CollectContext, facts: LoopFacts, exit: Exit): ExitKind {
  if (exit.onError) return 'error';
  const kinds = exit.guards.map((guard) => {
    const kind = classify(ctx, facts, guard.expression);
    if (kind === 'true' || kind === 'false') return (kind === 'true') === guard.when ? 'always' : 'unreachable';
    return kind;
  });
  if (kinds.includes('bound')) return 'bound';
  if (kinds.includes('unreachable')) return 'unreachable';
  if (kinds.includes('other')) return 'other';
  if (kinds.includes('model')) return 'model';
  return 'always';
}

/** `signal.throwIfAborted()` in the loop, or a model call given an abort signal made outside the loop. */
function hasAbortCheck(ctx: CollectContext, loop: Loop): boolean {
  const { ts } = ctx;
  let found = false;
  forEachCall(ctx, loop, (call) => {
    if (found) return;
    const callee = unwrap(ts, call.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'throwIfAborted') {
      found = true;
      return;
    }
    for (const argument of call.arguments) {
      const node = unwrap(ts, argument);
      if (!ts.isObjectLiteralExpression(node)) continue;
      for (const property of node.properties) {
        const name = property.name ? getPropertyName(ts, property.name) : undefined;
        if (name !== 'signal' && name !== 'abortSignal') continue;
        const value = ts.isPropertyAssignment(property)
          ? unwrap(ts, property.initializer)
          : ts.isShorthandPropertyAssignment(property)
            ? property.name
            : undefined;
        if (value && isOuterSignal(ctx, value, loop)) found = true;
      }
    }
  });
  return found;
}

/** A signal that outlives one turn: not created in the call, nor declared inside the loop. */
function isOuterSignal(ctx: CollectContext, value: TS.Expression, loop: Loop): boolean {
  const { ts } = ctx;
  if (ts.isCallExpression(value) || ts.isNewExpression(value)) return false;
  if (value.kind === ts.SyntaxKind.UndefinedKeyword || value.kind === ts.SyntaxKind.NullKeyword) return false;
  if (ts.isIdentifier(value)) {
    if (value.text === 'undefined') return false;
    const binding = resolveIdentifier(ts, value);
    if (binding.kind === 'variable' || binding.kind === 'other') {
      const declaration = binding.declaration;
      if (declaration.pos >= loop.pos && declaration.end <= loop.end) return false;
    }
  }
  return true;
}

/**
 * A loop that waits on something besides the model each turn: a person (a readline question,
 * a prompt library, a browser `confirm`, directly or through a helper), or a consumer pulling
 * from a generator (`yield`).
 */
function isPacedByOthers(ctx: CollectContext, loop: Loop): boolean {
  const { ts } = ctx;
  let found = false;
  const walk = (node: TS.Node): void => {
    if (found) return;
    if (ts.isYieldExpression(node) && !isInsideNestedFunction(ts, node, loop)) {
      found = true;
      return;
    }
    if ((ts.isCallExpression(node) && isPromptCall(ctx, node, 0)) || (ts.isForOfStatement(node) && isPromptSource(ctx, node.expression))) {
      found = true;
      return;
    }
    ts.forEachChild(node, walk);
  };
  walk(loop);
  return found;
}

function isPromptSource(ctx: CollectContext, expression: TS.Expression): boolean {
  const origin = resolveReceiverOrigin(ctx, expression);
  return origin?.module !== undefined && PROMPT_MODULES.test(stripNodePrefix(origin.module));
}

function isPromptCall(ctx: CollectContext, call: TS.CallExpression, depth: number): boolean {
  const { ts } = ctx;
  const callee = unwrap(ts, call.expression);
  if (ts.isIdentifier(callee) && BROWSER_PROMPTS.has(callee.text) && resolveIdentifier(ts, callee).kind === 'global') return true;
  if (isPromptSource(ctx, callee)) return true;
  if (depth >= MAX_HELPER_DEPTH) return false;
  const cache = getCache(ctx).prompters;
  return getCalledFunctions(ctx, callee).some((fn) => {
    if (!cache.has(fn)) {
      cache.set(fn, false);
      let asks = false;
      if (fn.body) {
        const body = fn.body;
        const walk = (node: TS.Node): void => {
          if (asks) return;
          if (ts.isCallExpression(node) && isPromptCall(ctx, node, depth + 1)) asks = true;
          else ts.forEachChild(node, walk);
        };
        walk(body);
      }
      cache.set(fn, asks);
    }
    return cache.get(fn) === true;
  });
}

function isInsideNestedFunction(ts: Ts, node: TS.Node, loop: Loop): boolean {
  for (let current = node.parent; current !== loop; current = current.parent) if (isFunctionLike(ts, current)) return true;
  return false;
}

/** The model's reply flows into something that outlives the turn (`messages.push(reply)`, `history = ...`). */
function feedsReplyBack(ctx: CollectContext, facts: LoopFacts): boolean {
  const { ts } = ctx;
  const { loop } = facts;
  let found = false;
  const isOuter = (target: TS.Expression): boolean => {
    let root = unwrap(ts, target);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = unwrap(ts, root.expression);
    if (!ts.isIdentifier(root)) return root.kind === ts.SyntaxKind.ThisKeyword;
    const key = getKey(ts, root);
    return key !== undefined && !(key.pos >= loop.pos && key.end <= loop.end);
  };
  const tainted = (expression: TS.Node): boolean => getTaint(ctx, expression, facts.scope.tainted, facts.shapes).size > 0;
  const walk = (node: TS.Node): void => {
    if (found || (isFunctionLike(ts, node) && !isCallback(ts, node))) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if ((method === 'push' || method === 'unshift') && isOuter(node.expression.expression) && node.arguments.some(tainted)) found = true;
    }
    if (ts.isBinaryExpression(node) && isAssignment(ts, node.operatorToken.kind) && isOuter(node.left) && tainted(node.right)) found = true;
    ts.forEachChild(node, walk);
  };
  walk(loop.statement);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Predicates

/**
 * Registers a model-dependent condition as a termination predicate, keeping only its reads of
 * the model's reply. OpenAI chat-completion content is a string or null, never a list, so a
 * use there counts as list-handled; it is split from uses whose content may be a list.
 */
function addLoopPredicate(ctx: CollectContext, facts: LoopFacts, condition: TS.Expression, role: string): void {
  const { ts } = ctx;
  const count = ctx.facts.predicates.length;
  addPredicateFunction(ctx, condition, { framework: 'loops', role, nullableContent: false }, condition);
  const fact = ctx.facts.predicates[count];
  if (!fact) return;
  ctx.facts.predicates.length = count;
  const groups = new Map<boolean, ContentUseFact[]>();
  for (const use of fact.uses) {
    const node = findNode(ts, condition, use.range);
    const shapes = node ? getTaint(ctx, getReadRoot(ts, node), facts.scope.tainted, facts.shapes) : new Set<ContentShape>();
    if (shapes.size === 0) continue;
    const nullable = !shapes.has('any');
    const list = groups.get(nullable) ?? [];
    list.push(nullable ? { ...use, listHandled: true } : use);
    groups.set(nullable, list);
  }
  for (const [nullable, uses] of groups) {
    const first = uses[0];
    const framework = first ? getFramework(facts, nullable) : 'loops';
    const predicate: PredicateFact = { ...fact, framework, nullableContent: nullable, uses };
    ctx.facts.predicates.push(predicate);
  }
}

function getFramework(facts: LoopFacts, nullable: boolean): string {
  const model = facts.scope.calls.find((call) => (call.api.content === 'stringOrNull') === nullable);
  return model?.api.framework ?? 'loops';
}

/** The node of a use, by its exact range. */
function findNode(ts: Ts, root: TS.Node, range: { start: number; end: number }): TS.Node | undefined {
  let found: TS.Node | undefined;
  const walk = (node: TS.Node): void => {
    if (found || range.start < node.getStart() || range.end > node.end) return;
    if (node.getStart() === range.start && node.end === range.end) found = node;
    ts.forEachChild(node, walk);
  };
  walk(root);
  return found;
}

/** The content expression a use reads: `reply.content` in `reply.content.includes`, a comparison's non-literal side, a regex's argument. */
function getReadRoot(ts: Ts, node: TS.Node): TS.Node {
  if (ts.isPropertyAccessExpression(node)) return node.expression;
  if (ts.isBinaryExpression(node)) return ts.isStringLiteralLike(unwrap(ts, node.right)) ? node.left : node.right;
  if (ts.isCallExpression(node)) return node.arguments[0] ?? node;
  return node;
}

export const handWrittenLoops: FrameworkAdapter = {
  id: 'loops',
  packages: MODEL_APIS.map((api) => api.framework).filter((name, index, all) => all.indexOf(name) === index),
  // A module name right after a quote: a file that imports none of them is never walked. (A
  // look-ahead for the loop keyword as well cost more than the walk it saved.)
  hint: /['"](?:openai|ai|@anthropic-ai\/(?:sdk|claude-agent-sdk)|@openai\/agents|@langchain\/|langchain|@mastra\/core|@voltagent\/core|@strands-agents\/sdk|@llamaindex\/|llamaindex)/,
  visitors: {
    WhileStatement: visit<TS.WhileStatement>(onLoop),
    DoStatement: visit<TS.DoStatement>(onLoop),
    ForStatement: visit<TS.ForStatement>(onLoop),
  },
};
