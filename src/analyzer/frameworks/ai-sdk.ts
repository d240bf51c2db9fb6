/**
 * Vercel AI SDK-style `stopWhen` predicates (also used by Mastra and VoltAgent): a
 * custom function there is a termination predicate. Step and message `content` is an
 * array of parts in AI SDK v5+ (`StepResult.content`, `ModelMessage.content`); `text`
 * is the safe accessor. Source: vercel/ai `packages/ai/src/generate-text/stop-condition.ts`.
 */
import type * as TS from 'typescript';
import { getPropertyName, unwrap } from '../syntax.js';
import { addPredicate, type PredicateKnowledge } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/**
 * `StepResult.content` is an array of parts and `ModelMessage.content` a string or parts,
 * never null (vercel/ai `generate-text/step-result.ts`, `provider-utils/src/types`, v7).
 */
const STOP_WHEN: PredicateKnowledge = { framework: 'ai-sdk', role: 'custom `stopWhen` condition', nullableContent: false };

function onObjectLiteral(node: TS.ObjectLiteralExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property) || getPropertyName(ts, property.name) !== 'stopWhen') continue;
    const value = unwrap(ts, property.initializer);
    const conditions = ts.isArrayLiteralExpression(value) ? value.elements : [value];
    for (const condition of conditions) {
      if (!ts.isSpreadElement(condition)) addPredicate(ctx, condition, STOP_WHEN, property.name);
    }
  }
}

export const aiSdk: FrameworkAdapter = {
  id: 'ai-sdk',
  packages: ['ai'],
  hint: /stopWhen/,
  visitors: {
    ObjectLiteralExpression: visit<TS.ObjectLiteralExpression>(onObjectLiteral),
  },
};
