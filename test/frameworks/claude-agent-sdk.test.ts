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

const MISSING = {
  missing: 'no `maxTurns` in its options',
  effect: 'the agent loop has no turn limit (the SDK sets none by default) and stops only when the model ends its turn',
  fix: 'Set `options.maxTurns` to a finite count such as `maxTurns: 20`.',
};

tsTester.run('no-unbounded-agent-loop (Claude Agent SDK)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite maxTurns',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
for await (const message of query({ prompt: 'Fix the failing invoice test', options: { maxTurns: 20 } })) {
  if (message.type === 'result') break;
}
`,
    },
    {
      name: 'a cost cap ends the query too',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
query({ prompt: 'Fix the failing invoice test', options: { maxBudgetUsd: 2 } });
`,
    },
    {
      name: 'an abort controller the caller may fire',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
const controller = new AbortController();
setTimeout(() => controller.abort(), 60_000);
query({ prompt: 'Fix the failing invoice test', options: { abortController: controller } });
`,
    },
    {
      name: 'options from a parameter are not resolved (not strict)',
      code: `
import { query, type Options } from '@anthropic-ai/claude-agent-sdk';
export function review(options: Options) {
  return query({ prompt: 'Review the pull request', options });
}
`,
    },
    {
      name: 'options built by a spread halting cannot resolve',
      code: `
import { query, type Options } from '@anthropic-ai/claude-agent-sdk';
export function review(overrides: Partial<Options>) {
  return query({ prompt: 'Review the pull request', options: { model: 'sonnet', ...overrides } });
}
`,
    },
    {
      name: 'a negative count, whose reading the SDK does not document',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
query({ prompt: 'Fix the failing invoice test', options: { maxTurns: -1 } });
`,
    },
    {
      name: 'a query function from another package',
      code: `
import { query } from './database';
query({ prompt: 'select 1' });
`,
    },
  ],
  invalid: [
    {
      name: 'query without options',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
for await (const message of query({ prompt: 'Fix the failing invoice test' })) {
  if (message.type === 'result') console.info(message.subtype);
}
`,
      errors: [{ messageId: 'missingBound', data: { api: 'query', ...MISSING }, line: 3, column: 29, endLine: 3, endColumn: 34 }],
    },
    {
      name: 'options without maxTurns, through an aliased import',
      code: `
import { query as askClaude } from '@anthropic-ai/claude-agent-sdk';
const session = askClaude({ prompt: 'Fix the failing invoice test', options: { model: 'sonnet', permissionMode: 'acceptEdits' } });
`,
      errors: [{ messageId: 'missingBound', data: { api: 'query', ...MISSING }, line: 3, column: 17, endLine: 3, endColumn: 26 }],
    },
    {
      name: 'maxTurns: 0 is falsy, so no limit is passed on',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
query({ prompt: 'Fix the failing invoice test', options: { maxTurns: 0 } });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 20',
            unit: 'turns',
            value: '0',
            origin: '',
            effect:
              'which the SDK treats as no limit (it passes `--max-turns` only for a truthy value), so the agent runs until the model ends its turn',
          },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'maxTurns: Infinity from a const',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
const UNLIMITED = Infinity;
query({ prompt: 'Fix the failing invoice test', options: { maxTurns: UNLIMITED } });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 20',
            unit: 'turns',
            value: 'Infinity',
            origin: ' (from `UNLIMITED`, line 3)',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'options held in a const without maxTurns, passed to startup',
      code: `
import * as claude from '@anthropic-ai/claude-agent-sdk';
const reviewOptions = { model: 'sonnet', cwd: '/srv/repo' };
const warm = await claude.startup({ options: reviewOptions });
`,
      errors: [{ messageId: 'missingBound', data: { api: 'startup', ...MISSING }, line: 4, column: 20, endLine: 4, endColumn: 34 }],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (Claude Agent SDK, JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite maxTurns through require',
      code: `
const { query } = require('@anthropic-ai/claude-agent-sdk');
query({ prompt: 'Summarise the incident', options: { maxTurns: 8 } });
`,
    },
  ],
  invalid: [
    {
      name: 'maxTurns: null through require',
      code: `
const { query } = require('@anthropic-ai/claude-agent-sdk');
query({ prompt: 'Summarise the incident', options: { maxTurns: null } });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 20',
            unit: 'turns',
            value: 'null',
            origin: '',
            effect: 'which leaves the agent without a turn limit (the SDK has no default), so it runs until the model ends its turn',
          },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 68,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check (Claude Agent SDK)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'reading the text blocks of each assistant message',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
for await (const message of query({ prompt: 'Triage the alert', options: { maxTurns: 10 } })) {
  if (message.type !== 'assistant') continue;
  const done = message.message.content.some((block) => block.type === 'text' && block.text.includes('RESOLVED'));
  if (done) break;
}
`,
    },
    {
      name: 'the result string of the final message',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
for await (const message of query({ prompt: 'Triage the alert', options: { maxTurns: 10 } })) {
  if (message.type === 'result' && message.subtype === 'success' && message.result.includes('RESOLVED')) break;
}
`,
    },
    {
      name: 'an Array.isArray branch before the string test',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
for await (const message of query({ prompt: 'Triage the alert', options: { maxTurns: 10 } })) {
  if (message.type === 'assistant' && Array.isArray(message.message.content) && message.message.content.includes('RESOLVED')) break;
}
`,
    },
    {
      name: 'a content test that does not leave the loop',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
for await (const message of query({ prompt: 'Triage the alert', options: { maxTurns: 10 } })) {
  if (message.type === 'assistant' && message.message.content.includes('RESOLVED')) console.info('seen');
}
`,
    },
    {
      name: 'a for await over another stream, in a file that uses the SDK',
      code: `
import { createReadStream } from 'node:fs';
import { query } from '@anthropic-ai/claude-agent-sdk';
query({ prompt: 'Triage the alert', options: { maxTurns: 10 } });
for await (const message of createReadStream('/var/log/triage.log')) {
  if (message.content.includes('RESOLVED')) break;
}
`,
    },
  ],
  invalid: [
    {
      name: 'includes on assistant content, which is always a list of blocks',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
for await (const message of query({ prompt: 'Triage the alert', options: { maxTurns: 10 } })) {
  if (message.type === 'assistant' && message.message.content.includes('RESOLVED')) break;
}
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.message.content',
            operation: '.includes()',
            role: 'break condition of a `for await` loop over `query()`',
            listEffect:
              '`.includes()` on a list is quietly false, so this break condition of a `for await` loop over `query()` never sees the stop word there',
          },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'endsWith in a nested if that returns, on a query held in a const',
      code: `
import { query } from '@anthropic-ai/claude-agent-sdk';
export async function triage() {
  const session = query({ prompt: 'Triage the alert', options: { maxTurns: 10 } });
  for await (const message of session) {
    if (message.type === 'assistant') {
      if (message.message.content.endsWith('RESOLVED')) {
        return 'resolved';
      }
    }
  }
  return 'open';
}
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.message.content',
            operation: '.endsWith()',
            role: 'break condition of a `for await` loop over `query()`',
            listEffect:
              '`.endsWith()` on a list throws a TypeError, so this break condition of a `for await` loop over `query()` crashes the run instead of ending it',
          },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 43,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout (Claude Agent SDK tools)', requireFetchTimeout, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'an MCP tool whose fetch has a timeout',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@anthropic-ai/claude-agent-sdk';
import { z } from 'zod';
export const invoiceStatus = tool('invoice_status', 'Look up an invoice', { invoiceId: z.string() }, async ({ invoiceId }) => {
  const response = await fetch(\`https://billing.internal/invoices/\${invoiceId}\`, { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await response.text() }] };
});
`,
    },
  ],
  invalid: [
    {
      name: 'an MCP tool handler with a fetch and no signal',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from '@anthropic-ai/claude-agent-sdk';
import { z } from 'zod';
export const invoiceStatus = tool('invoice_status', 'Look up an invoice', { invoiceId: z.string() }, async ({ invoiceId }) => {
  const response = await fetch(\`https://billing.internal/invoices/\${invoiceId}\`);
  return { content: [{ type: 'text', text: await response.text() }] };
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `invoice_status`' },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'a tool definition written inline in createSdkMcpServer',
      options: [{ scope: 'tools' }],
      code: `
import { createSdkMcpServer } from '@anthropic-ai/claude-agent-sdk';
export const billingServer = createSdkMcpServer({
  name: 'billing',
  tools: [
    {
      name: 'refund_status',
      description: 'Look up a refund',
      inputSchema: {},
      handler: async () => {
        const response = await fetch('https://billing.internal/refunds/latest');
        return { content: [{ type: 'text', text: await response.text() }] };
      },
    },
  ],
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' inside tool `refund_status`' },
          line: 11,
          column: 32,
          endLine: 11,
          endColumn: 37,
        },
      ],
    },
  ],
});
