import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as FetchOptions } from '../../src/analyzer/checks/require-fetch-timeout.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import fetchRule from '../../src/rules/require-fetch-timeout.js';
import { jsTester, tsTester } from '../rules/testers.js';

// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const requireFetchTimeout = fetchRule as unknown as Parameters<typeof tsTester.run<string, [Partial<FetchOptions>?]>>[1];

const NULL_EFFECT =
  'which the Agents SDK documents as no limit (leaving it out keeps the default of 10 turns), so the run stops only when the model produces a final output';

tsTester.run('no-unbounded-agent-loop (OpenAI Agents)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite maxTurns',
      code: `
import { Agent, run } from '@openai/agents';
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await run(triageDesk, 'Where is my refund?', { maxTurns: 20 });
`,
    },
    {
      name: 'no options keep the default of 10 turns',
      code: `
import { Agent, run } from '@openai/agents';
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await run(triageDesk, 'Where is my refund?');
`,
    },
    {
      name: 'an explicit undefined keeps the default of 10 turns',
      code: `
import { Agent, run } from '@openai/agents';
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await run(triageDesk, 'Where is my refund?', { maxTurns: undefined });
`,
    },
    {
      name: 'zero turns is a bound (the run throws before the first turn)',
      code: `
import { Agent, run } from '@openai/agents';
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await run(triageDesk, 'Where is my refund?', { maxTurns: 0 });
`,
    },
    {
      name: 'the Runner config has no maxTurns, so a null there is ignored',
      code: `
import { Runner } from '@openai/agents';
const billingRunner = new Runner({ maxTurns: null } as never);
`,
    },
    {
      name: 'a maxTurns from a parameter is not resolved (not strict)',
      code: `
import { Agent, run } from '@openai/agents';
export async function answer(desk: Agent, turnLimit: number | null) {
  return run(desk, 'Where is my refund?', { maxTurns: turnLimit });
}
`,
    },
    {
      name: 'a run function that is not the SDK one',
      code: `
import { run } from './job-queue';
await run('nightly-report', 'now', { maxTurns: null });
`,
    },
    {
      name: 'a .run method on a receiver in a file that does not import Runner',
      code: `
import { Agent } from '@openai/agents';
export function schedule(queue: { run(name: string, input: string, options: object): void }) {
  queue.run('triage', 'now', { maxTurns: null });
}
`,
    },
  ],
  invalid: [
    {
      name: 'maxTurns: null, documented as no limit',
      code: `
import { Agent, run } from '@openai/agents';
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await run(triageDesk, 'Where is my refund?', { maxTurns: null });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { option: 'maxTurns', example: 'maxTurns: 10', unit: 'turns', value: 'null', origin: '', effect: NULL_EFFECT },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 62,
        },
      ],
    },
    {
      name: 'Infinity through an aliased import of @openai/agents-core',
      code: `
import { Agent, run as runAgent } from '@openai/agents-core';
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await runAgent(triageDesk, 'Where is my refund?', { maxTurns: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 10',
            unit: 'turns',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 4,
          column: 53,
          endLine: 4,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'a count above maxBound through a namespace import',
      code: `
import * as agents from '@openai/agents';
const triageDesk = new agents.Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await agents.run(triageDesk, 'Where is my refund?', { maxTurns: 5000 });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: { option: 'maxTurns', example: 'maxTurns: 10', unit: 'turns', value: '5000', origin: '', maxBound: '1000' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 69,
        },
      ],
    },
    {
      name: 'runner.run with options held in a const',
      code: `
import { Agent, Runner } from '@openai/agents';
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
const openEnded = { maxTurns: null };
const billingRunner = new Runner();
await billingRunner.run(triageDesk, 'Where is my refund?', openEnded);
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { option: 'maxTurns', example: 'maxTurns: 10', unit: 'turns', value: 'null', origin: '', effect: NULL_EFFECT },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'a value from a const object is reported with its origin',
      code: `
import { Agent, run } from '@openai/agents';
const LIMITS = { turns: null };
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
await run(triageDesk, 'Where is my refund?', { maxTurns: LIMITS.turns });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 10',
            unit: 'turns',
            value: 'null',
            origin: ' (from `LIMITS.turns`, line 3)',
            effect: NULL_EFFECT,
          },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'the nested run of agent.asTool',
      code: `
import { Agent } from '@openai/agents';
const refundsDesk = new Agent({ name: 'refunds_desk', instructions: 'Handle refunds.' });
export const refundsTool = refundsDesk.asTool({
  toolName: 'refunds',
  toolDescription: 'Handles refunds',
  runOptions: { maxTurns: null },
});
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { option: 'maxTurns', example: 'maxTurns: 10', unit: 'turns', value: 'null', origin: '', effect: NULL_EFFECT },
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'a runner held in a field, in a file that imports Runner',
      code: `
import { Agent, Runner } from '@openai/agents';
export class SupportService {
  constructor(private readonly runner: Runner, private readonly desk: Agent) {}
  answer(question: string) {
    return this.runner.run(this.desk, question, { maxTurns: null });
  }
}
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { option: 'maxTurns', example: 'maxTurns: 10', unit: 'turns', value: 'null', origin: '', effect: NULL_EFFECT },
          line: 6,
          column: 51,
          endLine: 6,
          endColumn: 65,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (OpenAI Agents, JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite maxTurns through require',
      code: `
const { Agent, run } = require('@openai/agents');
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
run(triageDesk, 'Where is my refund?', { maxTurns: 12 });
`,
    },
  ],
  invalid: [
    {
      name: 'maxTurns: null through require',
      code: `
const { Agent, run } = require('@openai/agents');
const triageDesk = new Agent({ name: 'triage_desk', instructions: 'Route billing questions.' });
run(triageDesk, 'Where is my refund?', { maxTurns: null });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: { option: 'maxTurns', example: 'maxTurns: 10', unit: 'turns', value: 'null', origin: '', effect: NULL_EFFECT },
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 56,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout (OpenAI Agents tools)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a tool that forwards the signal the SDK passes to execute',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@openai/agents';
import { z } from 'zod';
export const lookupPolicy = tool({
  name: 'lookup_policy',
  description: 'Look up a policy by id',
  parameters: z.object({ policyId: z.string() }),
  execute: async ({ policyId }, _context, details) => {
    const response = await fetch(\`https://policies.internal/\${policyId}\`, { signal: details?.signal });
    return response.text();
  },
});
`,
    },
    {
      name: 'a fetch outside any tool body, under scope "tools"',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@openai/agents';
export async function warmCache() {
  await fetch('https://policies.internal/warm');
}
`,
    },
  ],
  invalid: [
    {
      name: 'a fetch with no signal inside tool execute',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@openai/agents';
import { z } from 'zod';
export const lookupPolicy = tool({
  name: 'lookup_policy',
  description: 'Look up a policy by id',
  parameters: z.object({ policyId: z.string() }),
  execute: async ({ policyId }) => {
    const response = await fetch(\`https://policies.internal/\${policyId}\`);
    return response.text();
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `lookup_policy`' },
          line: 9,
          column: 28,
          endLine: 9,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'an execute method without a name option takes the method name',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@openai/agents';
export const lookupPolicy = tool({
  description: 'Look up a policy by id',
  parameters: { type: 'object', properties: {}, required: [], additionalProperties: false },
  async execute() {
    const response = await fetch('https://policies.internal/latest');
    return response.text();
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `execute`' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 33,
        },
      ],
    },
  ],
});
