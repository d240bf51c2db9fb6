/**
 * Claude Agent SDK (`@anthropic-ai/claude-agent-sdk`): `query()` and `startup()` without a turn
 * limit, the break conditions of a `for await` over a query's messages (assistant content is a
 * list of blocks), and the handlers of SDK MCP tools. APIs are recognised through their import.
 */
import type * as TS from 'typescript';
import { matchesOrigin, resolveOrigin } from '../callee.js';
import { unwrap } from '../syntax.js';
import { evaluate } from '../values/evaluate.js';
import { getEntry } from '../values/value.js';
import {
  addToolFunction,
  addBoundFromEntry,
  addPredicateFunction,
  addTool,
  getExitConditions,
  getNestedObject,
  getObject,
  isSet,
  resolveImportedCallee,
  type BoundKnowledge,
  type PredicateKnowledge,
} from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

const MODULES = ['@anthropic-ai/claude-agent-sdk'];

/**
 * `Options.maxTurns?: number` has no default: the SDK passes `--max-turns` to the Claude Code
 * process only when the value is truthy (`sdk.mjs`: `if(p)ne.push(et("--max-turns",p))`), so an
 * omitted, `undefined` or `0` value leaves the agent loop without a turn limit. At the limit the
 * stream ends with a result of `subtype: 'error_max_turns'` (no throw).
 * Checked against `@anthropic-ai/claude-agent-sdk@0.3.330` `sdk.d.ts` (~2064) and `sdk.mjs`.
 */
const MAX_TURNS: BoundKnowledge = {
  framework: 'claude-agent-sdk',
  unit: 'turns',
  minimum: 1,
  belowMinimumMeaning:
    'which the SDK treats as no limit (it passes `--max-turns` only for a truthy value), so the agent runs until the model ends its turn',
  nullMeaning: 'which leaves the agent without a turn limit (the SDK has no default), so it runs until the model ends its turn',
  example: '20',
};

/**
 * Options that also end a query: a cost cap (`maxBudgetUsd`, an `error_max_budget_usd` result)
 * and an `abortController` the caller may fire (`sdk.d.ts` ~1661, ~2068, 0.3.330).
 */
const OTHER_BOUNDS = ['maxBudgetUsd', 'abortController'];

/**
 * `SDKAssistantMessage.message` is a `BetaMessage` whose `content` is always an array of blocks;
 * user messages carry `string | ContentBlockParam[]`; neither is null (`sdk.d.ts` ~3905, 0.3.330).
 */
const BREAK_CONDITION: PredicateKnowledge = {
  framework: 'claude-agent-sdk',
  role: 'break condition of a `for await` loop over `query()`',
  nullableContent: false,
};

const EXPORTS = new Set(['query', 'startup', 'tool', 'createSdkMcpServer']);

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  // Every API here is a named export: an identifier imported under any name, or a member of the module.
  const origin = resolveImportedCallee(ctx, callee, EXPORTS);
  if (!origin) return;
  if (matchesOrigin(origin, MODULES, ['query'])) onQuery(ctx, node, callee, 'query');
  else if (matchesOrigin(origin, MODULES, ['startup'])) onQuery(ctx, node, callee, 'startup');
  else if (matchesOrigin(origin, MODULES, ['tool'])) onTool(ctx, node);
  else if (matchesOrigin(origin, MODULES, ['createSdkMcpServer'])) onServer(ctx, node);
}

