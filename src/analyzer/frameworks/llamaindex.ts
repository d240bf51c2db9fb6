/**
 * LlamaIndex.TS: agent workflows of `@llamaindex/workflow` (`agent()`, `multiAgent()`,
 * `AgentWorkflow.fromTools()`, `new AgentWorkflow()`, `agentHandler()`), which have no step limit
 * at all, and tool bodies (`tool()`, `FunctionTool.from()`, `new FunctionTool()`). The agent loop
 * ends only when the model stops asking for tools, with no predicate of the user's in between, so
 * this adapter records no predicates. APIs are recognised through their import.
 */
import type * as TS from 'typescript';
import { matchesOrigin, type CalleeOrigin } from '../callee.js';
import { getEntry } from '../values/value.js';
import { addTool, addToolEntry, getObject, getStringOption, isSet, resolveImportedCallee } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

const WORKFLOW_MODULES = ['@llamaindex/workflow'];

/**
 * Agent workflows and how a finding names them. In `@llamaindex/workflow` 1.1.25 (npm tarball,
 * `dist/index.js`) `agent(params)` is `AgentWorkflow.fromTools(params)`, `multiAgent(params)` is
 * `new AgentWorkflow(params)`, and `agentHandler` runs such a workflow as a step. The loop
 * (`parseAgentOutput` → `toolCallsEvent` → `processToolResults` → `agentInputEvent`) has no
 * counter, and `fromTools` passes `timeout: params.timeout ?? 60` to a constructor that never
 * reads it. Measured with a model that always calls a tool: 673 model calls in 3 s with
 * `timeout: 1`, and `runStream().take(5)` stops the reader while the loop goes on in the
 * background. The same holds from 1.0.4; 1.0.3 and earlier enforced `timeout` (60 s by default)
 * through their `Workflow` class, and `llamaindex` 0.10.x re-exported that 1.0.3, so `agent`
 * imported from `llamaindex` is not reported.
 */
const WORKFLOWS: readonly { path: readonly string[]; api: string; isNew: boolean }[] = [
  { path: ['agent'], api: 'agent()', isNew: false },
  { path: ['multiAgent'], api: 'multiAgent()', isNew: false },
  { path: ['AgentWorkflow', 'fromTools'], api: 'AgentWorkflow.fromTools()', isNew: false },
  { path: ['AgentWorkflow'], api: 'new AgentWorkflow()', isNew: true },
  { path: ['agentHandler'], api: 'agentHandler()', isNew: false },
];

/**
 * `tool` (an alias of `FunctionTool.from`) and `FunctionTool`: `tool(fn, metadata)`,
 * `tool({ name, parameters, execute })`, `new FunctionTool(fn, metadata)`. Defined in
 * `@llamaindex/core/tools` (0.6.23 `tools/dist/index.d.ts`), re-exported by `llamaindex` (0.12.1)
 * and `llamaindex/tools`.
 */
const TOOL_MODULES = ['@llamaindex/core/tools', 'llamaindex', 'llamaindex/tools'];

const MEMBERS = new Set(['fromTools', 'from', 'agent', 'multiAgent', 'agentHandler', 'tool', 'AgentWorkflow', 'FunctionTool']);

function onCall(node: TS.CallExpression | TS.NewExpression, ctx: CollectContext): void {
  const origin = resolveImportedCallee(ctx, node.expression, MEMBERS);
  if (!origin) return;
  const isNew = ctx.ts.isNewExpression(node);
  const args = node.arguments ?? [];
  const workflow = WORKFLOWS.find((candidate) => candidate.isNew === isNew && matchesOrigin(origin, WORKFLOW_MODULES, candidate.path));
  if (workflow) {
    onWorkflow(ctx, node, workflow.api, args[0]);
    return;
  }
  const isTool = isNew ? matchesOrigin(origin, TOOL_MODULES, ['FunctionTool']) : isToolFactory(origin);
  if (!isTool) return;
  const [first, second] = args;
  if (!first) return;
  const config = isNew ? 'other' : getObject(ctx, first);
  if (typeof config === 'object') {
    // `tool({ name, parameters, execute })`.
    const execute = getEntry(config, ['execute']);
    if (typeof execute === 'object') addToolEntry(ctx, execute, getStringOption(config, ['name']));
    return;
  }
  const metadata = getObject(ctx, second);
  addTool(ctx, first, typeof metadata === 'object' ? getStringOption(metadata, ['name']) : undefined);
}

function isToolFactory(origin: CalleeOrigin): boolean {
  return matchesOrigin(origin, TOOL_MODULES, ['tool']) || matchesOrigin(origin, TOOL_MODULES, ['FunctionTool', 'from']);
}

function onWorkflow(
  ctx: CollectContext,
  node: TS.CallExpression | TS.NewExpression,
  api: string,
  options: TS.Expression | undefined,
): void {
  const object = getObject(ctx, options);
  const timeout = typeof object === 'object' && isSet(object, ['timeout']) === true;
  ctx.facts.missingBounds.push({
    framework: 'llamaindex',
    api,
    missing: timeout
      ? 'no step limit, and its `timeout` is never read (`@llamaindex/workflow` 1.0.4 and later)'
      : 'no step limit (`@llamaindex/workflow` has none since 1.0.4)',
    effect: 'the agent calls the model again after every tool call until the model stops asking for tools',
    fix: 'Cap the steps yourself, for example by wrapping the `llm` you pass in so that it answers without tool calls after a fixed number of calls, which ends the workflow.',
    range: ctx.range(node.expression),
  });
}

export const llamaindex: FrameworkAdapter = {
  id: 'llamaindex',
  packages: ['@llamaindex/workflow', 'llamaindex', '@llamaindex/core'],
  hint: /llamaindex/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
    NewExpression: visit<TS.NewExpression>(onCall),
  },
};
