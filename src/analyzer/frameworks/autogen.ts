/**
 * AutoGen-style agents: the Python API's TypeScript and JavaScript ports and configs
 * (ConversableAgent, UserProxyAgent, `initiateChat`, GroupChat) and 0.4-style teams.
 * The option names are distinctive, so they are recognised wherever they are written;
 * team classes with generic names (`Swarm`) need an AutoGen import, and so do the ports' own
 * APIs (autogen_node's nested chats, SwarmChat and FunctionContract; AIbitat).
 */
import type * as TS from 'typescript';
import { getRequiredModule, resolveIdentifier } from '../scope.js';
import { getDottedName, getLine, getPropertyName, getRange, unwrap } from '../syntax.js';
import { evaluate } from '../values/evaluate.js';
import { getEntry, getOptions, type ObjectValue } from '../values/value.js';
import type { InputMode, Origin } from '../facts.js';
import {
  addToolFunction,
  addBoundFromEntry,
  addBoundFromExpression,
  addPredicate,
  addPredicateFunction,
  addTool,
  getObject,
  getOrigin,
  isSet,
  type BoundKnowledge,
  type PredicateKnowledge,
} from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * Checked against AutoGen 0.2 `conversable_agent.py` (v0.2.40: `None` falls back to
 * MAX_CONSECUTIVE_AUTO_REPLY = 100) and autogen_node `src/agents/ConversableAgent.ts`
 * (`maxConsecutiveAutoReply ?? Infinity`); see shared frameworks.md section 12.
 */
const AUTO_REPLY: BoundKnowledge & { names: readonly string[] } = {
  framework: 'autogen',
  names: ['maxConsecutiveAutoReply', 'max_consecutive_auto_reply'],
  unit: 'auto-replies',
  minimum: 0,
  nullMeaning: 'which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node',
  example: '10',
};

/**
 * `initiate_chat(max_turns=None)` means "until a termination condition is met"
 * (conversable_agent.py ~996, v0.2.40); 0.4 teams document `max_turns=None` as "no limit"
 * (autogen_agentchat teams/_group_chat/_round_robin_group_chat.py ~117).
 */
const MAX_TURNS: BoundKnowledge & { names: readonly string[] } = {
  framework: 'autogen',
  names: ['maxTurns', 'max_turns'],
  unit: 'turns',
  minimum: 0,
  nullMeaning: 'which means no limit: the chat goes on until a termination condition fires',
  example: '20',
};

/** `GroupChat(max_round=10)` (groupchat.py ~115, v0.2.40); autogen_node `maxRound || 10`. */
const MAX_ROUND: BoundKnowledge & { names: readonly string[] } = {
  framework: 'autogen',
  names: ['maxRound', 'max_round'],
  unit: 'rounds',
  minimum: 0,
  nullMeaning: 'which sets no bound of your own: AutoGen 0.2 fails on it and autogen_node falls back to 10 rounds',
  example: '12',
};

/**
 * autogen_node loops that keep their own round bound (pega2077/autogen_node @7d89693e, not on npm):
 * `initiateNestedChat(message, recipient, { maxRounds = 10 })` (`src/core/BaseAgent.ts` ~194) and
 * `SwarmChat({ maxRoundsPerTask })` (`config.maxRoundsPerTask || 5`, `src/core/SwarmChat.ts` ~93).
 * Null and undefined keep the default (or run no round), so neither removes the bound.
 */
const PORT_ROUNDS: BoundKnowledge = { framework: 'autogen_node', unit: 'rounds', minimum: 0, nullMeaning: undefined, example: '10' };

/**
 * AIbitat (wladpaiva/aibitat @f378eea5 `src/index.ts`; AnythingLLM @72aabbd1
 * `server/utils/agents/aibitat/index.js` ~105-118): `new AIbitat({ maxRounds = 100 })` caps the
 * replies between two nodes; AnythingLLM adds `maxToolCalls` (default 10, or env
 * `AGENT_MAX_TOOL_CALLS`), the tools one reply may chain. Both are destructuring defaults, so
 * undefined keeps them, and null compares as 0 (`length >= null`), which stops at once.
 * A channel's `maxRounds` (default 10) is not read: every member is still capped by the
 * instance's `maxRounds` (`selectNext` drops members that reached it), so no channel value
 * leaves a channel without a bound.
 */
const AIBITAT_BOUNDS: readonly (BoundKnowledge & { name: string })[] = [
  { name: 'maxRounds', framework: 'aibitat', unit: 'rounds', minimum: 0, nullMeaning: undefined, example: '20' },
  { name: 'maxToolCalls', framework: 'aibitat', unit: 'tool calls', minimum: 0, nullMeaning: undefined, example: '10' },
];

/** The package, or a vendored copy such as AnythingLLM's `require("./aibitat")`. */
const AIBITAT_MODULE = /(?:^|\/)aibitat(?:\/index)?(?:\.[cm]?[jt]s)?$/i;
/** AIbitat methods that return the instance, so chained calls still name it. */
const AIBITAT_CHAIN = new Set(['agent', 'channel', 'use', 'function', 'onMessage', 'onTerminate', 'onError', 'onStart', 'onInterrupt']);
const AUTOGEN_NODE_MODULE = /^autogen_node(?:\/|$)/;

