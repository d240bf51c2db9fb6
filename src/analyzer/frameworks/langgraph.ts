/**
 * LangGraph.js graphs: the router passed to `addConditionalEdges` decides whether the
 * graph loops or ends, so it is a termination predicate. Message `content` there is a
 * string or a list of content blocks (`@langchain/core` BaseMessage); `.text` is the
 * safe accessor. Source: langchain-ai/langgraphjs `libs/langgraph/src/graph/graph.ts`.
 */
import type * as TS from 'typescript';
import { unwrap } from '../syntax.js';
import { addPredicate, type PredicateKnowledge } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * `MessageContent = string | Array<ContentBlock>`, never null; the constructor sets `[]` when
 * content is absent (`@langchain/core` 1.2.5 `messages/base.ts`).
 */
const ROUTER: PredicateKnowledge = { framework: 'langgraph', role: 'router of `addConditionalEdges`', nullableContent: false };

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'addConditionalEdges') return;
  const [first, second] = node.arguments;
  // addConditionalEdges(source, path, pathMap?) or addConditionalEdges({ source, path, pathMap }).
  const router = second ?? first;
  if (router) addPredicate(ctx, router, ROUTER, callee.name);
}

export const langgraph: FrameworkAdapter = {
  id: 'langgraph',
  packages: ['@langchain/langgraph'],
  hint: /addConditionalEdges/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
  },
};
