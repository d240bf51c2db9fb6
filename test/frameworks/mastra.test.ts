import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as FetchOptions } from '../../src/analyzer/checks/require-fetch-timeout.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import fetchRule from '../../src/rules/require-fetch-timeout.js';
import terminationRule from '../../src/rules/safe-termination-check.js';
import { jsTester, tsTester } from '../rules/testers.js';

// Mastra (`@mastra/core`): the adapter in src/analyzer/frameworks/mastra.ts, through each rule it feeds.
// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const requireFetchTimeout = fetchRule as unknown as Parameters<typeof tsTester.run<string, [Partial<FetchOptions>?]>>[1];
const safeTerminationCheck = terminationRule as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];

tsTester.run('no-unbounded-agent-loop: Mastra', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'generate without options keeps the 5-step default',
      code: `
import { Agent } from '@mastra/core/agent';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'Answer order questions.', model, tools: { lookupOrder } });
const reply = await supportAgent.generate('Where is order 1042?');
`,
    },
    {
      name: 'stopWhen beside maxSteps: Mastra adds stepCountIs(maxSteps)',
      code: `
import { Agent } from '@mastra/core/agent';
import { hasToolCall } from 'ai';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'Answer order questions.', model, tools: { lookupOrder } });
await supportAgent.generate('Where is order 1042?', { maxSteps: 8, stopWhen: hasToolCall('closeTicket') });
`,
    },
    {
      name: "stopWhen on a call, maxSteps in the agent's defaultOptions",
      code: `
import { Agent } from '@mastra/core/agent';
import { hasToolCall } from 'ai';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model, defaultOptions: { maxSteps: 12 } });
await supportAgent.stream('Where is order 1042?', { stopWhen: hasToolCall('closeTicket') });
`,
    },
    {
      name: 'a step count among the stop conditions',
      code: `
import { Agent } from '@mastra/core/agent';
import { hasToolCall, stepCountIs } from 'ai';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { stopWhen: [stepCountIs(10), hasToolCall('closeTicket')] });
`,
    },
    {
      name: 'maxSteps: 0 falls back to the default',
      code: `
import { Agent } from '@mastra/core/agent';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { maxSteps: 0 });
`,
    },
    {
      name: 'a custom stopWhen that may fire',
      code: `
import { Agent } from '@mastra/core/agent';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { stopWhen: ({ steps }) => steps.length >= 6 });
`,
    },
    {
      name: 'an agent of another library',
      code: `
import { Agent } from './agents/base';
import { hasToolCall } from 'ai';
const supportAgent = new Agent({ id: 'support', model });
await supportAgent.generate('Where is order 1042?', { stopWhen: hasToolCall('closeTicket') });
`,
    },
    {
      name: 'an agent whose defaultOptions is a function (not resolved)',
      code: `
import { Agent } from '@mastra/core/agent';
import { hasToolCall } from 'ai';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model, defaultOptions: ({ requestContext }) => ({ maxSteps: requestContext.get('steps') }) });
await supportAgent.generate('Where is order 1042?', { stopWhen: hasToolCall('closeTicket') });
`,
    },
    {
      name: 'dountil whose condition stops at an iteration limit',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
export const draftingWorkflow = createWorkflow({ id: 'drafting', inputSchema, outputSchema })
  .dountil(reviseDraft, async ({ inputData, iterationCount }) => iterationCount >= 5 || inputData.approved)
  .commit();
`,
    },
    {
      name: 'dowhile whose condition reads the deprecated runCount',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
export const pollingWorkflow = createWorkflow({ id: 'polling', inputSchema, outputSchema })
  .dowhile(checkStatus, async ({ inputData, runCount }) => runCount < 20 && inputData.status === 'pending')
  .commit();
`,
    },
    {
      name: 'a condition that hands its parameters on',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
import { shouldStop } from './limits';
export const draftingWorkflow = createWorkflow({ id: 'drafting', inputSchema, outputSchema })
  .dountil(reviseDraft, async (params) => shouldStop(params))
  .commit();
`,
    },
    {
      name: 'a condition imported from another file (not resolved)',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
import { isApproved } from './conditions';
export const draftingWorkflow = createWorkflow({ id: 'drafting', inputSchema, outputSchema }).dountil(reviseDraft, isApproved).commit();
`,
    },
    {
      name: 'a condition with an attempt counter of its own',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
export const buildWorkflow = createWorkflow({ id: 'build', inputSchema, outputSchema })
  .then(initCycle)
  .dountil(buildAndVerify, async ({ inputData }) => inputData.verdict === 'pass' || inputData.attempt >= inputData.maxAttempts)
  .commit();
`,
    },
    {
      name: 'the docs increment loop compares a number',
      code: `
import { createStep, createWorkflow } from '@mastra/core/workflows';
const incrementStep = createStep({ id: 'increment', inputSchema, outputSchema, execute: async ({ inputData }) => ({ value: inputData.value + 1 }) });
export const countingWorkflow = createWorkflow({ id: 'counting', inputSchema, outputSchema })
  .dountil(incrementStep, async ({ inputData }) => inputData.value >= 10)
  .commit();
`,
    },
    {
      name: 'a declarative predicate',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
export const draftingWorkflow = createWorkflow({ id: 'drafting', inputSchema, outputSchema })
  .dountil(reviseDraft, { predicate: { op: 'truthy', value: { path: 'approved' } } })
  .commit();
`,
    },
    {
      name: 'dountil of another workflow library',
      code: `
import { createWorkflow } from './pipeline';
export const draftingWorkflow = createWorkflow({ id: 'drafting' }).dountil(reviseDraft, async ({ inputData }) => inputData.approved);
`,
    },
  ],
  invalid: [
    {
      name: 'stopWhen without maxSteps replaces the 5-step default',
      code: `
import { Agent } from '@mastra/core/agent';
import { hasToolCall } from 'ai';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'Answer order questions.', model, tools: { lookupOrder } });
const reply = await supportAgent.generate('Where is order 1042?', { stopWhen: hasToolCall('closeTicket') });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'supportAgent.generate',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect:
              'the default cap of 5 steps no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: 'Set a step cap beside it, such as `maxSteps: 10`.',
          },
          line: 5,
          column: 69,
          endLine: 5,
          endColumn: 105,
        },
      ],
    },
    {
      name: 'stopWhen: [] on stream',
      code: `
import { Agent } from '@mastra/core/agent';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
const stream = await supportAgent.stream('Where is order 1042?', { stopWhen: [] });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'supportAgent.stream',
            missing: '`stopWhen: []`, an empty list of stop conditions',
            effect: 'the default cap of 5 steps no longer applies, and the loop stops only when the model stops calling tools',
            fix: 'Set a step cap beside it, such as `maxSteps: 10`.',
          },
          line: 4,
          column: 68,
          endLine: 4,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'maxSteps: 0 does not save a stopWhen that never fires',
      code: `
import { Agent } from '@mastra/core/agent';
import { isLoopFinished } from 'ai';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { maxSteps: 0, stopWhen: isLoopFinished() });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'supportAgent.generate',
            missing: '`stopWhen: isLoopFinished()`, a condition that is never true',
            effect: 'the default cap of 5 steps no longer applies, and the loop stops only when the model stops calling tools',
            fix: 'Set a step cap beside it, such as `maxSteps: 10`.',
          },
          line: 5,
          column: 68,
          endLine: 5,
          endColumn: 94,
        },
      ],
    },
    {
      name: 'stopWhen in defaultOptions without maxSteps',
      code: `
import { Agent } from '@mastra/core/agent';
import { hasToolCall } from 'ai';
export const supportAgent = new Agent({
  id: 'support',
  name: 'Support',
  instructions: 'x',
  model,
  defaultOptions: { stopWhen: hasToolCall('closeTicket') },
});
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Agent',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')` in `defaultOptions`",
            effect:
              'the default cap of 5 steps no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: 'Set a step cap beside it, such as `maxSteps: 10`.',
          },
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 57,
        },
      ],
    },
    {
      name: 'maxSteps: Infinity',
      code: `