/**
 * `is_termination_msg` receives AutoGen 0.2 message dicts, whose content is a string, a list
 * of parts, or None for function and tool calls (`code_utils.content_str`, v0.2.40).
 */
const TERMINATION_MSG: Omit<PredicateKnowledge, 'role'> = { framework: 'autogen', nullableContent: true };

/**
 * 0.4-style termination conditions see `TextMessage.content: str`, `MultiModalMessage.content:
 * list`, and event lists; never None (autogen_agentchat `messages.py`, 0.7.5).
 */
const TERMINATION_CONDITION: Omit<PredicateKnowledge, 'role'> = { framework: 'autogen', nullableContent: false };

const INPUT_MODE_NAMES = ['humanInputMode', 'human_input_mode'] as const;
/** Modes that prompt a person: both wait on stdin (frameworks.md 12.1, 12.5). */
const PROMPTING_MODES: readonly InputMode[] = ['ALWAYS', 'TERMINATE'];
const TERMINATION_MSG_NAMES = ['isTerminationMsg', 'is_termination_msg'] as const;
const TERMINATION_CONDITION_NAMES = ['terminationCondition', 'termination_condition'] as const;
const INPUT_FUNC_NAMES = ['inputFunc', 'input_func'] as const;
const FUNCTION_MAP_NAMES = ['functionMap', 'function_map'] as const;

/**
 * 0.4-style teams. RoundRobin, Selector and Swarm default to no termination condition
 * and no max turns ("runs indefinitely"); MagenticOne defaults to max_turns=20.
 */
const TEAMS: Record<string, { unboundedByDefault: boolean; needsImport: boolean }> = {
  RoundRobinGroupChat: { unboundedByDefault: true, needsImport: false },
  SelectorGroupChat: { unboundedByDefault: true, needsImport: false },
  Swarm: { unboundedByDefault: true, needsImport: true },
  MagenticOneGroupChat: { unboundedByDefault: false, needsImport: false },
};

const AUTOGEN_MODULE = /autogen|ag2|agentchat/i;

/** The classes whose construction this adapter reads. */
const CONSTRUCTED = new Set([...Object.keys(TEAMS), 'GroupChat', 'UserProxyAgent']);

/**
 * Ports whose message content is always a string: autogen_node's `IMessage.content: string`,
 * and its providers turn a null reply into `''` (src/core/IAgent.ts, src/providers/OpenAIProvider.ts
 * @7d89693e). A predicate given to an agent built from them cannot meet null or list content.
 */
const STRING_CONTENT_PORTS = /^autogen_node(\/|$)/;

/** Whether the options object is passed straight to a constructor imported from such a port. */
function isStringContentPort(ctx: CollectContext, options: TS.ObjectLiteralExpression): boolean {
  const { ts } = ctx;
  let parent: TS.Node = options.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) parent = parent.parent;
  if (!(ts.isNewExpression(parent) || ts.isCallExpression(parent))) return false;
  const callee = unwrap(ts, parent.expression);
  const root = ts.isPropertyAccessExpression(callee) ? unwrap(ts, callee.expression) : callee;
  if (!ts.isIdentifier(root)) return false;
  const binding = resolveIdentifier(ts, root);
  return binding.kind === 'import' && STRING_CONTENT_PORTS.test(binding.module);
}

const OBJECT_LITERAL_KEYS: ReadonlySet<string> = new Set([...AUTO_REPLY.names, ...INPUT_MODE_NAMES, ...TERMINATION_MSG_NAMES]);

function isAutogenObjectLiteralKey(name: string | undefined): boolean {
  return name !== undefined && OBJECT_LITERAL_KEYS.has(name);
}

function onObjectLiteral(node: TS.ObjectLiteralExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  for (const property of node.properties) {
    if (!property.name || !isAutogenObjectLiteralKey(getPropertyName(ts, property.name))) continue;
    const name = getPropertyName(ts, property.name) ?? '';
    const valueNode = ts.isPropertyAssignment(property)
      ? property.initializer
      : ts.isShorthandPropertyAssignment(property)
        ? property.name
        : undefined;
    if (!valueNode) continue;
    const names = getSpellings(name);
    // Later keys win: a key that a later spread replaces is not the value in effect.
    const replaced = getReplacement(ctx, node, property, names);
    if (replaced === 'replaced' || isReplacedWhereSpread(ctx, node, names)) continue;
    if (AUTO_REPLY.names.includes(name)) {
      if (typeof replaced === 'object') {
        ctx.facts.bounds.push({
          ...AUTO_REPLY,
          option: name,
          range: ctx.range(property),
          values: [{ kind: 'unknown', text: replaced.spread.getText(), reason: 'spread' }],
        });
      } else {
        addBoundFromExpressionAt(ctx, name, valueNode, property, AUTO_REPLY);
      }
    } else if ((INPUT_MODE_NAMES as readonly string[]).includes(name)) {
      if (replaced === undefined) addInputMode(ctx, name, valueNode, property);
    } else if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
      if (!isStringContentPort(ctx, node)) addPredicate(ctx, valueNode, { ...TERMINATION_MSG, role: `\`${name}\`` }, property);
    }
  }
  onProviderConfig(node, ctx);
}

