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

const NO_LIMITS = {
  missing: 'no `limits` in its options',
  effect: 'the agent loop has no turn limit (Strands sets none by default) and stops only when the model stops calling tools',
  fix: 'Pass a cap such as `limits: { turns: 20 }` in the options of the call.',
};
const STEPS_FIX = 'Set a finite `maxSteps` such as `maxSteps: 20`, or a `timeout` in milliseconds.';

tsTester.run('no-unbounded-agent-loop (Strands)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'invoke with a turn limit',
      code: `
import { Agent } from '@strands-agents/sdk';
const claimsAgent = new Agent({ systemPrompt: 'You settle insurance claims.' });
await claimsAgent.invoke('Settle claim 4411', { limits: { turns: 15 } });
`,
    },
    {
      name: 'a token cap bounds the loop too',
      code: `
import { Agent } from '@strands-agents/sdk';
const claimsAgent = new Agent({ systemPrompt: 'You settle insurance claims.' });
await claimsAgent.invoke('Settle claim 4411', { limits: { totalTokens: 200_000 } });
`,
    },
    {
      name: 'a cancel signal with a deadline',
      code: `
import { Agent } from '@strands-agents/sdk';
const claimsAgent = new Agent({ systemPrompt: 'You settle insurance claims.' });
await claimsAgent.invoke('Settle claim 4411', { cancelSignal: AbortSignal.timeout(60_000) });
`,
    },
    {
      name: 'options from a parameter are not resolved (not strict)',
      code: `
import { Agent, type InvokeOptions } from '@strands-agents/sdk';
const claimsAgent = new Agent({ systemPrompt: 'You settle insurance claims.' });
export function settle(options: InvokeOptions) {
  return claimsAgent.invoke('Settle claim 4411', options);
}
`,
    },
    {
      name: 'an agent halting cannot trace to new Agent() is silent',
      code: `
import type { Agent } from '@strands-agents/sdk';
export function settle(claimsAgent: Agent) {
  return claimsAgent.invoke('Settle claim 4411');
}
`,
    },
    {
      name: 'an agent with interventions, whose hooks may cancel the loop',
      code: `
import { Agent, type InterventionHandler } from '@strands-agents/sdk';
declare const budgetGuard: InterventionHandler;
const claimsAgent = new Agent({ systemPrompt: 'You settle insurance claims.', interventions: [budgetGuard] });
await claimsAgent.invoke('Settle claim 4411');
`,
    },
    {
      name: 'an agent that the file cancels',
      code: `
import { Agent } from '@strands-agents/sdk';
const claimsAgent = new Agent({ systemPrompt: 'You settle insurance claims.' });
setTimeout(() => claimsAgent.cancel(), 60_000);
await claimsAgent.invoke('Settle claim 4411');
`,
    },
    {
      name: 'an agent on a scripted test model',
      code: `
import { Agent } from '@strands-agents/sdk';
import { MockMessageModel } from './fixtures/mock-message-model';
const model = new MockMessageModel().addTurn({ type: 'textBlock', text: 'Settled' });
const claimsAgent = new Agent({ model });
await claimsAgent.invoke('Settle claim 4411');
`,
    },
    {
      name: 'a Swarm with maxSteps',
      code: `
import { Agent, Swarm } from '@strands-agents/sdk';
const intake = new Agent({ id: 'intake' });
const adjuster = new Agent({ id: 'adjuster' });
export const claimsSwarm = new Swarm({ nodes: [intake, adjuster], maxSteps: 12 });
`,
    },
    {
      name: 'a Swarm with a timeout',
      code: `
import { Agent, Swarm } from '@strands-agents/sdk';
const intake = new Agent({ id: 'intake' });
const adjuster = new Agent({ id: 'adjuster' });
export const claimsSwarm = new Swarm({ nodes: [intake, adjuster], timeout: 120_000 });
`,
    },
    {
      name: 'an acyclic Graph needs no maxSteps',
      code: `
import { Agent, Graph } from '@strands-agents/sdk';
const intake = new Agent({ id: 'intake' });
const adjuster = new Agent({ id: 'adjuster' });
export const claimsGraph = new Graph({ nodes: [intake, adjuster], edges: [['intake', 'adjuster']] });
`,
    },
    {
      name: 'a cyclic Graph with maxSteps',
      code: `
import { Agent, Graph } from '@strands-agents/sdk';
const drafter = new Agent({ id: 'drafter' });
const reviewer = new Agent({ id: 'reviewer' });
export const reportGraph = new Graph({
  nodes: [drafter, reviewer],
  edges: [['drafter', 'reviewer'], { source: 'reviewer', target: 'drafter' }],
  maxSteps: 10,
});
`,
    },
    {
      name: 'a Graph whose edges halting cannot resolve',
      code: `
import { Graph, type EdgeDefinition } from '@strands-agents/sdk';
export function buildGraph(edges: EdgeDefinition[]) {
  return new Graph({ nodes: [], edges });
}
`,
    },
  ],
  invalid: [
    {
      name: 'invoke without limits',
      code: `
import { Agent } from '@strands-agents/sdk';
const claimsAgent = new Agent({ systemPrompt: 'You settle insurance claims.' });
const result = await claimsAgent.invoke('Settle claim 4411');
`,
      errors: [
        { messageId: 'missingBound', data: { api: 'claimsAgent.invoke', ...NO_LIMITS }, line: 4, column: 22, endLine: 4, endColumn: 40 },
      ],
    },
    {
      name: 'stream with empty limits, through a namespace import',
      code: `
import * as strands from '@strands-agents/sdk';
const claimsAgent = new strands.Agent();
for await (const event of claimsAgent.stream('Settle claim 4411', { limits: {} })) {
  console.info(event.type);
}
`,
      errors: [
        { messageId: 'missingBound', data: { api: 'claimsAgent.stream', ...NO_LIMITS }, line: 4, column: 27, endLine: 4, endColumn: 45 },
      ],
    },
    {
      name: 'a Swarm with neither maxSteps nor timeout',
      code: `
import { Agent, Swarm } from '@strands-agents/sdk';
const intake = new Agent({ id: 'intake' });
const adjuster = new Agent({ id: 'adjuster' });
export const claimsSwarm = new Swarm({ nodes: [intake, adjuster] });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Swarm',
            missing: 'neither `maxSteps` nor `timeout`',
            effect: 'its agents can hand off to each other indefinitely (Strands defaults both to `Infinity`)',
            fix: STEPS_FIX,
          },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'a Swarm with maxSteps: null',
      code: `
import { Agent, Swarm } from '@strands-agents/sdk';
const intake = new Agent({ id: 'intake' });
export const claimsSwarm = new Swarm({ nodes: [intake], maxSteps: null as unknown as number });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxSteps',
            example: 'maxSteps: 20',
            unit: 'steps',
            value: 'null',
            origin: '',
            effect:
              'which Strands replaces with `Infinity`, and no `timeout` is set either, so the agents hand off to each other until one of them answers',
          },
          line: 4,
          column: 57,
          endLine: 4,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'a cyclic Graph with neither maxSteps nor timeout',
      code: `
import { Agent, Graph } from '@strands-agents/sdk';
const drafter = new Agent({ id: 'drafter' });
const reviewer = new Agent({ id: 'reviewer' });
export const reportGraph = new Graph({
  nodes: [drafter, reviewer],
  edges: [['drafter', 'reviewer'], { source: 'reviewer', target: 'drafter' }],
});
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Graph',
            missing: 'a cycle (`drafter` → `reviewer` → `drafter`) and neither `maxSteps` nor `timeout`',
            effect: 'the cycle repeats for as long as its edge handlers let it (Strands defaults both limits to `Infinity`)',
            fix: STEPS_FIX,
          },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 37,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (Strands, JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'invoke with a turn limit through require',
      code: `
const { Agent } = require('@strands-agents/sdk');
const claimsAgent = new Agent();
claimsAgent.invoke('Settle claim 4411', { limits: { turns: 8 } });
`,
    },
  ],
  invalid: [
    {
      name: 'invoke without options through require',
      code: `
const { Agent } = require('@strands-agents/sdk');
const claimsAgent = new Agent();
claimsAgent.invoke('Settle claim 4411');
`,
      errors: [
        { messageId: 'missingBound', data: { api: 'claimsAgent.invoke', ...NO_LIMITS }, line: 4, column: 1, endLine: 4, endColumn: 19 },
      ],
    },
  ],
});

tsTester.run('safe-termination-check (Strands)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'an edge handler that reads the text blocks',
      code: `
import { Agent, Graph } from '@strands-agents/sdk';
const drafter = new Agent({ id: 'drafter' });
const reviewer = new Agent({ id: 'reviewer' });
export const reportGraph = new Graph({
  nodes: [drafter, reviewer],
  edges: [
    ['drafter', 'reviewer'],
    {
      source: 'reviewer',
      target: 'drafter',
      handler: (state) => !(state.node('reviewer')?.content ?? []).some((block) => block.type === 'textBlock' && block.text.includes('APPROVED')),
    },
  ],
  maxSteps: 10,
});
`,
    },
  ],
  invalid: [
    {
      name: 'an edge handler that uses node content as a string',
      code: `
import { Agent, Graph } from '@strands-agents/sdk';
const drafter = new Agent({ id: 'drafter' });
const reviewer = new Agent({ id: 'reviewer' });
export const reportGraph = new Graph({
  nodes: [drafter, reviewer],
  edges: [
    ['drafter', 'reviewer'],
    { source: 'reviewer', target: 'drafter', handler: (state) => !state.node('reviewer')?.content.includes('APPROVED') },
  ],
  maxSteps: 10,
});
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: "state.node('reviewer')?.content",
            operation: '.includes()',
            role: 'edge `handler` of a `Graph`',
            listEffect: '`.includes()` on a list is quietly false, so this edge `handler` of a `Graph` never sees the stop word there',
          },
          line: 9,
          column: 67,
          endLine: 9,
          endColumn: 107,
        },
      ],
    },
    {
      name: 'an edge handler held in a const, whose endsWith throws on list content',
      code: `
import { Agent, Graph } from '@strands-agents/sdk';
const drafter = new Agent({ id: 'drafter' });
const reviewer = new Agent({ id: 'reviewer' });
const backToDrafter = { source: 'reviewer', target: 'drafter', handler: (state) => !state.node('reviewer')?.content.endsWith('APPROVED') };
export const reportGraph = new Graph({ nodes: [drafter, reviewer], edges: [['drafter', 'reviewer'], backToDrafter], maxSteps: 10 });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: "state.node('reviewer')?.content",
            operation: '.endsWith()',
            role: 'edge `handler` of a `Graph`',
            listEffect:
              '`.endsWith()` on a list throws a TypeError, so this edge `handler` of a `Graph` crashes the run instead of ending it',
          },
          line: 5,
          column: 85,
          endLine: 5,
          endColumn: 125,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout (Strands tools)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool that forwards the agent cancel signal',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@strands-agents/sdk';
import { z } from 'zod';
export const policyLookup = tool({
  name: 'policy_lookup',
  description: 'Look up a policy',
  inputSchema: z.object({ policyId: z.string() }),
  callback: async ({ policyId }, context) => {
    const response = await fetch(\`https://policies.internal/\${policyId}\`, { signal: context?.agent.cancelSignal });
    return response.text();
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'a tool callback with a fetch and no signal',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@strands-agents/sdk';
import { z } from 'zod';
export const policyLookup = tool({
  name: 'policy_lookup',
  description: 'Look up a policy',
  inputSchema: z.object({ policyId: z.string() }),
  callback: async ({ policyId }) => {
    const response = await fetch(\`https://policies.internal/\${policyId}\`);
    return response.text();
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `policy_lookup`' },
          line: 9,
          column: 28,
          endLine: 9,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'a FunctionTool callback with a fetch and no signal',
      options: [{ scope: 'tools' }],
      code: `
import { FunctionTool } from '@strands-agents/sdk';
export const ratesTool = new FunctionTool({
  name: 'exchange_rates',
  description: 'Today rates',
  inputSchema: { type: 'object', properties: {} },
  callback: async () => (await fetch('https://rates.internal/today')).json(),
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `exchange_rates`' },
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 37,
        },
      ],
    },
  ],
});
