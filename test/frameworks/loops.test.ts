import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import noUnboundedAgentLoop from '../../src/rules/no-unbounded-agent-loop.js';
import safeTerminationCheck from '../../src/rules/safe-termination-check.js';
import { jsTester, tsTester } from '../rules/testers.js';

// Hand-written agent loops (the `loops` adapter): loops around model calls of the provider SDKs
// and the agent frameworks, tied through their imports. Cases may pass partial options.
const unboundedRule = noUnboundedAgentLoop as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const terminationRule = safeTerminationCheck as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];
tsTester.run('no-unbounded-agent-loop', unboundedRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a for loop with a turn counter',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function answerClaim(messages: OpenAI.ChatCompletionMessageParam[]) {
  for (let turn = 0; turn < 10; turn++) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const message = completion.choices[0].message;
    messages.push(message);
    if (!message.tool_calls) return message.content;
  }
  return undefined;
}
`,
    },
    {
      name: 'a counter checked before a model-dependent exit',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
const MAX_TURNS = 20;
export async function answerClaim(messages: OpenAI.ChatCompletionMessageParam[]) {
  let turns = 0;
  while (true) {
    if (++turns > MAX_TURNS) throw new Error('too many turns');
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const message = completion.choices[0].message;
    messages.push(message);
    if (!message.tool_calls) return message.content;
  }
}
`,
    },
    {
      name: 'a counter in the loop condition',
      code: `
import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function reviewPolicy(messages: Anthropic.MessageParam[]) {
  let response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
  let rounds = 0;
  while (response.stop_reason === 'tool_use' && rounds++ < 8) {
    messages.push({ role: 'assistant', content: response.content });
    response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
  }
  return response;
}
`,
    },
    {
      name: 'a deadline checked in the loop',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function draftReply(messages: OpenAI.ChatCompletionMessageParam[]) {
  const startedAt = Date.now();
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    if (completion.choices[0].finish_reason === 'stop') return completion;
    if (Date.now() - startedAt > 60_000) throw new Error('out of time');
  }
}
`,
    },
    {
      name: 'an abort signal checked in the loop',
      code: `
import { generateText } from 'ai';
export async function summariseTicket(prompt: string, signal: AbortSignal) {
  let summary = '';
  while (!summary.includes('SUMMARY:')) {
    signal.throwIfAborted();
    const result = await generateText({ model: 'openai/gpt-4o', prompt });
    summary = result.text;
  }
  return summary;
}
`,
    },
    {
      name: 'a model call given a signal from outside the loop',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function triage(messages: OpenAI.ChatCompletionMessageParam[], signal: AbortSignal) {
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages }, { signal });
    if (completion.choices[0].finish_reason === 'stop') return completion;
  }
}
`,
    },
    {
      name: 'a list that grows every turn bounds the loop',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function triage(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (messages.length < 40) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const message = completion.choices[0].message;
    messages.push(message);
    if (!message.tool_calls) break;
  }
}
`,
    },
    {
      name: 'a loop without a model call',
      code: `
import OpenAI from 'openai';
export async function drainQueue(queue: { next(): Promise<string | undefined> }) {
  while (true) {
    const job = await queue.next();
    if (job === 'STOP') break;
  }
}
`,
    },
    {
      name: 'a client that cannot be tied to an import',
      code: `
import 'openai';
export async function answer(client: any, messages: unknown[]) {
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    if (completion.choices[0].finish_reason === 'stop') return completion;
  }
}
`,
    },
    {
      name: 'a local class that shares the SDK name',
      code: `