/** Both spellings of an option (`maxConsecutiveAutoReply` = `max_consecutive_auto_reply`). */
function getSpellings(name: string): readonly string[] {
  const families: readonly (readonly string[])[] = [AUTO_REPLY.names, INPUT_MODE_NAMES, TERMINATION_MSG_NAMES];
  return families.find((names) => names.includes(name)) ?? [name];
}

/**
 * Whether something written after `member` in the literal replaces the key: `replaced` for a
 * later property of the same name or a spread that holds it, the spread when one that may
 * hold it cannot be resolved, undefined when nothing does.
 */
function getReplacement(
  ctx: CollectContext,
  node: TS.ObjectLiteralExpression,
  member: TS.ObjectLiteralElementLike,
  names: readonly string[],
): 'replaced' | { spread: TS.SpreadAssignment } | undefined {
  const { ts } = ctx;
  let result: { spread: TS.SpreadAssignment } | undefined;
  const index = node.properties.indexOf(member);
  for (const later of node.properties.slice(index + 1)) {
    if (!ts.isSpreadAssignment(later)) {
      const name = getPropertyName(ts, later.name);
      if (name !== undefined && names.includes(name)) return 'replaced';
      continue;
    }
    const value = evaluate(ctx.evalContext, later.expression);
    if (value.kind === 'null' || value.kind === 'undefined') continue;
    if (value.kind !== 'object') {
      result ??= { spread: later };
      continue;
    }
    const entry = getEntry(value.object, names);
    if (typeof entry === 'object') return 'replaced';
    if (entry === 'unknown') result ??= { spread: later };
  }
  return result;
}

const constReferences = new WeakMap<TS.SourceFile, Map<string, TS.Identifier[]>>();

/** Identifiers of a file by name, collected once per file and only when a spread source needs them. */
function getIdentifiersNamed(ctx: CollectContext, name: string): TS.Identifier[] {
  const { ts } = ctx;
  let table = constReferences.get(ctx.sourceFile);
  if (!table) {
    const built = new Map<string, TS.Identifier[]>();
    const walk = (node: TS.Node): void => {
      if (ts.isIdentifier(node)) {
        const list = built.get(node.text) ?? [];
        list.push(node);
        built.set(node.text, list);
      }
      ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
    constReferences.set(ctx.sourceFile, built);
    table = built;
  }
  return table.get(name) ?? [];
}

/**
 * A literal held in a const (`const defaults = { maxConsecutiveAutoReply: Infinity }`) whose
 * every use in the file is a spread followed by a key that replaces this one: its value never
 * takes effect. An unused literal, or one used any other way, still counts.
 */
function isReplacedWhereSpread(ctx: CollectContext, node: TS.ObjectLiteralExpression, names: readonly string[]): boolean {
  const { ts } = ctx;
  let top: TS.Node = node;
  while (ts.isAsExpression(top.parent) || ts.isSatisfiesExpression(top.parent) || ts.isParenthesizedExpression(top.parent))
    top = top.parent;
  const declaration = top.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== top || !ts.isIdentifier(declaration.name)) return false;
  // An exported const may be used elsewhere, where nothing replaces the key.
  const statement = declaration.parent.parent;
  if (ts.isVariableStatement(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
    return false;
  let uses = 0;
  for (const identifier of getIdentifiersNamed(ctx, declaration.name.text)) {
    if (identifier === declaration.name || isPropertyName(ctx, identifier)) continue;
    const binding = resolveIdentifier(ts, identifier);
    if (binding.kind !== 'variable' || binding.declaration !== declaration) continue;
    uses += 1;
    let spread: TS.Node = identifier;
    while (ts.isAsExpression(spread.parent) || ts.isSatisfiesExpression(spread.parent) || ts.isParenthesizedExpression(spread.parent))
      spread = spread.parent;
    const assignment = spread.parent;
    if (!ts.isSpreadAssignment(assignment) || !ts.isObjectLiteralExpression(assignment.parent)) return false;
    if (getReplacement(ctx, assignment.parent, assignment, names) !== 'replaced') return false;
  }
  return uses > 0;
}

/** An identifier that names a property (`a.defaults`, `{ defaults: 1 }`), not a variable. */
function isPropertyName(ctx: CollectContext, identifier: TS.Identifier): boolean {
  const { ts } = ctx;
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === identifier;
  if (ts.isQualifiedName(parent)) return parent.right === identifier;
  if (ts.isBindingElement(parent)) return parent.propertyName === identifier;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === identifier
  );
}

function addBoundFromExpressionAt(
  ctx: CollectContext,
  option: string,
  valueNode: TS.Expression,
  property: TS.Node,
  knowledge: BoundKnowledge,
): void {
  addBoundFromExpression(ctx, option, valueNode, knowledge);
  const fact = ctx.facts.bounds[ctx.facts.bounds.length - 1];
  if (fact) fact.range = ctx.range(property);
}

function addInputMode(ctx: CollectContext, option: string, valueNode: TS.Expression, property: TS.Node): void {
  const value = evaluate(ctx.evalContext, valueNode);
  for (const option_ of getOptions(value)) {
    if (option_.kind !== 'string') continue;
    const mode = option_.value.toUpperCase();
    if (!isPromptingMode(mode)) continue;
    const origin = getOrigin(option_, valueNode);
    ctx.facts.inputModes.push({
      framework: 'autogen',
      option,
      api: option,
      mode,
      range: ctx.range(property),
      ...(origin ? { origin } : {}),
    });
    return;
  }
  const member = getEnumMemberMode(ctx, valueNode);
  if (member)
    ctx.facts.inputModes.push({
      framework: 'autogen',
      option,
      api: option,
      mode: member.mode,
      range: ctx.range(property),
      origin: member.origin,
    });
}

function isPromptingMode(mode: string): mode is InputMode {
  return (PROMPTING_MODES as readonly string[]).includes(mode);
}

/**
 * `HumanInputMode.ALWAYS` where the value itself is out of reach: the enum autogen_node
 * exports (`src/core/IAgent.ts`), or a local numeric enum as in the .NET port
 * (`NEVER = 0, ALWAYS = 1`). The member's name says the mode.
 */
function getEnumMemberMode(ctx: CollectContext, valueNode: TS.Expression): { mode: InputMode; origin: Origin } | undefined {
  const { ts } = ctx;
  const node = unwrap(ts, valueNode);
  if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.expression)) return undefined;
  const mode = node.name.text.toUpperCase();
  if (!isPromptingMode(mode)) return undefined;
  const binding = resolveIdentifier(ts, node.expression);
  const known = binding.kind === 'enum' || (binding.kind === 'import' && AUTOGEN_MODULE.test(binding.module));
  if (!known) return undefined;
  const written = binding.kind === 'enum' ? binding.declaration : node;
  const origin: Origin = {
    text: node.getText(),
    fileName: ctx.sourceFile.fileName,
    line: getLine(ctx.sourceFile, written.getStart(ctx.sourceFile)),
  };
  return { mode, origin };
}

