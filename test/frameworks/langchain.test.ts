import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as FetchOptions } from '../../src/analyzer/checks/require-fetch-timeout.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import fetchRule from '../../src/rules/require-fetch-timeout.js';
import terminationRule from '../../src/rules/safe-termination-check.js';
import { jsTester, tsTester } from '../rules/testers.js';

// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const requireFetchTimeout = fetchRule as unknown as Parameters<typeof tsTester.run<string, [Partial<FetchOptions>?]>>[1];
const safeTerminationCheck = terminationRule as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];

const INFINITE = 'so the loop stops only when the model decides to';
const ITERATIONS = { option: 'maxIterations', example: 'maxIterations: 15', unit: 'iterations' };
const NO_MODEL_CALL_LIMIT = {
  api: 'modelCallLimitMiddleware()',
  missing: 'neither `threadLimit` nor `runLimit`',
  effect: "it counts model calls but never stops the agent: only the graph's `recursionLimit` (25 supersteps by default) does",
  fix: 'Pass a limit such as `modelCallLimitMiddleware({ runLimit: 20 })`.',
};

tsTester.run('no-unbounded-agent-loop (LangChain)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite maxIterations',
      code: `
import { AgentExecutor } from '@langchain/classic/agents';
declare const billingAgent: never;
export const billingDesk = new AgentExecutor({ agent: billingAgent, tools: [], maxIterations: 10 });
`,
    },
    {
      name: 'undefined and null in the constructor fall back to 15 iterations',
      code: `
import { AgentExecutor } from '@langchain/classic/agents';
declare const billingAgent: never;
export const defaultDesk = new AgentExecutor({ agent: billingAgent, tools: [], maxIterations: undefined });
export const nullDesk = new AgentExecutor({ agent: billingAgent, tools: [], maxIterations: null as unknown as number });
`,
    },
    {
      name: 'a negative maxIterations stops before the first iteration',
      code: `
import { AgentExecutor } from '@langchain/classic/agents';
declare const billingAgent: never;
export const idleDesk = new AgentExecutor({ agent: billingAgent, tools: [], maxIterations: -1 });
`,
    },
    {
      name: 'assigning null stops the executor at once',
      code: `
import { AgentExecutor } from '@langchain/classic/agents';
declare const billingAgent: never;
const billingDesk = new AgentExecutor({ agent: billingAgent, tools: [] });
billingDesk.maxIterations = null as unknown as number;
`,
    },
    {
      name: 'an AgentExecutor of another library',
      code: `
import { AgentExecutor } from './executor.js';
declare const billingAgent: never;
export const billingDesk = new AgentExecutor({ agent: billingAgent, maxIterations: Infinity });
`,
    },
    {
      name: 'maxIterations on an object that is not an executor',
      code: `
const retryPolicy = { maxIterations: 3 };
retryPolicy.maxIterations = undefined as unknown as number;
`,
    },
    {
      name: 'modelCallLimitMiddleware with a run limit',
      code: `
import { createAgent, modelCallLimitMiddleware } from 'langchain';
export const supportAgent = createAgent({ model: 'openai:gpt-4.1-mini', tools: [], middleware: [modelCallLimitMiddleware({ runLimit: 12 })] });
`,
    },
    {
      name: 'modelCallLimitMiddleware whose limit cannot be resolved (not strict)',
      code: `
import { modelCallLimitMiddleware } from 'langchain';
export const buildGuard = (callBudget: number) => modelCallLimitMiddleware({ threadLimit: callBudget });
`,
    },
    {
      name: 'modelCallLimitMiddleware() whose limits come from the run context',
      code: `
import { createAgent, modelCallLimitMiddleware } from 'langchain';
const supportAgent = createAgent({ model: 'openai:gpt-4.1-mini', tools: [], middleware: [modelCallLimitMiddleware()] });
await supportAgent.invoke({ messages: [] }, { context: { runLimit: 8 } });
`,
    },
    {
      name: 'a finite recursionLimit on createAgent',
      code: `
import { createAgent } from 'langchain';
const supportAgent = createAgent({ model: 'openai:gpt-4.1-mini', tools: [] });
await supportAgent.invoke({ messages: [] }, { recursionLimit: 60 });
`,
    },
    {
      name: 'recursionLimit means nothing to the legacy executor, which counts maxIterations',
      code: `
import { AgentExecutor } from '@langchain/classic/agents';
declare const billingAgent: never;
const billingDesk = new AgentExecutor({ agent: billingAgent, tools: [] });
await billingDesk.invoke({ input: 'Refund order 7' }, { recursionLimit: Infinity });
`,
    },
  ],
  invalid: [
    {
      name: 'AgentExecutor with maxIterations Infinity',
      code: `
import { AgentExecutor } from '@langchain/classic/agents';
declare const billingAgent: never;
export const billingDesk = new AgentExecutor({ agent: billingAgent, tools: [], maxIterations: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { ...ITERATIONS, value: 'Infinity', origin: '', effect: INFINITE },
          line: 4,
          column: 80,
          endLine: 4,
          endColumn: 103,
        },
      ],
    },
    {
      name: 'fromAgentAndTools with Number.MAX_SAFE_INTEGER (legacy langchain/agents)',
      code: `
import { AgentExecutor } from 'langchain/agents';
declare const billingAgent: never;
export const auditDesk = AgentExecutor.fromAgentAndTools({ agent: billingAgent, tools: [], maxIterations: Number.MAX_SAFE_INTEGER });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { ...ITERATIONS, value: 'Number.MAX_SAFE_INTEGER', origin: '', effect: INFINITE },
          line: 4,
          column: 92,
          endLine: 4,
          endColumn: 130,
        },
      ],
    },
    {
      name: 'initializeAgentExecutorWithOptions above maxBound',
      code: `
import { initializeAgentExecutorWithOptions } from '@langchain/classic/agents';
declare const chatModel: never;
const patientDesk = await initializeAgentExecutorWithOptions([], chatModel, { agentType: 'zero-shot-react-description', maxIterations: 5000 });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: { ...ITERATIONS, value: '5000', origin: '', maxBound: '1000' },
          line: 4,
          column: 121,
          endLine: 4,
          endColumn: 140,
        },
      ],
    },
    {
      name: 'undefined assigned after construction removes the limit',
      code: `
import { AgentExecutor } from '@langchain/classic/agents';
declare const billingAgent: never;
const auditDesk = AgentExecutor.fromAgentAndTools({ agent: billingAgent, tools: [], maxIterations: 8 });
auditDesk.maxIterations = undefined;
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            ...ITERATIONS,
            value: 'undefined',
            origin: '',
            effect: 'which removes the limit: `AgentExecutor` treats an unset `maxIterations` as no limit at all',
          },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'modelCallLimitMiddleware() with no limits',
      code: `
import { createAgent, modelCallLimitMiddleware } from 'langchain';
const supportAgent = createAgent({ model: 'openai:gpt-4.1-mini', tools: [], middleware: [modelCallLimitMiddleware()] });
`,
      errors: [{ messageId: 'missingBound', data: NO_MODEL_CALL_LIMIT, line: 3, column: 90, endLine: 3, endColumn: 114 }],
    },
    {
      name: 'modelCallLimitMiddleware with only an exit behaviour',
      code: `
import { createAgent, modelCallLimitMiddleware } from 'langchain';
const supportAgent = createAgent({ model: 'openai:gpt-4.1-mini', tools: [], middleware: [modelCallLimitMiddleware({ exitBehavior: 'error' })] });
`,
      errors: [{ messageId: 'missingBound', data: NO_MODEL_CALL_LIMIT, line: 3, column: 90, endLine: 3, endColumn: 114 }],
    },
    {
      name: 'modelCallLimitMiddleware whose only limit no count reaches',
      code: `
import { modelCallLimitMiddleware } from 'langchain';
export const guard = modelCallLimitMiddleware({ threadLimit: Infinity, runLimit: undefined });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: { ...NO_MODEL_CALL_LIMIT, missing: 'no finite `threadLimit` or `runLimit`' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 46,
        },
      ],
    },
    {
      name: 'createAgent run with recursionLimit Infinity',
      code: `
import { createAgent } from 'langchain';
const supportAgent = createAgent({ model: 'openai:gpt-4.1-mini', tools: [] });
await supportAgent.invoke({ messages: [] }, { recursionLimit: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'recursionLimit',
            value: 'Infinity',
            origin: '',
            effect: INFINITE,
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 4,
          column: 47,
          endLine: 4,
          endColumn: 71,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (LangChain, JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite maxIterations through require',
      code: `
const { AgentExecutor } = require('langchain/agents');
const billingDesk = new AgentExecutor({ agent: billingAgent, tools: [], maxIterations: 12 });
`,
    },
  ],
  invalid: [
    {
      name: 'maxIterations Infinity through require',
      code: `
const { AgentExecutor } = require('langchain/agents');
const billingDesk = new AgentExecutor({ agent: billingAgent, tools: [], maxIterations: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { ...ITERATIONS, value: 'Infinity', origin: '', effect: INFINITE },
          line: 3,
          column: 73,
          endLine: 3,
          endColumn: 96,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check (LangChain middleware)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a hook that ends the agent reads the text accessor',
      code: `
import { createMiddleware } from 'langchain';
export const stopOnApproval = createMiddleware({
  name: 'StopOnApproval',
  afterModel: { canJumpTo: ['end'], hook: (state) => (state.messages.at(-1)?.text.includes('APPROVED') ? { jumpTo: 'end' } : undefined) },
});
`,
    },
    {
      name: 'a hook that never ends the agent is not a predicate',
      code: `
import { createMiddleware } from 'langchain';
export const redactCards = createMiddleware({
  name: 'RedactCards',
  afterModel: (state) => {
    const lastMessage = state.messages.at(-1);
    if (lastMessage && lastMessage.content.includes('4111')) console.warn('card number in reply');
    return undefined;
  },
});
`,
    },
    {
      name: 'createMiddleware of another library',
      code: `
import { createMiddleware } from './middleware.js';
export const stopOnDone = createMiddleware({ afterModel: (state) => (state.messages.at(-1).content.includes('DONE') ? { jumpTo: 'end' } : undefined) });
`,
    },
  ],
  invalid: [
    {
      name: 'an afterModel hook that ends the agent on a stop word',
      code: `
import { createMiddleware } from 'langchain';
export const stopOnResolution = createMiddleware({
  name: 'StopOnResolution',
  afterModel: {
    canJumpTo: ['end'],
    hook: (state) => (state.messages.at(-1)?.content.includes('RESOLVED') ? { jumpTo: 'end' } : undefined),
  },
});
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'state.messages.at(-1)?.content',
            operation: '.includes()',
            role: '`afterModel` hook',
            listEffect: '`.includes()` on a list is quietly false, so this `afterModel` hook never sees the stop word there',
          },
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 62,
        },
      ],
    },
    {
      name: 'a beforeModel hook written as a method',
      code: `
import { createMiddleware } from 'langchain';
export const stopOnHandoff = createMiddleware({
  name: 'StopOnHandoff',
  beforeModel(state) {
    const lastMessage = state.messages[state.messages.length - 1];
    return lastMessage.content.trimEnd().endsWith('HANDOFF') ? { jumpTo: 'end' } : undefined;
  },
});
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'lastMessage.content',
            operation: '.trimEnd()',
            role: '`beforeModel` hook',
            listEffect: '`.trimEnd()` on a list throws a TypeError, so this `beforeModel` hook crashes the run instead of ending it',
          },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 39,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout (LangChain tools)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'scope tools: a tool that forwards the run signal',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@langchain/core/tools';
export const getWeather = tool(
  async ({ city }: { city: string }, config) => (await fetch(\`https://weather.internal/\${city}\`, { signal: config.signal })).text(),
  { name: 'get_weather', description: 'Weather for a city' },
);
`,
    },
    {
      name: 'scope tools: a function named tool from elsewhere is not a LangChain tool',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from './registry.js';
export const warmCache = tool(async () => (await fetch('https://cache.internal/warm')).ok, { name: 'warm_cache' });
`,
    },
  ],
  invalid: [
    {
      name: 'scope tools: tool() from @langchain/core/tools, named by its fields',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@langchain/core/tools';
export const lookupOrder = tool(async ({ orderId }: { orderId: string }) => (await fetch(\`https://orders.internal/\${orderId}\`)).text(), {
  name: 'lookup_order',
  description: 'Look up an order',
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `lookup_order`' },
          line: 3,
          column: 84,
          endLine: 3,
          endColumn: 89,
        },
      ],
    },
    {
      name: 'scope tools: a DynamicTool func written as a method',
      options: [{ scope: 'tools' }],
      code: `
import { DynamicTool } from 'langchain/tools';
export const currentRates = new DynamicTool({
  name: 'current_rates',
  description: 'Today exchange rates',
  async func() {
    return (await fetch('https://rates.internal/today')).text();
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `current_rates`' },
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'scope tools: a DynamicStructuredTool from langchain with axios',
      options: [{ scope: 'tools' }],
      code: `
import { DynamicStructuredTool } from 'langchain';
import axios from 'axios';
export const fetchInvoice = new DynamicStructuredTool({
  name: 'fetch_invoice',
  description: 'Fetch an invoice',
  schema: {},
  func: async ({ invoiceNumber }: { invoiceNumber: string }) => (await axios.get(\`https://billing.internal/\${invoiceNumber}\`)).data,
});
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: { call: 'axios.get', detail: '', where: ' inside tool `fetch_invoice`' },
          line: 8,
          column: 72,
          endLine: 8,
          endColumn: 81,
        },
      ],
    },
    {
      name: 'scope tools: the _call method of a StructuredTool subclass',
      options: [{ scope: 'tools' }],
      code: `
import { StructuredTool } from '@langchain/core/tools';
export class StockQuote extends StructuredTool {
  name = 'stock_quote';
  description = 'Latest quote for a ticker';
  schema = {} as never;
  async _call({ ticker }: { ticker: string }) {
    return (await fetch(\`https://quotes.internal/\${ticker}\`)).text();
  }
}
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `stock_quote`' },
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 24,
        },
      ],
    },
  ],
});

jsTester.run('require-fetch-timeout (LangChain tools, JavaScript)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'scope tools: a fetch outside any tool',
      options: [{ scope: 'tools' }],
      code: `
const { tool } = require('@langchain/core/tools');
async function warmCache() {
  await fetch('https://cache.internal/warm');
}
module.exports = { warmCache, ping: tool(async () => 'pong', { name: 'ping' }) };
`,
    },
  ],
  invalid: [
    {
      name: 'scope tools: tool() through require',
      options: [{ scope: 'tools' }],
      code: `
const { tool } = require('@langchain/core/tools');
const lookupOrder = tool(async ({ orderId }) => (await fetch('https://orders.internal/' + orderId)).text(), { name: 'lookup_order' });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `lookup_order`' },
          line: 3,
          column: 56,
          endLine: 3,
          endColumn: 61,
        },
      ],
    },
  ],
});
