import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as FetchOptions } from '../../src/analyzer/checks/require-fetch-timeout.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import fetchRule from '../../src/rules/require-fetch-timeout.js';
import { jsTester, tsTester } from '../rules/testers.js';

// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const requireFetchTimeout = fetchRule as unknown as Parameters<typeof tsTester.run<string, [Partial<FetchOptions>?]>>[1];

const NO_STEP_LIMIT = {
  missing: 'no step limit (`@llamaindex/workflow` has none since 1.0.4)',
  effect: 'the agent calls the model again after every tool call until the model stops asking for tools',
  fix: 'Cap the steps yourself, for example by wrapping the `llm` you pass in so that it answers without tool calls after a fixed number of calls, which ends the workflow.',
};

tsTester.run('no-unbounded-agent-loop (LlamaIndex)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'the legacy LLMAgent stops after 10 tool calls',
      code: `
import { LLMAgent } from 'llamaindex';
export const calculator = new LLMAgent({ tools: [] });
`,
    },
    {
      name: 'agent re-exported by llamaindex 0.10 enforced a 60 s timeout',
      code: `
import { agent } from 'llamaindex';
export const calculator = agent({ tools: [] });
`,
    },
    {
      name: 'a function named agent from elsewhere',
      code: `
import { agent } from './agents.js';
export const calculator = agent({ tools: [] });
`,
    },
    {
      name: 'a local function named agent',
      code: `
function agent(options: { tools: unknown[] }) {
  return options;
}
export const calculator = agent({ tools: [] });
`,
    },
    {
      name: 'running a workflow is not reported again',
      code: `
import type { AgentWorkflow } from '@llamaindex/workflow';
export async function ask(travelDesk: AgentWorkflow, question: string) {
  return (await travelDesk.run(question)).data.result;
}
`,
    },
  ],
  invalid: [
    {
      name: 'agent() from @llamaindex/workflow',
      code: `
import { agent } from '@llamaindex/workflow';
declare const llm: never;
export const flightsAgent = agent({ name: 'FlightsAgent', tools: [], llm });
`,
      errors: [{ messageId: 'missingBound', data: { ...NO_STEP_LIMIT, api: 'agent()' }, line: 4, column: 29, endLine: 4, endColumn: 34 }],
    },
    {
      name: 'multiAgent()',
      code: `
import { multiAgent } from '@llamaindex/workflow';
declare const flightsAgent: never;
export const travelDesk = multiAgent({ agents: [flightsAgent], rootAgent: flightsAgent });
`,
      errors: [
        { messageId: 'missingBound', data: { ...NO_STEP_LIMIT, api: 'multiAgent()' }, line: 4, column: 27, endLine: 4, endColumn: 37 },
      ],
    },
    {
      name: 'AgentWorkflow.fromTools() with a timeout it never reads',
      code: `
import { AgentWorkflow } from '@llamaindex/workflow';
declare const llm: never;
export const conciergeDesk = AgentWorkflow.fromTools({ tools: [], llm, timeout: 30 });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            ...NO_STEP_LIMIT,
            api: 'AgentWorkflow.fromTools()',
            missing: 'no step limit, and its `timeout` is never read (`@llamaindex/workflow` 1.0.4 and later)',
          },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 53,
        },
      ],
    },
    {
      name: 'new AgentWorkflow()',
      code: `
import { AgentWorkflow } from '@llamaindex/workflow';
declare const hotelsAgent: never;
export const hotelsDesk = new AgentWorkflow({ agents: [hotelsAgent], rootAgent: hotelsAgent });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: { ...NO_STEP_LIMIT, api: 'new AgentWorkflow()' },
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'agentHandler() runs an agent workflow as a step',
      code: `
import { agentHandler } from '@llamaindex/workflow';
declare const llm: never;
export const triageStep = agentHandler({ instructions: 'Sort the ticket', results: [], tools: [], llm });
`,
      errors: [
        { messageId: 'missingBound', data: { ...NO_STEP_LIMIT, api: 'agentHandler()' }, line: 4, column: 27, endLine: 4, endColumn: 39 },
      ],
    },
    {
      name: 'an aliased import',
      code: `
import { agent as createAgentWorkflow } from '@llamaindex/workflow';
declare const llm: never;
export const flightsAgent = createAgentWorkflow({ tools: [], llm });
`,
      errors: [{ messageId: 'missingBound', data: { ...NO_STEP_LIMIT, api: 'agent()' }, line: 4, column: 29, endLine: 4, endColumn: 48 }],
    },
    {
      name: 'a namespace import',
      code: `
import * as workflows from '@llamaindex/workflow';
declare const llm: never;
export const flightsAgent = workflows.agent({ tools: [], llm });
`,
      errors: [{ messageId: 'missingBound', data: { ...NO_STEP_LIMIT, api: 'agent()' }, line: 4, column: 29, endLine: 4, endColumn: 44 }],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (LlamaIndex, JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'the legacy ReActAgent through require',
      code: `
const { ReActAgent } = require('llamaindex');
const calculator = new ReActAgent({ tools: [] });
`,
    },
  ],
  invalid: [
    {
      name: 'agent() through require',
      code: `
const { agent } = require('@llamaindex/workflow');
const flightsAgent = agent({ tools: [], llm });
`,
      errors: [{ messageId: 'missingBound', data: { ...NO_STEP_LIMIT, api: 'agent()' }, line: 3, column: 22, endLine: 3, endColumn: 27 }],
    },
  ],
});