/** AutoGen Studio JSON components: `{ provider: "autogen_agentchat.teams.RoundRobinGroupChat", config: {...} }`. */
function onProviderConfig(node: TS.ObjectLiteralExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  let provider: TS.PropertyAssignment | undefined;
  let config: TS.PropertyAssignment | undefined;
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = getPropertyName(ts, property.name);
    if (name === 'provider') provider = property;
    if (name === 'config') config = property;
  }
  if (!provider || !config || !ts.isStringLiteral(provider.initializer)) return;
  const className = provider.initializer.text.split('.').pop() ?? '';
  const team = TEAMS[className];
  if (!team || !AUTOGEN_MODULE.test(provider.initializer.text)) return;
  const object = getObject(ctx, config.initializer);
  if (typeof object === 'string') return;
  checkTeamOptions(ctx, className, team.unboundedByDefault, object, provider, config.initializer, 'snake');
}

function checkTeamOptions(
  ctx: CollectContext,
  api: string,
  unboundedByDefault: boolean,
  options: ObjectValue | 'absent',
  reportAt: TS.Node,
  fallback: TS.Node,
  spelling: 'camel' | 'snake',
): void {
  const maxTurns = options === 'absent' ? 'missing' : getEntry(options, MAX_TURNS.names);
  if (typeof maxTurns === 'object') {
    addBoundFromEntry(ctx, maxTurns, fallback, { ...MAX_TURNS, nullMeaning: 'which means no limit on turns' });
    return;
  }
  if (maxTurns === 'unknown' || !unboundedByDefault) return;
  const termination = options === 'absent' ? false : isSet(options, TERMINATION_CONDITION_NAMES);
  if (termination !== false) return;
  // Studio JSON configs use the Python names; the TypeScript ports use camelCase.
  const [condition, turns, verb] =
    spelling === 'snake' ? ['termination_condition', 'max_turns', 'Set'] : ['terminationCondition', 'maxTurns', 'Pass'];
  ctx.facts.missingBounds.push({
    framework: 'autogen',
    api,
    missing: `neither a termination condition nor \`${turns}\``,
    effect: 'the team runs indefinitely, one model call after another',
    fix: `${verb} \`${condition}\` (for example a \`MaxMessageTermination\`) or a finite \`${turns}\` such as \`${turns}: 20\`.`,
    range: ctx.range(reportAt),
  });
}

