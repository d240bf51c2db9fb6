/**
 * `require-fetch-timeout`: reads network and tool facts. Reports fetch calls with no
 * abort signal and axios calls with no positive timeout; with `scope: "tools"` only
 * those inside agent tool bodies. Calls whose options cannot be resolved are silent
 * unless `strict` is on.
 */
import type { NetworkFact, ToolFact } from '../facts.js';
import type { Range } from '../syntax.js';
import type { Check, Finding } from './types.js';

export interface Options {
  scope: 'all' | 'tools';
  strict: boolean;
}

const ruleId = 'require-fetch-timeout';

function containingTool(range: Range, tools: readonly ToolFact[]): ToolFact | undefined {
  return tools.find((tool) => tool.fileName === undefined && tool.range.start <= range.start && range.end <= tool.range.end);
}

function getMessageId(fact: NetworkFact): string {
  switch (fact.problem) {
    case 'noInit':
    case 'noSignal':
      return 'fetchNoSignal';
    case 'nullSignal':
      return 'fetchNullSignal';
    case 'noTimeout':
      return 'axiosNoTimeout';
    case 'zeroTimeout':
      return 'axiosZeroTimeout';
    case 'unknownInit':
      return 'unknownOptions';
  }
}

export const requireFetchTimeout: Check<Options> = {
  id: ruleId,
  messages: {
    fetchNoSignal:
      "`{{call}}` has no abort signal{{where}}, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
    fetchNullSignal:
      "`{{call}}` passes `signal: {{detail}}`{{where}}, which is no signal at all, so the call has no overall deadline and can hold the agent indefinitely. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
    axiosNoTimeout:
      '`{{call}}` sets no `timeout`{{where}} and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
    axiosZeroTimeout:
      '`timeout` is `{{detail}}` for `{{call}}`{{where}}, which turns the axios timeout off, so a server that stops answering holds the call indefinitely. Set a positive timeout such as `timeout: 30_000`.',
    unknownOptions:
      'The options of `{{call}}`{{where}} cannot be resolved, so halting cannot tell whether the call has a deadline. Pass `signal` (fetch) or `timeout` (axios) where the call is made.',
  },
  schema: [
    {
      type: 'object',
      properties: {
        scope: {
          type: 'string',
          enum: ['all', 'tools'],
          description: 'Report calls everywhere (`"all"`) or only inside agent tool bodies (`"tools"`).',
        },
        strict: {
          type: 'boolean',
          description: 'Also report calls whose options cannot be resolved (a parameter, the result of a call).',
        },
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ scope: 'all', strict: false }],
  run(facts, options) {
    const findings: Finding[] = [];
    for (const fact of facts.network) {
      if (fact.problem === 'unknownInit' && !options.strict) continue;
      const tool = containingTool(fact.range, facts.tools);
      if (options.scope === 'tools' && !tool) continue;
      const where = !tool ? '' : tool.name === undefined ? ' inside an agent tool' : ` inside tool \`${tool.name}\``;
      findings.push({
        ruleId,
        messageId: getMessageId(fact),
        data: { call: fact.call, detail: fact.detail ?? '', where },
        range: fact.range,
      });
    }
    return findings;
  },
};