tsTester.run('require-fetch-timeout (LlamaIndex tools)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'scope tools: a tool whose fetch has a deadline',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'llamaindex';
export const hotelRates = tool({
  name: 'hotel_rates',
  description: 'Nightly rates in a city',
  parameters: {} as never,
  execute: async ({ city }: { city: string }) =>
    (await fetch(\`https://hotels.internal/\${city}\`, { signal: AbortSignal.timeout(15_000) })).text(),
});
`,
    },
    {
      name: 'scope tools: a fetch outside any tool',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'llamaindex';
export async function warmCache() {
  await fetch('https://cache.internal/warm');
}
export const ping = tool(() => 'pong', { name: 'ping', description: 'Ping' });
`,
    },
  ],
  invalid: [
    {
      name: 'scope tools: tool({ execute }) from @llamaindex/core/tools',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@llamaindex/core/tools';
export const flightStatus = tool({
  name: 'flight_status',
  description: 'Current status of a flight',
  parameters: {} as never,
  execute: async ({ flight }: { flight: string }) => {
    const response = await fetch(\`https://flights.internal/\${flight}\`);
    return response.text();
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `flight_status`' },
          line: 8,
          column: 28,
          endLine: 8,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'scope tools: tool(fn, metadata)',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'llamaindex';
export const sumNumbers = tool(async ({ a, b }: { a: number; b: number }) => (await fetch(\`https://calc.internal/\${a}/\${b}\`)).text(), {
  name: 'sum_numbers',
  description: 'Add two numbers',
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `sum_numbers`' },
          line: 3,
          column: 85,
          endLine: 3,
          endColumn: 90,
        },
      ],
    },
    {
      name: 'scope tools: FunctionTool.from(fn, metadata)',
      options: [{ scope: 'tools' }],
      code: `
import { FunctionTool } from 'llamaindex';
export const hotelRates = FunctionTool.from(
  async ({ city }: { city: string }) => (await fetch(\`https://hotels.internal/\${city}\`)).text(),
  { name: 'hotel_rates', description: 'Nightly rates in a city' },
);
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `hotel_rates`' },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 53,
        },
      ],
    },
    {
      name: 'scope tools: new FunctionTool(fn, metadata)',
      options: [{ scope: 'tools' }],
      code: `
import { FunctionTool } from '@llamaindex/core/tools';
export const ping = new FunctionTool(async () => (await fetch('https://status.internal/ping')).text(), { name: 'ping', description: 'Ping' });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `ping`' },
          line: 3,
          column: 57,
          endLine: 3,
          endColumn: 62,
        },
      ],
    },
  ],
});

jsTester.run('require-fetch-timeout (LlamaIndex tools, JavaScript)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'scope tools: a tool that passes a signal',
      options: [{ scope: 'tools' }],
      code: `
const { tool } = require('llamaindex');
const flightStatus = tool({ name: 'flight_status', execute: async ({ flight }) => (await fetch('https://flights.internal/' + flight, { signal: AbortSignal.timeout(10000) })).text() });
`,
    },
  ],
  invalid: [
    {
      name: 'scope tools: tool({ execute }) through require',
      options: [{ scope: 'tools' }],
      code: `
const { tool } = require('llamaindex');
const flightStatus = tool({ name: 'flight_status', description: 'Flight status', execute: async ({ flight }) => (await fetch('https://flights.internal/' + flight)).text() });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `flight_status`' },
          line: 3,
          column: 120,
          endLine: 3,
          endColumn: 125,
        },
      ],
    },
  ],
});