function getClassName(ctx: CollectContext, callee: TS.Expression): { name: string; imported: boolean | undefined } | undefined {
  const { ts } = ctx;
  const node = unwrap(ts, callee);
  // Cheap first: most calls name nothing AutoGen-like, and need no scope lookup.
  const last = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
  if (last === undefined || !CONSTRUCTED.has(last)) return undefined;
  const dotted = getDottedName(ts, node);
  if (dotted === undefined) return undefined;
  const name = dotted.split('.').pop() ?? dotted;
  const root = ts.isIdentifier(node) ? node : ts.isPropertyAccessExpression(node) ? node.expression : undefined;
  if (!root || !ts.isIdentifier(root)) return { name, imported: undefined };
  const binding = resolveIdentifier(ts, root);
  if (binding.kind === 'import') return { name, imported: AUTOGEN_MODULE.test(binding.module) };
  return { name, imported: undefined };
}

function onConstruct(node: TS.NewExpression | TS.CallExpression, ctx: CollectContext): void {
  if (ctx.ts.isNewExpression(node) && onPortConstruct(node, ctx)) return;
  const target = getClassName(ctx, node.expression);
  if (!target) return;
  const args = node.arguments ?? [];
  const team = TEAMS[target.name];
  if (team) {
    if (target.imported === false || (team.needsImport && target.imported !== true)) return;
    const options = findOptionsArgument(ctx, args);
    if (options === 'unknown') return;
    checkTeamOptions(
      ctx,
      target.name,
      team.unboundedByDefault,
      options === 'absent' ? 'absent' : options.object,
      node.expression,
      options === 'absent' ? node : options.node,
      'camel',
    );
    return;
  }
  if (target.imported === false) return;
  if (target.name === 'GroupChat') {
    const options = findOptionsArgument(ctx, args);
    if (typeof options === 'object') {
      const entry = getEntry(options.object, MAX_ROUND.names);
      if (typeof entry === 'object') addBoundFromEntry(ctx, entry, options.node, MAX_ROUND);
    }
    return;
  }
  if (target.name === 'UserProxyAgent') {
    const options = findOptionsArgument(ctx, args);
    if (options === 'unknown') return;
    if (options !== 'absent') {
      if (isSet(options.object, INPUT_MODE_NAMES) !== false || isSet(options.object, INPUT_FUNC_NAMES) !== false) return;
    }
    ctx.facts.inputModes.push({
      framework: 'autogen',
      option: undefined,
      api: target.name,
      mode: 'ALWAYS',
      range: ctx.range(node.expression),
    });
  }
}

/** The options object among a constructor's arguments (after a name or a participant list). */
function findOptionsArgument(
  ctx: CollectContext,
  args: readonly TS.Expression[],
): { object: ObjectValue; node: TS.Expression } | 'absent' | 'unknown' {
  const { ts } = ctx;
  for (const argument of args) {
    if (ts.isSpreadElement(argument)) return 'unknown';
    const object = getObject(ctx, argument);
    if (typeof object === 'object') return { object, node: argument };
    if (object === 'unknown') {
      const value = evaluate(ctx.evalContext, argument);
      // A participant list or a name is not the options; anything unresolved might be.
      if (value.kind !== 'array' && value.kind !== 'string') return 'unknown';
    }
  }
  return 'absent';
}

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    if (method === 'initiateChat' || method === 'initiate_chat') {
      onInitiateChat(node, callee, ctx);
      return;
    }
    if (method === 'initiateNestedChat') {
      onNestedChat(node, ctx);
      return;
    }
    if (method === 'fromFunction' || method === 'setExecutor') {
      onFunctionContract(node, callee, ctx);
      return;
    }
    if (method === 'function') {
      onAibitatFunction(node, callee, ctx);
      return;
    }
    if (method === 'registerFunction' || method === 'register_function' || method === 'registerForExecution') {
      const [fn, options] = node.arguments;
      if (fn) addTool(ctx, fn, getToolName(ctx, options));
      return;
    }
  } else if (ts.isIdentifier(callee) && (callee.text === 'register_function' || callee.text === 'registerFunction')) {
    const [fn, options] = node.arguments;
    if (fn) addTool(ctx, fn, getToolName(ctx, options));
    return;
  }
  onConstruct(node, ctx);
}

/** `register_function(fn, { name: "lookup_policy", ... })`: the name the model calls it by. */
function getToolName(ctx: CollectContext, options: TS.Expression | undefined): string | undefined {
  const object = getObject(ctx, options);
  if (typeof object !== 'object') return undefined;
  const entry = getEntry(object, ['name']);
  if (typeof entry !== 'object') return undefined;
  const value = entry.value();
  return value.kind === 'string' ? value.value : undefined;
}

/**
 * `initiator.initiateChat(recipient, { maxTurns })`. autogen_node's signature is
 * `initiateChat(recipient, message, maxRounds = 10)`: a string message means that port.
 */
