import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as FetchOptions } from '../../src/analyzer/checks/require-fetch-timeout.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import fetchRule from '../../src/rules/require-fetch-timeout.js';
import terminationRule from '../../src/rules/safe-termination-check.js';
import { jsTester, tsTester } from '../rules/testers.js';

// VoltAgent (`@voltagent/core`): the adapter in src/analyzer/frameworks/voltagent.ts, through each rule it feeds.
// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const requireFetchTimeout = fetchRule as unknown as Parameters<typeof tsTester.run<string, [Partial<FetchOptions>?]>>[1];
const safeTerminationCheck = terminationRule as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];

tsTester.run('no-unbounded-agent-loop: VoltAgent', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'an agent with the default of 5 steps',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'Answer order questions.', model, tools: [lookupOrder] });
`,
    },
    {
      name: 'a finite maxSteps',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, maxSteps: 12 });
`,
    },
    {
      name: 'maxSteps: undefined keeps the default',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, maxSteps: undefined });
`,
    },
    {
      name: 'a step count beside hasToolCall',
      code: `
import { Agent, hasToolCall, stepCountIs } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, stopWhen: [stepCountIs(15), hasToolCall('closeTicket')] });
`,
    },
    {
      name: 'a finite per-call maxSteps',
      code: `
import { Agent } from '@voltagent/core';
const supportAgent = new Agent({ name: 'support', instructions: 'x', model });
await supportAgent.generateText('Where is order 1042?', { maxSteps: 20 });
`,
    },
    {
      name: 'a per-call maxSteps is ignored when the agent sets stopWhen',
      code: `
import { Agent, stepCountIs } from '@voltagent/core';
const supportAgent = new Agent({ name: 'support', instructions: 'x', model, stopWhen: stepCountIs(8) });
await supportAgent.generateText('Where is order 1042?', { maxSteps: Infinity });
`,
    },
    {
      name: 'a custom stopWhen that may fire',
      code: `
import { Agent } from '@voltagent/core';
const supportAgent = new Agent({ name: 'support', instructions: 'x', model });
await supportAgent.streamText('Where is order 1042?', { stopWhen: ({ steps }) => steps.length >= 6 });
`,
    },
    {
      name: 'an Agent of another library',
      code: `
import { Agent } from '@mastra/core/agent';
export const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model, maxSteps: 0 });
`,
    },
  ],
  invalid: [
    {
      name: 'maxSteps: 0 becomes stepCountIs(0), which never matches',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, maxSteps: 0 });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: '0',
            origin: '',
            effect:
              'which never matches: VoltAgent turns it into `stepCountIs(maxSteps)`, which compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
          },
          line: 3,
          column: 84,
          endLine: 3,
          endColumn: 95,
        },
      ],
    },
    {
      name: 'maxSteps: Infinity',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, maxSteps: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 84,
          endLine: 3,
          endColumn: 102,
        },
      ],
    },
    {
      name: 'a negative maxSteps from a const',
      code: `
import { Agent } from '@voltagent/core';
const STEP_LIMIT = -1;
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, maxSteps: STEP_LIMIT });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: '-1',
            origin: ' (from `STEP_LIMIT`, line 3)',
            effect:
              'which never matches: VoltAgent turns it into `stepCountIs(maxSteps)`, which compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
          },
          line: 4,
          column: 84,
          endLine: 4,
          endColumn: 104,
        },
      ],
    },
    {
      name: 'stopWhen replaces maxSteps',
      code: `
import { Agent, hasToolCall } from '@voltagent/core';
export const supportAgent = new Agent({
  name: 'support',
  instructions: 'x',
  model,
  maxSteps: 10,
  stopWhen: hasToolCall('closeTicket'),
});
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Agent',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect: '`maxSteps: 10` is ignored, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('closeTicket'), stepCountIs(10)]`.",
          },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'stopWhen: [] without maxSteps',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, stopWhen: [] });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Agent',
            missing: '`stopWhen: []`, an empty list of stop conditions',
            effect:
              'the `stepCountIs(maxSteps)` cap (5 steps by default, 100 with a workspace) no longer applies, and the loop stops only when the model stops calling tools',
            fix: 'Set a step cap such as `stopWhen: stepCountIs(10)`.',
          },
          line: 3,
          column: 84,
          endLine: 3,
          endColumn: 96,
        },
      ],
    },
    {
      name: 'a per-call stopWhen of only hasToolCall from ai',
      code: `
import { Agent } from '@voltagent/core';
import { hasToolCall } from 'ai';
const supportAgent = new Agent({ name: 'support', instructions: 'x', model, maxSteps: 10 });
await supportAgent.generateText('Where is order 1042?', { stopWhen: hasToolCall('closeTicket') });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'supportAgent.generateText',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect:
              "the agent's `stepCountIs(maxSteps)` cap no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools",
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('closeTicket'), stepCountIs(10)]`.",
          },
          line: 5,
          column: 59,
          endLine: 5,
          endColumn: 95,
        },
      ],
    },
    {
      name: 'a per-call maxSteps: Infinity',
      code: `
import { Agent } from '@voltagent/core';
const supportAgent = new Agent({ name: 'support', instructions: 'x', model });
await supportAgent.streamText('Where is order 1042?', { maxSteps: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 4,
          column: 57,
          endLine: 4,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'stepCountIs(0) from @voltagent/core',
      code: `
import { Agent, stepCountIs } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, stopWhen: stepCountIs(0) });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: '0',
            origin: '',
            effect:
              'which never matches: `stepCountIs` compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
          },
          line: 3,
          column: 94,
          endLine: 3,
          endColumn: 108,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop: VoltAgent (JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'require with a finite maxSteps',
      code: `
const { Agent } = require('@voltagent/core');
module.exports = new Agent({ name: 'support', instructions: 'x', model, maxSteps: 8 });
`,
    },
  ],
  invalid: [
    {
      name: 'require with stopWhen replacing maxSteps',
      code: `
const { Agent, hasToolCall } = require('@voltagent/core');
module.exports = new Agent({ name: 'support', instructions: 'x', model, maxSteps: 8, stopWhen: hasToolCall('closeTicket') });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Agent',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect: '`maxSteps: 8` is ignored, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('closeTicket'), stepCountIs(10)]`.",
          },
          line: 3,
          column: 86,
          endLine: 3,
          endColumn: 122,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check: VoltAgent', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a custom stopWhen reading step text',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, stopWhen: ({ steps }) => steps.length > 8 || steps.at(-1)?.text.includes('RESOLVED') });
