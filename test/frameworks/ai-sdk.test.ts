import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as FetchOptions } from '../../src/analyzer/checks/require-fetch-timeout.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import fetchRule from '../../src/rules/require-fetch-timeout.js';
import terminationRule from '../../src/rules/safe-termination-check.js';
import { jsTester, tsTester } from '../rules/testers.js';

// Vercel AI SDK (`ai`): the adapter in src/analyzer/frameworks/ai-sdk.ts, through each rule it feeds.
// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const requireFetchTimeout = fetchRule as unknown as Parameters<typeof tsTester.run<string, [Partial<FetchOptions>?]>>[1];
const safeTerminationCheck = terminationRule as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];

tsTester.run('no-unbounded-agent-loop: Vercel AI SDK', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'generateText without stopWhen makes one step',
      code: `
import { generateText } from 'ai';
const reply = await generateText({ model, tools: { lookupOrder }, prompt: 'Where is order 1042?' });
`,
    },
    {
      name: 'a finite stepCountIs',
      code: `
import { generateText, stepCountIs } from 'ai';
const reply = await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(5), prompt: 'Where is order 1042?' });
`,
    },
    {
      name: 'a step cap beside hasToolCall (the docs pattern)',
      code: `
import { generateText, hasToolCall, stepCountIs } from 'ai';
const report = await generateText({
  model,
  tools: { searchArchive, submitReport },
  stopWhen: [stepCountIs(10), hasToolCall('submitReport')],
  prompt: 'Summarise the incident.',
});
`,
    },
    {
      name: 'a finite isStepCount (v7)',
      code: `
import { isStepCount, streamText } from 'ai';
const stream = streamText({ model, tools: { lookupOrder }, stopWhen: isStepCount(8), prompt: 'Track order 1042.' });
`,
    },
    {
      name: 'ToolLoopAgent without stopWhen keeps its cap of 20 steps',
      code: `
import { ToolLoopAgent } from 'ai';
const researcher = new ToolLoopAgent({ model, tools: { searchArchive } });
`,
    },
    {
      name: 'ToolLoopAgent with isLoopFinished beside a step cap',
      code: `
import { ToolLoopAgent, isLoopFinished, stepCountIs } from 'ai';
const researcher = new ToolLoopAgent({ model, tools: { searchArchive }, stopWhen: [isLoopFinished(), stepCountIs(30)] });
`,
    },
    {
      name: 'a valid count beside one that never matches',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: [stepCountIs(0), stepCountIs(8)] });
`,
    },
    {
      name: 'hasToolCall beside a custom condition that may fire',
      code: `
import { generateText, hasToolCall } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: [hasToolCall('closeTicket'), ({ steps }) => steps.length >= 12] });
`,
    },
    {
      name: 'stopWhen: [] in an object that is not an AI SDK call',
      code: `
const retryPolicy = { stopWhen: [], attempts: 3 };
export default retryPolicy;
`,
    },
    {
      name: 'a generateText of another library',
      code: `
import { generateText, hasToolCall } from './llm-wrapper';
await generateText({ model, tools: { lookupOrder }, stopWhen: hasToolCall('closeTicket') });
`,
    },
    {
      name: 'hasToolCall without tools: the model cannot ask for a second step',
      code: `
import { generateText, hasToolCall } from 'ai';
await generateText({ model, stopWhen: hasToolCall('closeTicket'), prompt: 'Say hello.' });
`,
    },
    {
      name: 'v4 maxSteps: 0 throws instead of looping',
      code: `
import { generateText } from 'ai';
await generateText({ model, tools: { lookupOrder }, maxSteps: 0 });
`,
    },
    {
      name: 'v4 finite maxSteps',
      code: `
import { generateText } from 'ai';
await generateText({ model, tools: { lookupOrder }, maxSteps: 5 });
`,
    },
    {
      name: 'v4 maxSteps: 2.5 still stops after three steps',
      code: `