function onInitiateChat(node: TS.CallExpression, callee: TS.PropertyAccessExpression, ctx: CollectContext): void {
  const [, second, third] = node.arguments;
  if (second && evaluate(ctx.evalContext, second).kind === 'string') {
    if (third)
      addBoundFromExpression(ctx, 'maxRounds', third, {
        ...MAX_TURNS,
        unit: 'rounds',
        // `maxRounds = 10` is a default parameter: undefined keeps 10, and null makes the
        // `rounds < maxRounds` loop run zero rounds. Neither removes the bound.
        nullMeaning: undefined,
      });
    return;
  }
  const options = second ? getObject(ctx, second) : 'absent';
  if (options === 'unknown' || options === 'other') return;
  if (options !== 'absent') {
    const entry = getEntry(options, MAX_TURNS.names);
    if (entry === 'unknown') return;
    if (entry !== 'missing') {
      // An explicit `maxTurns` is judged on its own; null there is reported as no limit.
      addBoundFromEntry(ctx, entry, second ?? node, MAX_TURNS);
      return;
    }
  }
  const created = getStucklessInitiator(ctx, callee.expression);
  if (created) {
    const file = created.getSourceFile();
    ctx.facts.initiators.push({
      framework: 'autogen',
      call: callee.name.text,
      initiator: callee.expression.getText(),
      range: ctx.range(callee.name),
      // Created in another file (the scanner followed the import): the trace shows where.
      ...(file === ctx.sourceFile ? {} : { createdAt: { fileName: file.fileName, range: getRange(created, file) } }),
    });
  }
}

/** The `new` expression of an initiator that has neither a predicate nor a finite auto-reply bound; undefined when it can stop or is unknown. */
function getStucklessInitiator(ctx: CollectContext, receiver: TS.Expression): TS.NewExpression | undefined {
  const value = evaluate(ctx.evalContext, receiver);
  if (value.kind !== 'call' || !value.isNew || !ctx.ts.isNewExpression(value.node)) return undefined;
  return canInitiatorStop(ctx, value.node) ? undefined : value.node;
}

/** True unless the initiator has neither a predicate nor a finite auto-reply bound. */
function canInitiatorStop(ctx: CollectContext, created: TS.NewExpression): boolean {
  const options = findOptionsArgument(ctx, created.arguments ?? []);
  if (options === 'unknown') return true;
  if (options === 'absent') return false;
  const config = options.object;
  if (isSet(config, TERMINATION_MSG_NAMES) !== false) return true;
  const mode = getEntry(config, INPUT_MODE_NAMES);
  if (mode === 'unknown') return true;
  if (mode !== 'missing' && getOptions(mode.value()).some((option) => option.kind !== 'string' || option.value.toUpperCase() === 'ALWAYS'))
    return true;
  const bound = getEntry(config, AUTO_REPLY.names);
  if (bound === 'unknown') return true;
  if (bound === 'missing') return false;
  return getOptions(bound.value()).every(
    (option) => option.kind === 'unknown' || (option.kind === 'number' && Number.isFinite(option.value) && option.value >= 0),
  );
}

/** `class StopOnKeyword extends TerminationCondition { ... }`: every method is a predicate. */
function onClass(node: TS.ClassLikeDeclaration, ctx: CollectContext): void {
  const { ts } = ctx;
  const isTermination = node.heritageClauses?.some((clause) =>
    clause.types.some((type) => (getDottedName(ts, type.expression) ?? '').split('.').pop() === 'TerminationCondition'),
  );
  if (!isTermination) return;
  for (const member of node.members) {
    if (ts.isMethodDeclaration(member) && member.body) {
      addPredicateFunction(
        ctx,
        member,
        { ...TERMINATION_CONDITION, role: `method \`${member.name.getText()}\` of a termination condition` },
        member.name,
      );
    }
  }
}

/** `functionMap: { lookup_policy: lookupPolicy }` registers tools the model may call. */
function onFunctionMap(node: TS.ObjectLiteralExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property) || !FUNCTION_MAP_NAMES.includes(getPropertyName(ts, property.name) as never)) continue;
    const map = unwrap(ts, property.initializer);
    if (!ts.isObjectLiteralExpression(map)) continue;
    for (const tool of map.properties) {
      if (ts.isPropertyAssignment(tool)) addTool(ctx, tool.initializer, getPropertyName(ts, tool.name) ?? tool.name.getText());
      else if (ts.isShorthandPropertyAssignment(tool)) addTool(ctx, tool.name, tool.name.text);
      else if (ts.isMethodDeclaration(tool) && tool.body) addToolFunction(ctx, tool, tool.name.getText(), tool);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// TypeScript ports: autogen_node's own loops and tools, and AIbitat.

/** The module an identifier (or the root of `ns.Name`) is imported or required from. */
function getImportModule(ctx: CollectContext, expression: TS.Expression): string | undefined {
  const { ts } = ctx;
  let node = unwrap(ts, expression);
  while (ts.isPropertyAccessExpression(node)) node = unwrap(ts, node.expression);
  if (!ts.isIdentifier(node)) return undefined;
  const binding = resolveIdentifier(ts, node);
  // `require("m")` is bound as an import too.
  return binding.kind === 'import' ? binding.module : undefined;
}

/**
 * Whether the expression is imported from a module matching the pattern; with the scanner's
 * resolver, a relative import also counts when the file it reaches matches (a vendored
 * `require("../../index.js")` that lands in `aibitat/index.js`).
 */
function isImportedFrom(ctx: CollectContext, expression: TS.Expression, module: RegExp): boolean {
  const name = getImportModule(ctx, expression);
  if (name === undefined) return false;
  if (module.test(name)) return true;
  if (!name.startsWith('.')) return false;
  const resolved = ctx.evalContext.resolver?.resolveImport(ctx.sourceFile, name, '*');
  return resolved?.kind === 'module' && module.test(resolved.sourceFile.fileName.replace(/\\/g, '/'));
}

/** `new AIbitat({ maxRounds, maxToolCalls })` and autogen_node's `new SwarmChat({ maxRoundsPerTask })`; true when handled. */
function onPortConstruct(node: TS.NewExpression, ctx: CollectContext): boolean {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === 'SwarmChat' && isImportedFrom(ctx, callee, AUTOGEN_NODE_MODULE)) {
    const options = getObject(ctx, node.arguments?.[0]);
    const entry = typeof options === 'object' ? getEntry(options, ['maxRoundsPerTask']) : 'missing';
    if (typeof entry === 'object') addBoundFromEntry(ctx, entry, node, PORT_ROUNDS);
    return true;
  }
  if (name === undefined || !mentionsAibitat(ctx.sourceFile) || !isAibitatClass(ctx, callee)) return false;
  const options = getObject(ctx, node.arguments?.[0]);
  if (typeof options !== 'object') return true;
  for (const { name: option, ...knowledge } of AIBITAT_BOUNDS) {
    const entry = getEntry(options, [option]);
    if (typeof entry === 'object') addBoundFromEntry(ctx, entry, node.arguments?.[0] ?? node, knowledge);
  }
  return true;
}

