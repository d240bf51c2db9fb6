/**
 * AutoGen-style agents: the Python API's TypeScript and JavaScript ports and configs
 * (ConversableAgent, UserProxyAgent, `initiateChat`, GroupChat) and 0.4-style teams.
 * The option names are distinctive, so they are recognised wherever they are written;
 * team classes with generic names (`Swarm`) need an AutoGen import.
 */
import type * as TS from 'typescript';
import { resolveIdentifier } from '../scope.js';
import { getDottedName, getPropertyName, unwrap } from '../syntax.js';
import { evaluate } from '../values/evaluate.js';
import { getEntry, getOptions, type ObjectValue } from '../values/value.js';
import {
  addBoundFromEntry,
  addBoundFromExpression,
  addPredicate,
  addPredicateFunction,
  addTool,
  getObject,
  getOrigin,
  isSet,
  type BoundKnowledge,
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

const INPUT_MODE_NAMES = ['humanInputMode', 'human_input_mode'] as const;
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

function isAutogenObjectLiteralKey(name: string | undefined): boolean {
  return name !== undefined && ([...AUTO_REPLY.names, ...INPUT_MODE_NAMES, ...TERMINATION_MSG_NAMES] as string[]).includes(name);
}

function onObjectLiteral(node: TS.ObjectLiteralExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  for (const property of node.properties) {
    if (!property.name || !isAutogenObjectLiteralKey(getPropertyName(ts, property.name))) continue;
    const name = getPropertyName(ts, property.name) ?? '';
    const valueNode = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    if (!valueNode) continue;
    if (AUTO_REPLY.names.includes(name)) {
      addBoundFromExpressionAt(ctx, name, valueNode, property, AUTO_REPLY);
    } else if ((INPUT_MODE_NAMES as readonly string[]).includes(name)) {
      addInputMode(ctx, name, valueNode, property);
    } else if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
      addPredicate(ctx, valueNode, 'autogen', `\`${name}\``, property);
    }
  }
  onProviderConfig(node, ctx);
}

function addBoundFromExpressionAt(ctx: CollectContext, option: string, valueNode: TS.Expression, property: TS.Node, knowledge: BoundKnowledge): void {
  addBoundFromExpression(ctx, option, valueNode, knowledge);
  const fact = ctx.facts.bounds[ctx.facts.bounds.length - 1];
  if (fact) fact.range = ctx.range(property);
}

function addInputMode(ctx: CollectContext, option: string, valueNode: TS.Expression, property: TS.Node): void {
  const value = evaluate(ctx.evalContext, valueNode);
  for (const option_ of getOptions(value)) {
    if (option_.kind !== 'string') continue;
    const mode = option_.value.toUpperCase();
    if (mode !== 'ALWAYS' && mode !== 'TERMINATE') continue;
    const origin = getOrigin(option_, valueNode);
    ctx.facts.inputModes.push({ framework: 'autogen', option, api: option, mode, range: ctx.range(property), ...(origin ? { origin } : {}) });
    return;
  }
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
  checkTeamOptions(ctx, className, team.unboundedByDefault, object, provider, config.initializer);
}

function checkTeamOptions(
  ctx: CollectContext,
  api: string,
  unboundedByDefault: boolean,
  options: ObjectValue | 'absent',
  reportAt: TS.Node,
  fallback: TS.Node,
): void {
  const maxTurns = options === 'absent' ? 'missing' : getEntry(options, MAX_TURNS.names);
  if (typeof maxTurns === 'object') {
    addBoundFromEntry(ctx, maxTurns, fallback, { ...MAX_TURNS, nullMeaning: 'which means no limit on turns' });
    return;
  }
  if (maxTurns === 'unknown' || !unboundedByDefault) return;
  const termination = options === 'absent' ? false : isSet(options, TERMINATION_CONDITION_NAMES);
  if (termination !== false) return;
  ctx.facts.missingBounds.push({
    framework: 'autogen',
    api,
    missing: 'neither a termination condition nor `maxTurns`',
    effect: 'the team runs indefinitely, one model call after another',
    fix: 'Pass `terminationCondition` (for example a `MaxMessageTermination`) or a finite `maxTurns` such as `maxTurns: 20`.',
    range: ctx.range(reportAt),
  });
}