import { streamText } from 'ai';
streamText({ model, tools: { lookupOrder }, maxSteps: 2.5 });
`,
    },
    {
      name: 'a leftover maxSteps beside stopWhen is ignored (v5+)',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, maxSteps: Infinity, stopWhen: stepCountIs(6) });
`,
    },
    {
      name: 'stopWhen from a parameter (not strict)',
      code: `
import { generateText, type StopCondition } from 'ai';
export async function answer(stopWhen: StopCondition<any>) {
  return generateText({ model, tools: { lookupOrder }, stopWhen });
}
`,
    },
    {
      name: 'a step count from a parameter (not strict)',
      code: `
import { generateText, stepCountIs } from 'ai';
export async function answer(stepLimit: number) {
  return generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(stepLimit) });
}
`,
    },
    {
      name: 'an explicit undefined stopWhen keeps the default',
      code: `
import { generateText } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: undefined });
`,
    },
  ],
  invalid: [
    {
      name: 'stopWhen: [] never fires',
      code: `
import { generateText } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: [] });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'generateText',
            missing: '`stopWhen: []`, an empty list of stop conditions',
            effect:
              'the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model stops calling tools',
            fix: 'Set a step cap such as `stopWhen: stepCountIs(10)`.',
          },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'isLoopFinished() on streamText',
      code: `
import { isLoopFinished, streamText } from 'ai';
const stream = streamText({ model, tools: { lookupOrder }, stopWhen: isLoopFinished() });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'streamText',
            missing: '`stopWhen: isLoopFinished()`, a condition that is never true',
            effect:
              'the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model stops calling tools',
            fix: 'Set a step cap such as `stopWhen: stepCountIs(10)`.',
          },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 86,
        },
      ],
    },
    {
      name: 'only hasToolCall drops the one-step default',
      code: `
import { generateText, hasToolCall } from 'ai';
const report = await generateText({
  model,
  tools: { searchArchive, submitReport },
  stopWhen: hasToolCall('submitReport'),
  prompt: 'Summarise the incident.',
});
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'generateText',
            missing: "a `stopWhen` of only `hasToolCall('submitReport')`",
            effect:
              'the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model calls `submitReport` or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('submitReport'), stepCountIs(10)]`.",
          },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'stepCountIs(0) never matches',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(0) });
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
          column: 63,
          endLine: 3,
          endColumn: 77,
        },
      ],
    },
    {
      name: 'a negative step count never matches',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(-3) });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: '-3',
            origin: '',
            effect:
              'which never matches: `stepCountIs` compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
          },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 78,
        },
      ],
    },
    {
      name: 'a fractional step count never matches',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(2.5) });
`,
      errors: [
        {
          messageId: 'invalidValue',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: '2.5',
            origin: '',
            minimum: '1',
          },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'a NaN step count never matches',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(NaN) });
`,
      errors: [
        {
          messageId: 'invalidValue',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: 'NaN',
            origin: '',
            minimum: '1',
          },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'an Infinity step count',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(Infinity) });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 84,
        },
      ],
    },
    {
      name: 'a step count of 0 from a const',
      code: `
import { generateText, stepCountIs } from 'ai';
const STEP_LIMIT = 0;
await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(STEP_LIMIT) });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: '0',
            origin: ' (from `STEP_LIMIT`, line 3)',
            effect:
              'which never matches: `stepCountIs` compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
          },
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 86,
        },
      ],
    },
    {
      name: 'a step count above maxBound',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(5000) });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: '5000',
            origin: '',
            maxBound: '1000',
          },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'stepCountIs(0) beside hasToolCall',
      code: `
import { generateText, hasToolCall, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: [stepCountIs(0), hasToolCall('closeTicket')] });
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
          column: 64,
          endLine: 3,
          endColumn: 78,
        },
      ],
    },
    {
      name: 'stopWhen spread from a const',
      code: `
import { generateText, hasToolCall } from 'ai';
const loopSettings = { stopWhen: hasToolCall('closeTicket') };
await generateText({ model, tools: { lookupOrder }, ...loopSettings });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'generateText',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect:
              'the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('closeTicket'), stepCountIs(10)]`.",
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 60,
        },
      ],
    },
    {
      name: 'ToolLoopAgent: hasToolCall alone drops the 20-step cap',
      code: `
import { ToolLoopAgent, hasToolCall } from 'ai';
const researcher = new ToolLoopAgent({ model, tools: { searchArchive, submitReport }, stopWhen: hasToolCall('submitReport') });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'ToolLoopAgent',
            missing: "a `stopWhen` of only `hasToolCall('submitReport')`",
            effect:
              'the default cap of 20 steps no longer applies, and the loop stops only when the model calls `submitReport` or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('submitReport'), stepCountIs(20)]`.",
          },
          line: 3,
          column: 87,
          endLine: 3,
          endColumn: 124,
        },
      ],
    },
    {
      name: 'Experimental_Agent under an alias',
      code: `
import { Experimental_Agent as Agent, isLoopFinished } from 'ai';
const researcher = new Agent({ model, tools: { searchArchive }, stopWhen: isLoopFinished() });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Agent',
            missing: '`stopWhen: isLoopFinished()`, a condition that is never true',
            effect:
              'the default step cap (20 steps from v6 on, one step in v5) no longer applies, and the loop stops only when the model stops calling tools',
            fix: 'Set a step cap such as `stopWhen: stepCountIs(20)`.',
          },
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'a namespace import',
      code: `
import * as ai from 'ai';
await ai.generateText({ model, tools: { lookupOrder }, stopWhen: [ai.hasToolCall('closeTicket'), ai.hasToolCall('escalate')] });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'ai.generateText',
            missing: "a `stopWhen` of only `ai.hasToolCall('closeTicket')` and `ai.hasToolCall('escalate')`",
            effect:
              'the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model calls `closeTicket` or `escalate`, or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [ai.hasToolCall('closeTicket'), ai.hasToolCall('escalate'), ai.stepCountIs(10)]`.",
          },
          line: 3,
          column: 56,
          endLine: 3,
          endColumn: 125,
        },
      ],
    },
    {
      name: 'v7 isStepCount: the fix uses the imported name',
      code: `
import { generateText, hasToolCall, isStepCount } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: hasToolCall('closeTicket') });
const capped = await generateText({ model, tools: { lookupOrder }, stopWhen: isStepCount(0) });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'generateText',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect:
              'the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('closeTicket'), isStepCount(10)]`.",
          },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 89,
        },
        {
          messageId: 'unboundedValue',
          data: {
            option: 'isStepCount',
            example: 'isStepCount(10)',
            unit: 'steps',
            value: '0',
            origin: '',
            effect:
              'which never matches: `isStepCount` compares the number of finished steps, 1 or more, with `===`, so the loop stops only when the model decides to',
          },
          line: 4,
          column: 78,
          endLine: 4,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'v4 maxSteps: Infinity',
      code: `
import { generateText } from 'ai';
await generateText({ model, tools: { lookupOrder }, maxSteps: Infinity });
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
          column: 53,
          endLine: 3,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'v4 maxSteps: Number.MAX_SAFE_INTEGER',
      code: `
import { streamText } from 'ai';
streamText({ model, tools: { lookupOrder }, maxSteps: Number.MAX_SAFE_INTEGER });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: 'Number.MAX_SAFE_INTEGER',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 78,
        },
      ],
    },
    {
      name: 'v4 maxSteps above maxBound',
      options: [{ maxBound: 50 }],
      code: `
import { generateText } from 'ai';
await generateText({ model, tools: { lookupOrder }, maxSteps: 200 });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 10',
            unit: 'steps',
            value: '200',
            origin: '',
            maxBound: '50',
          },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'a step count from a parameter (strict)',
      options: [{ strict: true }],
      code: `
import { generateText, stepCountIs } from 'ai';
export async function answer(stepLimit: number) {
  return generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(stepLimit) });
}
`,
      errors: [
        {
          messageId: 'unknownValue',
          data: {
            option: 'stepCountIs',
            example: 'stepCountIs(10)',
            unit: 'steps',
            value: 'stepLimit',
            reason: 'it comes from a parameter',
          },
          line: 4,
          column: 66,
          endLine: 4,
          endColumn: 88,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop: Vercel AI SDK (JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'require with a finite step count',
      code: `