import { Agent } from '@mastra/core/agent';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { maxSteps: Infinity });
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
          column: 55,
          endLine: 4,
          endColumn: 73,
        },
      ],
    },
    {
      name: 'a negative maxSteps never matches',
      code: `
import { Agent } from '@mastra/core/agent';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { maxSteps: -1 });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: '-1',
            origin: '',
            effect:
              'which never matches: Mastra turns it into `stepCountIs(maxSteps)`, which compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
          },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'a fractional maxSteps in defaultOptions',
      code: `
import { Agent } from '@mastra/core/agent';
export const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model, defaultOptions: { maxSteps: 7.5 } });
`,
      errors: [
        {
          messageId: 'invalidValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: '7.5',
            origin: '',
            minimum: '1',
          },
          line: 3,
          column: 117,
          endLine: 3,
          endColumn: 130,
        },
      ],
    },
    {
      name: 'stepCountIs(0) without maxSteps',
      code: `
import { Agent } from '@mastra/core/agent';
import { stepCountIs } from 'ai';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { stopWhen: stepCountIs(0) });
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
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'an Agent imported from the package root under an alias',
      code: `
import { Agent as MastraAgent } from '@mastra/core';
import { hasToolCall } from 'ai';
const supportAgent = new MastraAgent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { stopWhen: hasToolCall('closeTicket') });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'supportAgent.generate',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect:
              'the default cap of 5 steps no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: 'Set a step cap beside it, such as `maxSteps: 10`.',
          },
          line: 5,
          column: 55,
          endLine: 5,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'dountil whose condition ignores iterationCount',
      code: `