`,
    },
  ],
  invalid: [
    {
      name: 'a custom stopWhen reading step content',
      code: `
import { Agent } from '@voltagent/core';
export const supportAgent = new Agent({ name: 'support', instructions: 'x', model, stopWhen: ({ steps }) => steps.at(-1)?.content.includes('RESOLVED') });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'steps.at(-1)?.content',
            operation: '.includes()',
            role: 'custom `stopWhen` condition',
            listEffect: '`.includes()` on a list is quietly false, so this custom `stopWhen` condition never sees the stop word there',
          },
          line: 3,
          column: 109,
          endLine: 3,
          endColumn: 139,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout: VoltAgent tools', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool that forwards its abort signal',
      options: [{ scope: 'tools' }],
      code: `
import { createTool } from '@voltagent/core';
export const lookupOrder = createTool({
  name: 'lookup_order',
  description: 'Look an order up',
  parameters,
  execute: async ({ orderId }, options) => (await fetch(\`https://orders.example/\${orderId}\`, { signal: options?.toolContext?.abortSignal })).json(),
});
`,
    },
  ],
  invalid: [
    {
      name: 'createTool named by its name option',
      options: [{ scope: 'tools' }],
      code: `
import { createTool } from '@voltagent/core';
export const lookupOrder = createTool({
  name: 'lookup_order',
  description: 'Look an order up',
  parameters,
  execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`)).json(),
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookup_order`',
          },
          line: 7,
          column: 42,
          endLine: 7,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'the tool alias and new Tool',
      options: [{ scope: 'tools' }],
      code: `
import { Tool, tool } from '@voltagent/core';
export const searchArchive = tool({ name: 'search_archive', description: 'Search', parameters, execute: async ({ query }) => (await fetch(\`https://archive.example/?q=\${query}\`)).json() });
export const getWeather = new Tool({ name: 'get_weather', description: 'Weather', parameters, execute: async ({ city }) => (await fetch(\`https://weather.example/\${city}\`)).json() });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `search_archive`',
          },
          line: 3,
          column: 133,
          endLine: 3,
          endColumn: 138,
        },
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `get_weather`',
          },
          line: 4,
          column: 131,
          endLine: 4,
          endColumn: 136,
        },
      ],
    },
  ],
});

jsTester.run('require-fetch-timeout: VoltAgent tools (JavaScript)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool with AbortSignal.timeout in a JS file',
      options: [{ scope: 'tools' }],
      code: `
const { createTool } = require('@voltagent/core');
exports.lookupOrder = createTool({ name: 'lookup_order', execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`, { signal: AbortSignal.timeout(10_000) })).json() });
`,
    },
  ],
  invalid: [
    {
      name: 'a tool without a signal in a JS file',
      options: [{ scope: 'tools' }],
      code: `
const { createTool } = require('@voltagent/core');
exports.lookupOrder = createTool({ name: 'lookup_order', execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`)).json() });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookup_order`',
          },
          line: 3,
          column: 97,
          endLine: 3,
          endColumn: 102,
        },
      ],
    },
  ],
});