const { generateText, stepCountIs } = require('ai');
generateText({ model, tools: { lookupOrder }, stopWhen: stepCountIs(6) });
`,
    },
  ],
  invalid: [
    {
      name: 'require with only hasToolCall',
      code: `
const { generateText, hasToolCall } = require('ai');
generateText({ model, tools: { lookupOrder }, stopWhen: hasToolCall('closeTicket') });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'generateText',
            missing: "a `stopWhen` of only `hasToolCall('closeTicket')`",
            effect:
              'the default of a single step (`stepCountIs(1)`) no longer applies, and the loop stops only when the model calls `closeTicket` or stops calling tools',
            fix: "Add a step cap beside it, such as `stopWhen: [hasToolCall('closeTicket'), stepCountIs(10)]`.",
          },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 83,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check: Vercel AI SDK', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a custom stopWhen reading step text',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, tools: { lookupOrder }, stopWhen: [stepCountIs(10), ({ steps }) => steps.at(-1)?.text.includes('RESOLVED') ?? false] });
`,
    },
    {
      name: 'a stopWhen function in an object that is not an AI SDK call',
      code: `
const poller = { stopWhen: (message: { content: string }) => message.content.endsWith('DONE') };
export default poller;
`,
    },
  ],
  invalid: [
    {
      name: 'a custom stopWhen that trims step content',
      code: `
import { generateText } from 'ai';
const isResolved = ({ steps }) => steps[steps.length - 1].content.trim().endsWith('RESOLVED');
await generateText({ model, tools: { lookupOrder }, stopWhen: isResolved });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'steps[steps.length - 1].content',
            operation: '.trim()',
            role: 'custom `stopWhen` condition',
            listEffect: '`.trim()` on a list throws a TypeError, so this custom `stopWhen` condition crashes the run instead of ending it',
          },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'a custom ToolLoopAgent condition reading response message content',
      code: `
import { ToolLoopAgent, stepCountIs } from 'ai';
const researcher = new ToolLoopAgent({
  model,
  tools: { searchArchive },
  stopWhen: [stepCountIs(20), ({ steps }) => steps.some((step) => step.response.messages.some((message) => message.content.includes('FINAL')))],
});
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.content',
            operation: '.includes()',
            role: 'custom `stopWhen` condition',
            listEffect: '`.includes()` on a list is quietly false, so this custom `stopWhen` condition never sees the stop word there',
          },
          line: 6,
          column: 108,
          endLine: 6,
          endColumn: 132,
        },
      ],
    },
  ],
});

jsTester.run('safe-termination-check: Vercel AI SDK (JavaScript)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a stopWhen reading step text in a JS file',
      code: `