const aibitatFiles = new WeakMap<TS.SourceFile, boolean>();

/** Cheap first: only a file that names AIbitat (its module or class) can construct it. */
function mentionsAibitat(sourceFile: TS.SourceFile): boolean {
  let mentions = aibitatFiles.get(sourceFile);
  if (mentions === undefined) {
    mentions = /aibitat/i.test(sourceFile.text);
    aibitatFiles.set(sourceFile, mentions);
  }
  return mentions;
}

/**
 * The AIbitat class, by its import: `import { AIbitat as Desk }`, the default export, a namespace
 * member (`aibitat.AIbitat`), or `require('./aibitat')` (AnythingLLM exports the class itself).
 */
function isAibitatClass(ctx: CollectContext, callee: TS.Expression): boolean {
  const { ts } = ctx;
  if (!isImportedFrom(ctx, callee, AIBITAT_MODULE)) return false;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === 'AIbitat';
  if (!ts.isIdentifier(callee)) return false;
  const binding = resolveIdentifier(ts, callee);
  // `require` binds the module itself (`imported: '*'`), and AnythingLLM exports the class as it.
  return binding.kind === 'import' && ['AIbitat', 'default', '*'].includes(binding.imported);
}

/** `agent.initiateNestedChat(message, recipient, { maxRounds })` (autogen_node). */
function onNestedChat(node: TS.CallExpression, ctx: CollectContext): void {
  if (!importsModule(ctx, AUTOGEN_NODE_MODULE)) return;
  const options = getObject(ctx, node.arguments[2]);
  if (typeof options !== 'object') return;
  const entry = getEntry(options, ['maxRounds']);
  if (typeof entry === 'object') addBoundFromEntry(ctx, entry, node, PORT_ROUNDS);
}

const portImports = new WeakMap<TS.SourceFile, Set<string>>();

/** Whether the file imports or requires a module matching the pattern (modules collected once per file). */
function importsModule(ctx: CollectContext, module: RegExp): boolean {
  const { ts } = ctx;
  let modules = portImports.get(ctx.sourceFile);
  if (!modules) {
    const found = new Set<string>();
    const walk = (node: TS.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) found.add(node.moduleSpecifier.text);
      else if (ts.isCallExpression(node)) {
        const required = getRequiredModule(ts, node);
        if (required) found.add(required.module);
      }
      ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
    portImports.set(ctx.sourceFile, found);
    modules = found;
  }
  return [...modules].some((name) => module.test(name));
}

/**
 * autogen_node tools (`src/core/FunctionContract.ts`, `src/core/IFunctionCall.ts`):
 * `FunctionContract.fromFunction(name, description, parameters, executor)` and
 * `new FunctionContract(name).addParameter(...).setExecutor(executor)`.
 */
function onFunctionContract(node: TS.CallExpression, callee: TS.PropertyAccessExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  if (callee.name.text === 'fromFunction') {
    if (!isImportedFrom(ctx, callee.expression, AUTOGEN_NODE_MODULE) || !callee.expression.getText().endsWith('FunctionContract')) return;
    const [nameArgument, , , executor] = node.arguments;
    if (executor) addTool(ctx, executor, getString(ctx, nameArgument));
    return;
  }
  let receiver = unwrap(ts, callee.expression);
  while (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression))
    receiver = unwrap(ts, receiver.expression.expression);
  if (!ts.isNewExpression(receiver) || !receiver.expression.getText().endsWith('FunctionContract')) return;
  if (!isImportedFrom(ctx, receiver.expression, AUTOGEN_NODE_MODULE)) return;
  const [executor] = node.arguments;
  if (executor) addTool(ctx, executor, getString(ctx, receiver.arguments?.[0]));
}

