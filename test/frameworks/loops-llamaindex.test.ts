import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import terminationRule from '../../src/rules/safe-termination-check.js';
import { tsTester } from '../rules/testers.js';

// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const safeTerminationCheck = terminationRule as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];

// LlamaIndex.TS LLMs in hand-written loops: `llm.chat()` answers with `message.content`, a string
// or a list of content details (@llamaindex/core 0.6.23 `MessageContent`).
const DRAFT_LOOP = `
import { OpenAI } from '@llamaindex/openai';

const llm = new OpenAI({ model: 'gpt-4o-mini' });

export async function draftUntilApproved(messages: { role: 'user' | 'assistant'; content: string }[]) {
  while (true) {
    const response = await llm.chat({ messages });
    if (response.message.content.includes('APPROVED')) break;
    messages.push({ role: 'user', content: 'Revise it.' });
  }
}
`;

tsTester.run('no-unbounded-agent-loop (LlamaIndex.TS LLMs in hand-written loops)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a turn counter bounds the loop',
      code: `
import { OpenAI } from '@llamaindex/openai';

const llm = new OpenAI({ model: 'gpt-4o-mini' });

export async function draftUntilApproved(messages: { role: 'user' | 'assistant'; content: string }[]) {
  for (let turn = 0; turn < 8; turn++) {
    const response = await llm.chat({ messages });
    if (String(response.message.content).includes('APPROVED')) break;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'while (true) around llm.chat with only a model-dependent exit',
      code: DRAFT_LOOP,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `llm.chat` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 8,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check (LlamaIndex.TS LLMs in hand-written loops)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'the exit reads the text through a helper',
      code: `
import { OpenAI } from '@llamaindex/openai';
import { extractText } from '@llamaindex/core/utils';

const llm = new OpenAI({ model: 'gpt-4o-mini' });

export async function draftUntilApproved(messages: { role: 'user' | 'assistant'; content: string }[]) {
  for (let turn = 0; turn < 8; turn++) {
    const response = await llm.chat({ messages });
    if (extractText(response.message.content).includes('APPROVED')) break;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'message.content is a string or a list of details',
      code: DRAFT_LOOP,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'response.message.content',
            operation: '.includes()',
            role: 'exit condition',
            listEffect: '`.includes()` on a list is quietly false, so this exit condition never sees the stop word there',
          },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 42,
        },
      ],
    },
  ],
});