/** `query({ prompt, options })` and `startup({ options })`: the options must bound the turns. */
function onQuery(ctx: CollectContext, node: TS.CallExpression, callee: TS.Expression, api: string): void {
  const params = getObject(ctx, node.arguments[0]);
  if (params === 'unknown' || params === 'other') return;
  const options = params === 'absent' ? 'absent' : getNestedObject(params, 'options');
  if (options === 'unknown') return;
  if (options !== 'absent') {
    if (OTHER_BOUNDS.some((name) => isSet(options, [name]) !== false)) return;
    const maxTurns = getEntry(options, ['maxTurns']);
    if (maxTurns === 'unknown') return;
    if (maxTurns !== 'missing') {
      // Reported where the options are written in this file (`options: reviewOptions`), else at the call.
      const optionsEntry = params === 'absent' ? undefined : getEntry(params, ['options']);
      const optionsNode = typeof optionsEntry === 'object' ? optionsEntry.valueNode : undefined;
      const written = optionsNode?.getSourceFile() === ctx.sourceFile ? optionsNode : node;
      // A negative count is passed on to the Claude Code process, which documents no reading of it: silent.
      addBoundFromEntry(ctx, maxTurns, written, MAX_TURNS, (value) => value.kind !== 'number' || !(value.value < 0));
      return;
    }
  }
  ctx.facts.missingBounds.push({
    framework: 'claude-agent-sdk',
    api,
    missing: 'no `maxTurns` in its options',
    effect: 'the agent loop has no turn limit (the SDK sets none by default) and stops only when the model ends its turn',
    fix: 'Set `options.maxTurns` to a finite count such as `maxTurns: 20`.',
    range: ctx.range(callee),
  });
}

/** `tool(name, description, inputSchema, handler)` (`sdk.d.ts` ~10679, 0.3.330). */
function onTool(ctx: CollectContext, node: TS.CallExpression): void {
  const [name, , , handler] = node.arguments;
  if (!handler) return;
  const value = name ? evaluate(ctx.evalContext, name) : undefined;
  addTool(ctx, handler, value?.kind === 'string' ? value.value : undefined);
}

/** `createSdkMcpServer({ tools: [...] })`: tool definitions written as objects (`{ name, handler }`); `tool()` calls are read where they are. */
function onServer(ctx: CollectContext, node: TS.CallExpression): void {
  const { ts } = ctx;
  const options = getObject(ctx, node.arguments[0]);
  if (typeof options !== 'object') return;
  const tools = getEntry(options, ['tools']);
  if (typeof tools !== 'object' || !tools.valueNode) return;
  const list = unwrap(ts, tools.valueNode);
  if (!ts.isArrayLiteralExpression(list)) return;
  for (const element of list.elements) {
    const definition = unwrap(ts, element);
    if (!ts.isObjectLiteralExpression(definition)) continue;
    const object = getObject(ctx, definition);
    if (typeof object !== 'object') continue;
    const handler = getEntry(object, ['handler']);
    if (typeof handler !== 'object') continue;
    const nameEntry = getEntry(object, ['name']);
    const nameValue = typeof nameEntry === 'object' ? nameEntry.value() : undefined;
    const toolName = nameValue?.kind === 'string' ? nameValue.value : undefined;
    if (handler.valueNode) addTool(ctx, handler.valueNode, toolName);
    else if (ts.isMethodDeclaration(handler.node) && handler.node.body) addToolFunction(ctx, handler.node, toolName ?? 'handler', node);
  }
}

/**
 * `for await (const message of query(...)) { if (<content test>) break; }`: the loop stops the
 * query when the test holds, so the test is a termination predicate over message content.
 */
function onForOf(node: TS.ForOfStatement, ctx: CollectContext): void {
  const { ts } = ctx;
  if (!node.awaitModifier) return;
  const iterated = unwrap(ts, node.expression);
  if (!ts.isCallExpression(iterated) && !ts.isIdentifier(iterated)) return;
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, iterated);
  const isQuery = matchesOrigin(origin, MODULES, ['query', '()']) || matchesOrigin(origin, MODULES, ['startup', '()', 'query', '()']);
  if (!isQuery) return;
  for (const condition of getExitConditions(ts, node.statement)) addPredicateFunction(ctx, condition, BREAK_CONDITION, condition);
}

export const claudeAgentSdk: FrameworkAdapter = {
  id: 'claude-agent-sdk',
  packages: ['@anthropic-ai/claude-agent-sdk'],
  hint: /@anthropic-ai\/claude-agent-sdk/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
    ForOfStatement: visit<TS.ForOfStatement>(onForOf),
  },
};