import { streamText } from 'ai';
streamText({ model, tools: { lookupOrder }, stopWhen: ({ steps }) => steps.length > 6 || steps.at(-1).text.includes('RESOLVED') });
`,
    },
  ],
  invalid: [
    {
      name: 'a stopWhen comparing step content in a JS file',
      code: `
import { streamText } from 'ai';
streamText({ model, tools: { lookupOrder }, stopWhen: ({ steps }) => steps.at(-1).content === 'RESOLVED' });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'steps.at(-1).content',
            operation: "=== 'RESOLVED'",
            role: 'custom `stopWhen` condition',
            listEffect: "`=== 'RESOLVED'` on a list is quietly false, so this custom `stopWhen` condition never sees the stop word there",
          },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 105,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout: Vercel AI SDK tools', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool that forwards the abort signal',
      options: [{ scope: 'tools' }],
      code: `
import { generateText, tool } from 'ai';
import { z } from 'zod';
await generateText({
  model,
  tools: {
    lookupOrder: tool({
      description: 'Look an order up',
      inputSchema: z.object({ orderId: z.string() }),
      execute: async ({ orderId }, { abortSignal }) => (await fetch(\`https://orders.example/\${orderId}\`, { signal: abortSignal })).json(),
    }),
  },
});
`,
    },
    {
      name: 'a fetch outside any tool (scope: tools)',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'ai';
const catalog = await fetch('https://catalog.example/items');
export const listItems = tool({ description: 'List items', execute: async () => catalog.json() });
`,
    },
    {
      name: 'a tool() of another library (scope: tools)',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from './tools';
export const lookupOrder = tool({ execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`)).json() });
`,
    },
  ],
  invalid: [
    {
      name: 'a tool named by its key in tools',
      options: [{ scope: 'tools' }],
      code: `
import { generateText, tool } from 'ai';
import { z } from 'zod';
await generateText({
  model,
  tools: {
    lookupOrder: tool({
      description: 'Look an order up',
      inputSchema: z.object({ orderId: z.string() }),
      execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`)).json(),
    }),
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookupOrder`',
          },
          line: 10,
          column: 46,
          endLine: 10,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'a tool named by its const, with an execute method',
      options: [{ scope: 'tools' }],
      code: `
import { dynamicTool } from 'ai';
export const lookupOrder = dynamicTool({
  description: 'Look an order up',
  inputSchema,
  async execute(input) {
    return (await fetch('https://orders.example/lookup', { method: 'POST', body: JSON.stringify(input) })).json();
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookupOrder`',
          },
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'a tool made by a factory is named by the factory',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'ai';
export const createDocument = (session: { userId: string }) =>
  tool({
    description: 'Create a document',
    inputSchema,
    execute: async ({ title }) => (await fetch('https://docs.example/api', { method: 'POST', body: JSON.stringify({ title, owner: session.userId }) })).json(),
  });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `createDocument`',
          },
          line: 7,
          column: 42,
          endLine: 7,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'a plain tool object in ToolLoopAgent tools',
      options: [{ scope: 'tools' }],
      code: `
import { ToolLoopAgent } from 'ai';
const researcher = new ToolLoopAgent({
  model,
  tools: { searchArchive: { description: 'Search', inputSchema, execute: async ({ query }) => (await fetch(\`https://archive.example/?q=\${query}\`)).json() } },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `searchArchive`',
          },
          line: 5,
          column: 102,
          endLine: 5,
          endColumn: 107,
        },
      ],
    },
  ],
});

jsTester.run('require-fetch-timeout: Vercel AI SDK tools (JavaScript)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool with AbortSignal.timeout in a JS file',
      options: [{ scope: 'tools' }],
      code: `
const { tool } = require('ai');
const lookupOrder = tool({ execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`, { signal: AbortSignal.timeout(10_000) })).json() });
`,
    },
  ],
  invalid: [
    {
      name: 'a tool without a signal in a JS file',
      options: [{ scope: 'tools' }],
      code: `
const { tool } = require('ai');
const lookupOrder = tool({ execute: async ({ orderId }) => (await fetch(\`https://orders.example/\${orderId}\`)).json() });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookupOrder`',
          },
          line: 3,
          column: 67,
          endLine: 3,
          endColumn: 72,
        },
      ],
    },
  ],
});
