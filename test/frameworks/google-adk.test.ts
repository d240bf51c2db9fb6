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

const LOOP_AGENT = {
  api: 'LoopAgent',
  missing: 'no `maxIterations`',
  effect:
    'it repeats its sub-agents until one of them escalates (an exit-loop tool), the run is aborted, or the run uses up its `maxLlmCalls` (500 by default)',
  fix: 'Set a finite `maxIterations` such as `maxIterations: 5`.',
};
const NO_LLM_CALL_LIMIT =
  'which ADK treats as no limit (it logs a warning and enforces nothing), so the run stops only when the model decides to';

tsTester.run('no-unbounded-agent-loop (Google ADK)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a LoopAgent with a finite maxIterations',
      code: `
import { LlmAgent, LoopAgent } from '@google/adk';
const draftCritic = new LlmAgent({ name: 'draft_critic', model: 'gemini-2.5-flash', instruction: 'Critique the draft.' });
export const refineLoop = new LoopAgent({ name: 'refine_loop', subAgents: [draftCritic], maxIterations: 5 });
`,
    },
    {
      name: 'zero iterations is a bound',
      code: `
import { LoopAgent } from '@google/adk';
export const idleLoop = new LoopAgent({ name: 'idle_loop', subAgents: [], maxIterations: 0 });
`,
    },
    {
      name: 'a LoopAgent config halting cannot resolve (not strict)',
      code: `
import { LoopAgent, type LoopAgentConfig } from '@google/adk';
export function buildLoop(config: LoopAgentConfig) {
  return new LoopAgent(config);
}
`,
    },
    {
      name: 'a LoopAgent class of another library',
      code: `
import { LoopAgent } from './workflow-engine';
export const pollLoop = new LoopAgent({ name: 'poll_loop' });
`,
    },
    {
      name: 'a positive maxLlmCalls',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const helpDesk = new LlmAgent({ name: 'help_desk', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: helpDesk, appName: 'help_desk' });
for await (const event of runner.runAsync({ userId: 'ops', sessionId: 's-1', newMessage: { role: 'user', parts: [{ text: 'Reset my password' }] }, runConfig: { maxLlmCalls: 50 } })) {
  console.info(event.author);
}
`,
    },
    {
      name: 'a null maxLlmCalls keeps the default of 500',
      code: `
import { createRunConfig } from '@google/adk';
export const runConfig = createRunConfig({ maxLlmCalls: undefined });
`,
    },
    {
      name: 'Infinity makes createRunConfig throw, so no run starts',
      code: `
import { createRunConfig } from '@google/adk';
export const runConfig = createRunConfig({ maxLlmCalls: Infinity });
`,
    },
  ],
  invalid: [
    {
      name: 'a LoopAgent without maxIterations',
      code: `
import { LlmAgent, LoopAgent } from '@google/adk';
const draftCritic = new LlmAgent({ name: 'draft_critic', model: 'gemini-2.5-flash', instruction: 'Critique the draft.' });
export const refineLoop = new LoopAgent({ name: 'refine_loop', subAgents: [draftCritic] });
`,
      errors: [{ messageId: 'missingBound', data: LOOP_AGENT, line: 4, column: 31, endLine: 4, endColumn: 40 }],
    },
    {
      name: 'maxIterations: Number.MAX_SAFE_INTEGER through a namespace import',
      code: `
import * as adk from '@google/adk';
export const refineLoop = new adk.LoopAgent({ name: 'refine_loop', subAgents: [], maxIterations: Number.MAX_SAFE_INTEGER });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxIterations',
            example: 'maxIterations: 5',
            unit: 'iterations',
            value: 'Number.MAX_SAFE_INTEGER',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 121,
        },
      ],
    },
    {
      name: 'maxIterations: null falls back to Number.MAX_SAFE_INTEGER',
      code: `
import { LoopAgent } from '@google/adk';
export const refineLoop = new LoopAgent({ name: 'refine_loop', subAgents: [], maxIterations: null as unknown as number });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxIterations',
            example: 'maxIterations: 5',
            unit: 'iterations',
            value: 'null',
            origin: '',
            effect:
              'which ADK replaces with `Number.MAX_SAFE_INTEGER`, so the loop repeats its sub-agents until one of them escalates, the run is aborted or `maxLlmCalls` runs out',
          },
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 119,
        },
      ],
    },
    {
      name: 'maxLlmCalls: 0 in the runConfig of runAsync',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const helpDesk = new LlmAgent({ name: 'help_desk', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: helpDesk, appName: 'help_desk' });
const unlimited = { maxLlmCalls: 0 };
for await (const event of runner.runAsync({ userId: 'ops', sessionId: 's-1', newMessage: { role: 'user', parts: [{ text: 'Reset my password' }] }, runConfig: unlimited })) {
  console.info(event.author);
}
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxLlmCalls',
            example: 'maxLlmCalls: 500',
            unit: 'LLM calls',
            value: '0',
            origin: '',
            effect: NO_LLM_CALL_LIMIT,
          },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'a negative maxLlmCalls in createRunConfig',
      code: `
import { createRunConfig } from '@google/adk';
export const runConfig = createRunConfig({ maxLlmCalls: -1 });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxLlmCalls',
            example: 'maxLlmCalls: 500',
            unit: 'LLM calls',
            value: '-1',
            origin: '',
            effect: NO_LLM_CALL_LIMIT,
          },
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'a runner held in a field, in a file that imports ADK',
      code: `
import { Runner } from '@google/adk';
export class HelpDesk {
  constructor(private readonly runner: Runner) {}
  ask(text: string) {
    return this.runner.runAsync({ userId: 'ops', sessionId: 's-1', newMessage: { role: 'user', parts: [{ text }] }, runConfig: { maxLlmCalls: 0 } });
  }
}
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxLlmCalls',
            example: 'maxLlmCalls: 500',
            unit: 'LLM calls',
            value: '0',
            origin: '',
            effect: NO_LLM_CALL_LIMIT,
          },
          line: 6,
          column: 130,
          endLine: 6,
          endColumn: 144,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (Google ADK, JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a LoopAgent with maxIterations through require',
      code: `