import { createStep, createWorkflow } from '@mastra/core/workflows';
const reviseDraft = createStep({ id: 'revise-draft', inputSchema, outputSchema, execute: async ({ inputData }) => revise(inputData) });
export const draftingWorkflow = createWorkflow({ id: 'drafting', inputSchema, outputSchema })
  .dountil(reviseDraft, async ({ inputData }) => inputData.approved)
  .commit();
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'dountil',
            missing: 'no iteration cap, and its condition never reads `iterationCount`',
            effect: 'the workflow runs its step again until the condition returns `true`, with no limit on the number of iterations',
            fix: 'Stop at a limit in the condition, such as `iterationCount >= 10 || ...`.',
          },
          line: 5,
          column: 4,
          endLine: 5,
          endColumn: 11,
        },
      ],
    },
    {
      name: 'dowhile on a workflow held in a const',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
const pollingWorkflow = createWorkflow({ id: 'polling', inputSchema, outputSchema });
const isPending = async ({ inputData }) => inputData.status === 'pending';
pollingWorkflow.dowhile(checkStatus, isPending).commit();
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'dowhile',
            missing: 'no iteration cap, and its condition never reads `iterationCount`',
            effect:
              'the workflow runs its step again for as long as the condition returns `true`, with no limit on the number of iterations',
            fix: 'Stop at a limit in the condition, such as `iterationCount < 10 && ...`.',
          },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 24,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop: Mastra (JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'require with stopWhen beside maxSteps',
      code: `
const { Agent } = require('@mastra/core/agent');
const { hasToolCall } = require('ai');
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
supportAgent.generate('Where is order 1042?', { maxSteps: 6, stopWhen: hasToolCall('closeTicket') });
`,
    },
  ],
  invalid: [
    {
      name: 'require with a dountil that ignores iterationCount',
      code: `
const { createWorkflow } = require('@mastra/core/workflows');
module.exports = createWorkflow({ id: 'drafting' }).then(draftReply).dountil(reviseDraft, async ({ inputData }) => inputData.verdict === 'pass').commit();
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'dountil',
            missing: 'no iteration cap, and its condition never reads `iterationCount`',
            effect: 'the workflow runs its step again until the condition returns `true`, with no limit on the number of iterations',
            fix: 'Stop at a limit in the condition, such as `iterationCount >= 10 || ...`.',
          },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 77,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check: Mastra', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a dountil condition reading text',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
export const draftingWorkflow = createWorkflow({ id: 'drafting', inputSchema, outputSchema })
  .dountil(reviseDraft, async ({ inputData, iterationCount }) => iterationCount >= 5 || inputData.text.includes('APPROVED'))
  .commit();
`,
    },
  ],
  invalid: [
    {
      name: 'a dountil condition reading message content',
      code: `
import { createWorkflow } from '@mastra/core/workflows';
export const draftingWorkflow = createWorkflow({ id: 'drafting', inputSchema, outputSchema })
  .dountil(reviseDraft, async ({ inputData, iterationCount }) => iterationCount >= 5 || inputData.lastMessage.content.includes('APPROVED'))
  .commit();
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'inputData.lastMessage.content',
            operation: '.includes()',
            role: '`dountil` condition',
            listEffect: '`.includes()` on a list is quietly false, so this `dountil` condition never sees the stop word there',
          },
          line: 4,
          column: 89,
          endLine: 4,
          endColumn: 127,
        },
      ],
    },
    {
      name: 'a custom stopWhen reading step content',
      code: `
import { Agent } from '@mastra/core/agent';
const supportAgent = new Agent({ id: 'support', name: 'Support', instructions: 'x', model });
await supportAgent.generate('Where is order 1042?', { maxSteps: 10, stopWhen: ({ steps }) => steps.at(-1)?.content.endsWith('RESOLVED') ?? false });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'steps.at(-1)?.content',
            operation: '.endsWith()',
            role: 'custom `stopWhen` condition',
            listEffect:
              '`.endsWith()` on a list throws a TypeError, so this custom `stopWhen` condition crashes the run instead of ending it',
          },
          line: 4,
          column: 94,
          endLine: 4,
          endColumn: 124,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout: Mastra tools', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool with AbortSignal.timeout',
      options: [{ scope: 'tools' }],
      code: `
import { createTool } from '@mastra/core/tools';
export const lookupOrder = createTool({
  id: 'lookup-order',
  description: 'Look an order up',
  inputSchema,
  execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`, { signal: AbortSignal.timeout(10_000) })).json(),
});
`,
    },
    {
      name: 'a createTool of another library (scope: tools)',
      options: [{ scope: 'tools' }],
      code: `