function getString(ctx: CollectContext, expression: TS.Expression | undefined): string | undefined {
  if (!expression) return undefined;
  const value = evaluate(ctx.evalContext, expression);
  return value.kind === 'string' ? value.value : undefined;
}

/** `{ contract: { name }, executor }`, an autogen_node `IFunction`, in a file that imports autogen_node. */
function onPortFunction(node: TS.ObjectLiteralExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  let contract: TS.ObjectLiteralElementLike | undefined;
  let executor: TS.ObjectLiteralElementLike | undefined;
  for (const property of node.properties) {
    const name = property.name ? getPropertyName(ts, property.name) : undefined;
    if (name === 'contract') contract = property;
    if (name === 'executor') executor = property;
  }
  if (!contract || !executor || !importsModule(ctx, AUTOGEN_NODE_MODULE)) return;
  let toolName: string | undefined;
  if (ts.isPropertyAssignment(contract)) {
    const object = getObject(ctx, contract.initializer);
    const entry = typeof object === 'object' ? getEntry(object, ['name']) : 'missing';
    if (typeof entry === 'object' && entry.valueNode) toolName = getString(ctx, entry.valueNode);
  }
  addToolMember(ctx, executor, toolName);
}

/** A tool written as an object member: `handler: async () => ...`, `handler() {...}`, or `{ handler }`. */
function addToolMember(ctx: CollectContext, member: TS.ObjectLiteralElementLike, name: string | undefined): void {
  const { ts } = ctx;
  if (ts.isPropertyAssignment(member)) addTool(ctx, member.initializer, name);
  else if (ts.isShorthandPropertyAssignment(member)) addTool(ctx, member.name, name);
  else if (ts.isMethodDeclaration(member) && member.body) addToolFunction(ctx, member, name, member);
}

/**
 * AIbitat tools: `aibitat.function({ name, handler })` on an instance, a chained call, or the
 * `aibitat` a plugin's `setup(aibitat)` receives (wladpaiva/aibitat `src/index.ts` `function()`,
 * `use()`; AnythingLLM `server/utils/agents/aibitat/plugins/*.js`).
 */
function onAibitatFunction(node: TS.CallExpression, callee: TS.PropertyAccessExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const [config] = node.arguments;
  if (!config || !isAibitatInstance(ctx, callee.expression, 0)) return;
  const literal = unwrap(ts, config);
  if (!ts.isObjectLiteralExpression(literal)) return;
  let handler: TS.ObjectLiteralElementLike | undefined;
  let toolName: string | undefined;
  for (const property of literal.properties) {
    const name = property.name ? getPropertyName(ts, property.name) : undefined;
    if (name === 'handler') handler = property;
    if (name === 'name' && ts.isPropertyAssignment(property)) toolName = getString(ctx, property.initializer);
  }
  if (handler) addToolMember(ctx, handler, toolName);
}

function isAibitatInstance(ctx: CollectContext, expression: TS.Expression, depth: number): boolean {
  const { ts } = ctx;
  if (depth > 8) return false;
  const node = unwrap(ts, expression);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && AIBITAT_CHAIN.has(node.expression.name.text))
    return isAibitatInstance(ctx, node.expression.expression, depth + 1);
  if (ts.isNewExpression(node)) return isAibitatClass(ctx, unwrap(ts, node.expression));
  if (!ts.isIdentifier(node)) return false;
  const binding = resolveIdentifier(ts, node);
  if (binding.kind === 'parameter') {
    // A plugin: `{ name, setup(aibitat) { ... } }`.
    const fn = binding.declaration.parent;
    const owner = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) ? fn.parent : undefined;
    return owner !== undefined && getPropertyName(ts, owner.name) === 'setup' && ts.isObjectLiteralExpression(owner.parent);
  }
  if (binding.kind === 'variable' && binding.isConst && binding.declaration.initializer)
    return isAibitatInstance(ctx, binding.declaration.initializer, depth + 1);
  return false;
}

export const autogen: FrameworkAdapter = {
  id: 'autogen',
  packages: ['autogen_node', 'aibitat', 'AutoGen Studio JSON configs'],
  hint: /autogen_node|[Aa][Ii]bitat|[Aa]uto_?[Rr]eply|human_?[Ii]nput|[Hh]umanInput|initiate_?[Cc]hat|GroupChat|Swarm|[Tt]ermination|UserProxy|register_?[Ff]unction|registerForExecution|function_?[Mm]ap/,
  visitors: {
    ObjectLiteralExpression: visit<TS.ObjectLiteralExpression>((node, ctx) => {
      onObjectLiteral(node, ctx);
      onFunctionMap(node, ctx);
      onPortFunction(node, ctx);
    }),
    NewExpression: visit<TS.NewExpression>(onConstruct),
    CallExpression: visit<TS.CallExpression>(onCall),
    ClassDeclaration: visit<TS.ClassDeclaration>(onClass),
    ClassExpression: visit<TS.ClassExpression>(onClass),
  },
};