function getClassName(ctx: CollectContext, callee: TS.Expression): { name: string; imported: boolean | undefined } | undefined {
  const { ts } = ctx;
  const node = unwrap(ts, callee);
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
  const target = getClassName(ctx, node.expression);
  if (!target) return;
  const args = node.arguments ?? [];
  const team = TEAMS[target.name];
  if (team) {
    if (target.imported === false || (team.needsImport && target.imported !== true)) return;
    const options = findOptionsArgument(ctx, args);
    if (options === 'unknown') return;
    checkTeamOptions(ctx, target.name, team.unboundedByDefault, options === 'absent' ? 'absent' : options.object, node.expression, options === 'absent' ? node : options.node);
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
    ctx.facts.inputModes.push({ framework: 'autogen', option: undefined, api: target.name, mode: 'ALWAYS', range: ctx.range(node.expression) });
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
    if (method === 'registerFunction' || method === 'register_function' || method === 'registerForExecution') {
      const [fn] = node.arguments;
      if (fn) addTool(ctx, fn, fn.getText());
      return;
    }
  } else if (ts.isIdentifier(callee) && (callee.text === 'register_function' || callee.text === 'registerFunction')) {
    const [fn] = node.arguments;
    if (fn) addTool(ctx, fn, fn.getText());
    return;
  }
  onConstruct(node, ctx);
}

/**
 * `initiator.initiateChat(recipient, { maxTurns })`. autogen_node's signature is
 * `initiateChat(recipient, message, maxRounds = 10)`: a string message means that port.
 */
function onInitiateChat(node: TS.CallExpression, callee: TS.PropertyAccessExpression, ctx: CollectContext): void {
  const [, second, third] = node.arguments;
  if (second && evaluate(ctx.evalContext, second).kind === 'string') {
    if (third) addBoundFromExpression(ctx, 'maxRounds', third, { ...MAX_TURNS, unit: 'rounds', nullMeaning: 'which falls back to the default of 10 rounds in autogen_node' });
    return;
  }
  const options = second ? getObject(ctx, second) : 'absent';
  if (options === 'unknown' || options === 'other') return;
  if (options !== 'absent') {
    const entry = getEntry(options, MAX_TURNS.names);
    if (entry === 'unknown') return;
    if (entry !== 'missing') {
      addBoundFromEntry(ctx, entry, second ?? node, MAX_TURNS);
      if (isSet(options, MAX_TURNS.names) !== false) return;
    }
  }
  if (!canInitiatorStop(ctx, callee.expression)) {
    ctx.facts.initiators.push({ framework: 'autogen', call: callee.name.text, initiator: callee.expression.getText(), range: ctx.range(callee.name) });
  }
}

/** True unless the initiator is resolved and has neither a predicate nor a finite auto-reply bound. */
function canInitiatorStop(ctx: CollectContext, receiver: TS.Expression): boolean {
  const value = evaluate(ctx.evalContext, receiver);
  if (value.kind !== 'call' || !value.isNew) return true;
  const options = findOptionsArgument(ctx, value.node.arguments ?? []);
  if (options === 'unknown') return true;
  if (options === 'absent') return false;
  const config = options.object;
  if (isSet(config, TERMINATION_MSG_NAMES) !== false) return true;
  const mode = getEntry(config, INPUT_MODE_NAMES);
  if (mode === 'unknown') return true;
  if (mode !== 'missing' && getOptions(mode.value()).some((option) => option.kind !== 'string' || option.value.toUpperCase() === 'ALWAYS')) return true;
  const bound = getEntry(config, AUTO_REPLY.names);
  if (bound === 'unknown') return true;
  if (bound === 'missing') return false;
  return getOptions(bound.value()).every((option) => option.kind === 'unknown' || (option.kind === 'number' && Number.isFinite(option.value) && option.value >= 0));
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
      addPredicateFunction(ctx, member, 'autogen', `method \`${member.name.getText()}\` of a termination condition`, member.name);
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
      else if (ts.isMethodDeclaration(tool) && tool.body) ctx.facts.tools.push({ name: tool.name.getText(), range: ctx.range(tool) });
    }
  }
}

export const autogen: FrameworkAdapter = {
  id: 'autogen',
  packages: ['autogen_node', 'aibitat', 'AutoGen Studio JSON configs'],
  hint: /[Aa]uto_?[Rr]eply|human_?[Ii]nput|[Hh]umanInput|initiate_?[Cc]hat|GroupChat|Swarm|[Tt]ermination|UserProxy|register_?[Ff]unction|registerForExecution|function_?[Mm]ap/,
  visitors: {
    ObjectLiteralExpression: visit<TS.ObjectLiteralExpression>((node, ctx) => {
      onObjectLiteral(node, ctx);
      onFunctionMap(node, ctx);
    }),
    NewExpression: visit<TS.NewExpression>(onConstruct),
    CallExpression: visit<TS.CallExpression>(onCall),
    ClassDeclaration: visit<TS.ClassDeclaration>(onClass),
    ClassExpression: visit<TS.ClassExpression>(onClass),
  },
};