import { createTool } from './tooling';
export const lookupOrder = createTool({ id: 'lookup-order', execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`)).json() });
`,
    },
  ],
  invalid: [
    {
      name: 'a tool named by its id',
      options: [{ scope: 'tools' }],
      code: `
import { createTool } from '@mastra/core/tools';
export const lookupOrder = createTool({
  id: 'lookup-order',
  description: 'Look an order up',
  inputSchema,
  execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`)).json(),
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookup-order`',
          },
          line: 7,
          column: 42,
          endLine: 7,
          endColumn: 47,
        },
      ],
    },
  ],
});

jsTester.run('require-fetch-timeout: Mastra tools (JavaScript)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool forwarding its abort signal in a JS file',
      options: [{ scope: 'tools' }],
      code: `
const { createTool } = require('@mastra/core/tools');
exports.lookupOrder = createTool({ id: 'lookup-order', execute: async ({ orderId }, { abortSignal }) => (await fetch(\`https://orders.example/\${orderId}\`, { signal: abortSignal })).json() });
`,
    },
  ],
  invalid: [
    {
      name: 'a tool method without a signal in a JS file',
      options: [{ scope: 'tools' }],
      code: `
const { createTool } = require('@mastra/core/tools');
exports.lookupOrder = createTool({
  id: 'lookup-order',
  async execute({ orderId }) {
    return (await fetch(\`https://orders.example/\${orderId}\`)).json();
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookup-order`',
          },
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 24,
        },
      ],
    },
  ],
});
