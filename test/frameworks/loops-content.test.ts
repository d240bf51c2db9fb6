import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import terminationRule from '../../src/rules/safe-termination-check.js';
import { tsTester } from '../rules/testers.js';

// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const safeTerminationCheck = terminationRule as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];

// Predicates over model content that users write in their own loops, for frameworks without a
// predicate hook of their own. LlamaIndex.TS: `llm.chat()` answers with `message.content`, a
// string or a list of content details (@llamaindex/core 0.6.23 `MessageContent`). OpenAI Agents:
// assistant items in `result.history` carry `content` as a list of `output_text` parts
// (@openai/agents-core 0.20.0 `AssistantMessageItem`).
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

const REVIEW_LOOP = `
import { Agent, run } from '@openai/agents';

const reviewer = new Agent({ name: 'reviewer', instructions: 'Review the draft.' });

export async function reviewUntilDone(draft: string) {
  let input = draft;
  while (true) {
    const result = await run(reviewer, input);
    const last = result.history[result.history.length - 1];
    if (last.content.includes('DONE')) break;
    input = String(result.finalOutput);
  }
}
`;

tsTester.run('safe-termination-check (LlamaIndex.TS LLMs in hand-written loops)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'OpenAI Agents: the exit reads finalOutput, a string',
      code: `
import { Agent, run } from '@openai/agents';

const reviewer = new Agent({ name: 'reviewer', instructions: 'Review the draft.' });

export async function reviewUntilDone(draft: string) {
  let input = draft;
  for (let round = 0; round < 5; round++) {
    const result = await run(reviewer, input);
    if (typeof result.finalOutput === 'string' && result.finalOutput.includes('DONE')) break;
    input = String(result.finalOutput);
  }
}
`,
    },
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
    {
      name: 'OpenAI Agents: assistant content in the run history is a list of parts',
      code: REVIEW_LOOP,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'last.content',
            operation: '.includes()',
            role: 'exit condition',
            listEffect: '`.includes()` on a list is quietly false, so this exit condition never sees the stop word there',
          },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 30,
        },
      ],
    },
  ],
});