const { LoopAgent } = require('@google/adk');
module.exports = new LoopAgent({ name: 'refine_loop', subAgents: [], maxIterations: 3 });
`,
    },
  ],
  invalid: [
    {
      name: 'a LoopAgent without maxIterations through require',
      code: `
const { LoopAgent } = require('@google/adk');
module.exports = new LoopAgent({ name: 'refine_loop', subAgents: [] });
`,
      errors: [{ messageId: 'missingBound', data: LOOP_AGENT, line: 3, column: 22, endLine: 3, endColumn: 31 }],
    },
  ],
});

tsTester.run('require-fetch-timeout (Google ADK tools)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a FunctionTool whose fetch has a timeout',
      options: [{ scope: 'tools' }],
      code: `
import { FunctionTool } from '@google/adk';
export const currencyRates = new FunctionTool({
  name: 'currency_rates',
  description: 'Today rates',
  execute: async () => (await fetch('https://rates.internal/today', { signal: AbortSignal.timeout(5000) })).json(),
});
`,
    },
  ],
  invalid: [
    {
      name: 'a FunctionTool execute with a fetch and no signal',
      options: [{ scope: 'tools' }],
      code: `
import { FunctionTool } from '@google/adk';
export const currencyRates = new FunctionTool({
  name: 'currency_rates',
  description: 'Today rates',
  execute: async () => (await fetch('https://rates.internal/today')).json(),
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `currency_rates`' },
          line: 6,
          column: 31,
          endLine: 6,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'a LongRunningFunctionTool with a named execute function',
      options: [{ scope: 'tools' }],
      code: `
import { LongRunningFunctionTool } from '@google/adk';
async function exportLedger() {
  const response = await fetch('https://ledger.internal/export', { method: 'POST' });
  return response.json();
}
export const ledgerExport = new LongRunningFunctionTool({ name: 'export_ledger', description: 'Export the ledger', execute: exportLedger });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `export_ledger`' },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
  ],
});

const EXIT = 'exit condition of a `for await` loop over an ADK runner';

tsTester.run('safe-termination-check (Google ADK)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'every hop after content is optional',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (event.content?.parts?.[0]?.text?.includes('APPROVED')) break;
}
`,
    },
    {
      name: 'a typeof guard on the text',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (typeof event.content?.parts?.[0]?.text === 'string' && event.content.parts[0].text.endsWith('APPROVED')) break;
}
`,
    },
    {
      name: 'ADK stringifyContent handles every shape',
      code: `
import { InMemoryRunner, LlmAgent, stringifyContent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (stringifyContent(event).includes('APPROVED')) break;
}
`,
    },
    {
      name: 'an early continue guards the parts, an optional hop the part',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (!event.content?.parts) continue;
  if (event.content.parts[0]?.text === 'APPROVED') break;
}
`,
    },
    {
      name: 'joined texts behind a truthiness guard on the parts',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (event.content?.parts && event.content.parts.map((part) => part.text ?? '').join('').includes('APPROVED')) break;
}
`,
    },
    {
      name: 'a text test that does not leave the loop',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (event.content.parts[0].text.includes('APPROVED')) console.info('approved');
}
`,
    },
    {
      name: 'a runner of another library',
      code: `
import { Runner } from './job-runner';
const runner = new Runner();
for await (const event of runner.runAsync({ jobId: 'nightly' })) {
  if (event.content.parts[0].text.includes('APPROVED')) break;
}
`,
    },
  ],
  invalid: [
    {
      name: 'includes on the first part text without any guard',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (event.content.parts[0].text.includes('APPROVED')) break;
}
`,
      errors: [
        {
          messageId: 'nullContent',
          data: { expression: 'event.content.parts[0].text', operation: '.includes()', role: EXIT },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'optional hops up to the text, then a plain call on it',
      code: `
import { Runner } from '@google/adk';
export async function review(runner: Runner) {
  for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
    if (event.content?.parts?.[0]?.text.endsWith('APPROVED')) return true;
  }
  return false;
}
`,
      errors: [
        {
          messageId: 'nullContent',
          data: { expression: 'event.content?.parts?.[0]?.text', operation: '.endsWith()', role: EXIT },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'a comparison through plain hops on an ephemeral run',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
for await (const event of runner.runEphemeral({ userId: 'u', newMessage: { parts: [{ text: 'Review it' }] } })) {
  if (event.content?.parts[0].text === 'APPROVED') break;
}
`,
      errors: [
        {
          messageId: 'nullContent',
          data: { expression: 'event.content?.parts[0].text', operation: "=== 'APPROVED'", role: EXIT },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'joined texts without a guard on the parts',
      code: `
import { InMemoryRunner, LlmAgent } from '@google/adk';
const reviewer = new LlmAgent({ name: 'reviewer', model: 'gemini-2.5-flash' });
const runner = new InMemoryRunner({ agent: reviewer, appName: 'review' });
const events = runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } });
for await (const event of events) {
  if (event.content.parts.map((part) => part.text).join('').includes('APPROVED')) break;
}
`,
      errors: [
        {
          messageId: 'nullContent',
          data: { expression: "event.content.parts.map((part) => part.text).join('')", operation: '.includes()', role: EXIT },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 69,
        },
      ],
    },
  ],
});

jsTester.run('safe-termination-check (Google ADK, JavaScript)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'optional hops in CommonJS',
      code: `
const { InMemoryRunner } = require('@google/adk');
async function review(agent) {
  const runner = new InMemoryRunner({ agent, appName: 'review' });
  for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
    if (/APPROVED/.test(event.content?.parts?.[0]?.text)) break;
  }
}
module.exports = { review };
`,
    },
  ],
  invalid: [
    {
      name: 'a regex test through plain hops in CommonJS',
      code: `
const { InMemoryRunner } = require('@google/adk');
async function review(agent) {
  const runner = new InMemoryRunner({ agent, appName: 'review' });
  for await (const event of runner.runAsync({ userId: 'u', sessionId: 's', newMessage: { parts: [{ text: 'Review it' }] } })) {
    if (/APPROVED/.test(event.content.parts[0].text)) break;
  }
}
module.exports = { review };
`,
      errors: [
        {
          messageId: 'nullContent',
          data: { expression: 'event.content.parts[0].text', operation: 'RegExp#test', role: EXIT },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 53,
        },
      ],
    },
  ],
});