import { z } from 'zod';
import { ChatOpenAI as Unused } from '@langchain/openai';
class OpenAI {
  chat = { completions: { create: async () => ({ done: true }) } };
}
const client = new OpenAI();
export async function localLoop() {
  while (true) {
    const reply = await client.chat.completions.create();
    if (reply.done) break;
  }
}
`,
    },
    {
      name: 'a queue worker that never feeds a reply back',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function classifyForever(queue: { next(): Promise<string> }, store: { save(label: unknown): Promise<void> }) {
  while (true) {
    const ticket = await queue.next();
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: ticket }] });
    await store.save(completion.choices[0].message.content);
  }
}
`,
    },
    {
      name: 'a terminal chat that asks a person each turn',
      code: `
import OpenAI from 'openai';
import * as readline from 'node:readline/promises';
const client = new OpenAI();
export async function chatInTerminal() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  while (true) {
    const question = await rl.question('> ');
    messages.push({ role: 'user', content: question });
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    messages.push(completion.choices[0].message);
    if (completion.choices[0].message.content?.includes('Goodbye')) break;
  }
}
`,
    },
    {
      name: 'a retry loop that returns on the first success',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function createWithRetry(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) {
    try {
      return await client.chat.completions.create({ model: 'gpt-4o', messages });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
`,
    },
    {
      name: 'a generator paced by its consumer',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function* streamTurns(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    messages.push(completion.choices[0].message);
    yield completion.choices[0].message;
  }
}
`,
    },
    {
      name: 'an exit that depends on state the model does not decide',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function supervise(messages: OpenAI.ChatCompletionMessageParam[], shift: { isOver(): boolean }) {
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    messages.push(completion.choices[0].message);
    if (shift.isOver()) break;
  }
}
`,
    },
    {
      name: 'a prompt template is not a model',
      code: `
import { ChatPromptTemplate } from '@langchain/core/prompts';
const template = ChatPromptTemplate.fromMessages([['user', '{question}']]);
const prompt = new ChatPromptTemplate({ inputVariables: [], promptMessages: [] });
export async function render(questions: string[]) {
  while (true) {
    const rendered = await prompt.invoke({ question: questions.pop() });
    if (rendered.toString().includes('DONE')) break;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'seed-style OpenAI tool loop with a model-dependent return',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function answerClaim(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const message = completion.choices[0].message;
    messages.push(message);
    if (!message.tool_calls) return message.content;
    for (const call of message.tool_calls) {
      messages.push({ role: 'tool', tool_call_id: call.id, content: 'ok' });
    }
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `client.chat.completions.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'Anthropic stop_reason loop',
      code: `
import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function reviewPolicy(messages: Anthropic.MessageParam[]) {
  let response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
  while (response.stop_reason === 'tool_use') {
    messages.push({ role: 'assistant', content: response.content });
    response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
  }
  return response;
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: "while (response.stop_reason === 'tool_use')",
            missing: "a condition that only the model's reply decides, and no finite turn limit, deadline or abort check",
            effect: 'a model that keeps answering that way keeps it calling `anthropic.messages.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'for (;;) around a LangChain chat model',
      code: `
import { ChatOpenAI } from '@langchain/openai';
const model = new ChatOpenAI({ model: 'gpt-4o' });
export async function untilApproved(question: string) {
  for (;;) {
    const reply = await model.invoke(question);
    if (reply.text.includes('APPROVED')) return reply;
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'for (;;)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `model.invoke` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 6,
        },
      ],
    },
    {
      name: 'do-while on AI SDK text',
      code: `
import { generateText } from 'ai';
export async function untilFinal(prompt: string) {
  let text = '';
  do {
    const result = await generateText({ model: 'openai/gpt-4o', prompt });
    text = result.text;
  } while (!text.includes('FINAL'));
  return text;
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: "do … while (!text.includes('FINAL'))",
            missing: "a condition that only the model's reply decides, and no finite turn limit, deadline or abort check",
            effect: 'a model that keeps answering that way keeps it calling `generateText` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 5,
        },
      ],
    },
    {
      name: 'a client held in a class field',
      code: `
import OpenAI from 'openai';
export class ClaimsAgent {
  private client = new OpenAI();
  async run(messages: OpenAI.ChatCompletionMessageParam[]) {
    while (true) {
      const completion = await this.client.chat.completions.create({ model: 'gpt-4o', messages });
      const choice = completion.choices[0];
      messages.push(choice.message);
      if (choice.finish_reason === 'stop') return choice.message;
    }
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `this.client.chat.completions.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
        },
      ],
    },
    {
      name: 'a client held in a constructor parameter property',
      code: `
import Anthropic from '@anthropic-ai/sdk';
export class ReviewDesk {
  constructor(private readonly anthropic: Anthropic) {}
  async review(messages: Anthropic.MessageParam[]) {
    for (;;) {
      const response = await this.anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
      messages.push({ role: 'assistant', content: response.content });
      if (response.stop_reason === 'end_turn') return response;
    }
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'for (;;)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `this.anthropic.messages.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'a client declared in the header of an outer for loop',
      code: `
import Anthropic from '@anthropic-ai/sdk';
export async function shell(prompts: string[]) {
  for (let index = 0, anthropic = new Anthropic(); index < prompts.length; index++) {
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: prompts[index] ?? '' }];
    for (;;) {
      const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
      const toolUse = response.content.find((block) => block.type === 'tool_use');
      if ((messages.push({ role: 'assistant', content: response.content }), !toolUse)) break;
    }
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'for (;;)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `anthropic.messages.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'a parameter typed with the SDK client and a flag the model sets',
      code: `
import { OpenAI } from 'openai';
export async function resolveTicket(client: OpenAI, messages: OpenAI.ChatCompletionMessageParam[]) {
  let done = false;
  while (!done) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    if (!completion.choices[0].message.tool_calls) done = true;
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (!done)',
            missing: "a condition that only the model's reply decides, and no finite turn limit, deadline or abort check",
            effect: 'a model that keeps answering that way keeps it calling `client.chat.completions.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'a helper that calls the model',
      code: `
import OpenAI from 'openai';
const openai = new OpenAI();
async function askModel(messages: OpenAI.ChatCompletionMessageParam[]) {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages });
  return completion.choices[0].message;
}
export async function handleIncident(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) {
    const reply = await askModel(messages);
    messages.push(reply);
    if (!reply.tool_calls?.length) break;
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `askModel` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'a loop with no exit that feeds the reply back',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function keepTalking(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    messages.push(completion.choices[0].message);
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: 'no exit, and no finite turn limit, deadline or abort check',
            effect: 'it calls `client.chat.completions.create` and feeds the reply back until the process is stopped',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'an unreachable break is not a bound',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
const STOP_EARLY = false;
export async function draft(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) {
    if (STOP_EARLY) break;
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    if (completion.choices[0].finish_reason === 'stop') break;
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `client.chat.completions.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'a counter compared with Infinity is not a bound',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
const MAX_TURNS = Infinity;
export async function draft(messages: OpenAI.ChatCompletionMessageParam[]) {
  let turns = 0;
  while (turns++ < MAX_TURNS) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    if (completion.choices[0].finish_reason === 'stop') break;
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (turns++ < MAX_TURNS)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `client.chat.completions.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'a break on errors bounds nothing',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function draft(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) {
    try {
      const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
      if (completion.choices[0].finish_reason === 'stop') break;
    } catch {
      break;
    }
  }
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `client.chat.completions.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'OpenAI Agents run re-run while the model asks for approval',
      code: `
import { Agent, run } from '@openai/agents';
const agent = new Agent({ name: 'Refunds', instructions: 'Issue refunds.' });
export async function autoApprove(input: string) {
  let result = await run(agent, input);
  while (result.interruptions.length > 0) {
    for (const interruption of result.interruptions) result.state.approve(interruption);
    result = await run(agent, result.state);
  }
  return result.finalOutput;
}
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (result.interruptions.length > 0)',
            missing: "a condition that only the model's reply decides, and no finite turn limit, deadline or abort check",
            effect: 'a model that keeps answering that way keeps it calling `run` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop', unboundedRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [],
  invalid: [
    {
      name: 'CommonJS require of the SDK',
      code: `
const OpenAI = require('openai');
const client = new OpenAI();
async function answer(messages) {
  while (true) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const message = completion.choices[0].message;
    messages.push(message);
    if (message.content && message.content.includes('DONE')) return message.content;
  }
}
module.exports = { answer };
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'while (true)',
            missing: "no finite turn limit, deadline or abort check, and only the model's reply can end it",
            effect: 'a model that never gives that reply keeps it calling `client.chat.completions.create` forever',
            fix: 'Count the turns and stop at a limit (`if (++turns > 20) break;`), or check a deadline (`Date.now()`) or an abort signal in the loop.',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check', terminationRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'optional chaining on OpenAI chat content',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function untilDone(messages: OpenAI.ChatCompletionMessageParam[]) {
  for (let turn = 0; turn < 10; turn++) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const reply = completion.choices[0].message;
    if (reply.content?.includes('DONE')) return reply;
  }
  return undefined;
}
`,
    },
    {
      name: 'a typeof check on OpenAI chat content',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function untilDone(messages: OpenAI.ChatCompletionMessageParam[]) {
  for (let turn = 0; turn < 10; turn++) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const reply = completion.choices[0].message;
    if (typeof reply.content === 'string' && reply.content.endsWith('DONE')) return reply;
  }
  return undefined;
}
`,
    },
    {
      name: 'reading the text block of an Anthropic reply',
      code: `
import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function untilDone(messages: Anthropic.MessageParam[]) {
  for (let turn = 0; turn < 10; turn++) {
    const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
    const block = response.content[0];
    if (block?.type === 'text' && block.text.includes('DONE')) return response;
  }
  return undefined;
}
`,
    },
    {
      name: 'content that does not come from the model',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function relay(messages: OpenAI.ChatCompletionMessageParam[], incoming: { content: string }) {
  for (let turn = 0; turn < 10; turn++) {
    await client.chat.completions.create({ model: 'gpt-4o', messages });
    if (incoming.content.includes('STOP')) break;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'OpenAI chat content in a loop condition',
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function untilDone(messages: OpenAI.ChatCompletionMessageParam[]) {
  let reply = (await client.chat.completions.create({ model: 'gpt-4o', messages })).choices[0].message;
  let turns = 0;
  while (!reply.content.includes('DONE') && turns++ < 10) {
    messages.push(reply);
    reply = (await client.chat.completions.create({ model: 'gpt-4o', messages })).choices[0].message;
  }
  return reply;
}
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'reply.content',
            operation: '.includes()',
            role: 'loop condition',
          },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'Anthropic content list in an exit condition',
      code: `
import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function untilDone(messages: Anthropic.MessageParam[]) {
  for (let turn = 0; turn < 10; turn++) {
    const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
    if (response.content.includes('DONE')) return response;
    messages.push({ role: 'assistant', content: response.content });
  }
  return undefined;
}
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'response.content',
            operation: '.includes()',
            role: 'exit condition',
            listEffect: '`.includes()` on a list is quietly false, so this exit condition never sees the stop word there',
          },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'LangChain message content in an exit condition',
      code: `
import { ChatAnthropic } from '@langchain/anthropic';
const model = new ChatAnthropic({ model: 'claude-sonnet-4-5' });
export async function untilDone(question: string) {
  for (let turn = 0; turn < 10; turn++) {
    const reply = await model.invoke(question);
    if (typeof reply.content !== 'string' || reply.content.trimEnd().endsWith('DONE')) return reply;
  }
  return undefined;
}
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'reply.content',
            operation: '.trimEnd()',
            role: 'exit condition',
            listEffect: 'the `typeof` check lets a list go by unread, so this exit condition never sees the stop word there',
          },
          line: 7,
          column: 46,
          endLine: 7,
          endColumn: 67,
        },
      ],
    },
  ],
});

jsTester.run('safe-termination-check', terminationRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [],
  invalid: [
    {
      name: 'OpenAI chat content in a JavaScript exit condition',
      code: `
const { OpenAI } = require('openai');
const client = new OpenAI();
async function untilDone(messages) {
  for (let turn = 0; turn < 10; turn++) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    if (completion.choices[0].message.content.endsWith('DONE')) return completion;
  }
  return undefined;
}
module.exports = { untilDone };
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'completion.choices[0].message.content',
            operation: '.endsWith()',
            role: 'exit condition',
          },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 55,
        },
      ],
    },
  ],
});
