import type { Options } from '../../src/analyzer/checks/safe-termination-check.js';
import haltingRule from '../../src/rules/safe-termination-check.js';
import { jsTester, tsTester } from './testers.js';

// Cases may pass partial options: the rule merges them over its defaults.
const rule = haltingRule as unknown as Parameters<typeof tsTester.run<string, [Partial<Options>?]>>[1];

tsTester.run('safe-termination-check', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'autogen_node agents: IMessage.content is always a string there',
      code: `
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({
  name: 'support_bot',
  maxConsecutiveAutoReply: 10,
  isTerminationMsg: (message) => message.content.trim().endsWith('TERMINATE'),
});
`,
    },
    {
      name: 'a string branch that returns, then an Array.isArray branch',
      code: `
function isClaimClosed(message: { content: string | { type: string; text?: string }[] | null }) {
  const { content } = message;
  if (typeof content === 'string') return content.trimEnd().endsWith('CLAIM CLOSED');
  if (Array.isArray(content)) return content.some((part) => part.text?.includes('CLAIM CLOSED') ?? false);
  return false;
}
const claimsDesk = new ConversableAgent({ isTerminationMsg: isClaimClosed });
`,
    },
    {
      name: 'seed: a string check plus a list branch that reads the parts',
      code: `
import { UserProxyAgent } from 'autogen_node';
type Part = { type: string; text?: string };
function isReportDone(message: { content: string | Part[] | null }): boolean {
  let content = message.content;
  if (Array.isArray(content)) {
    content = content.map((part) => part.text ?? '').join(' ');
  }
  if (typeof content !== 'string') return false;
  return content.includes('TERMINATE');
}
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER', maxConsecutiveAutoReply: 10, isTerminationMsg: isReportDone });
`,
    },
    {
      name: 'an Array.isArray branch before a string check on the same content',
      code: `
const supportBot = new UserProxyAgent({
  isTerminationMsg: ({ content }) =>
    Array.isArray(content) ? content.some((part) => part.text === 'TERMINATE') : typeof content === 'string' && content.endsWith('TERMINATE'),
});
`,
    },
    {
      name: 'early exits for lists and non-strings',
      code: `
function isApproved(message) {
  const content = message.content;
  if (Array.isArray(content)) return content.some((part) => part.type === 'text' && part.text.includes('APPROVED'));
  if (typeof content !== 'string') return false;
  return content.includes('APPROVED');
}
const claimsDesk = new ConversableAgent({ isTerminationMsg: isApproved });
`,
    },
    {
      name: 'JSON.stringify of the content',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => JSON.stringify(message.content).includes('TERMINATE') });
`,
    },
    {
      name: 'a helper that takes the message',
      code: `
import { textOf } from './message-text';
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => textOf(message).endsWith('TERMINATE') });
`,
    },
    {
      name: 'a helper that takes the content',
      code: `
import { textOf } from './message-text';
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => textOf(message.content).endsWith('TERMINATE') });
`,
    },
    {
      name: 'a predicate that never reads content',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.name === 'report_writer' });
`,
    },
    {
      name: 'a predicate imported from another file',
      code: `
import { isReportDone } from './predicates';
const claimsDesk = new ConversableAgent({ isTerminationMsg: isReportDone });
`,
    },
    {
      name: 'a content check outside any predicate',
      code: `
export function mentionsRefund(message: { content: string }) {
  return message.content.includes('refund');
}
`,
    },
    {
      name: 'list false: a typeof string guard',
      options: [{ list: false }],
      code: `
const claimsDesk = new ConversableAgent({
  isTerminationMsg: (message) => typeof message.content === 'string' && message.content.endsWith('TERMINATE'),
});
`,
    },
    {
      name: 'list false: optional chaining',
      options: [{ list: false }],
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.content?.includes('TERMINATE') ?? false });
`,
    },
    {
      name: 'list false: a nullish default',
      options: [{ list: false }],
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => (message.content ?? '').includes('TERMINATE') });
`,
    },
    {
      name: 'list false: a null check that returns early',
      options: [{ list: false }],
      code: `
function isDone(message) {
  const content = message.content;
  if (content == null) return false;
  return content.trim().endsWith('TERMINATE');
}
const claimsDesk = new ConversableAgent({ is_termination_msg: isDone });
`,
    },
    {
      name: 'list false: a comparison cannot throw',
      options: [{ list: false }],
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.content === 'TERMINATE' });
`,
    },
    {
      name: 'list false: a guard before a callback covers the uses inside it',
      options: [{ list: false }],
      code: `
const STOP_WORDS = ['TERMINATE', 'DONE'];
function hasStopWord(message) {
  const content = message.content;
  if (typeof content !== 'string') return false;
  return STOP_WORDS.some((word) => content.endsWith(word));
}
const claimsDesk = new ConversableAgent({ isTerminationMsg: hasStopWord });
`,
    },
    {
      name: 'a LangGraph router that reads the text accessor',
      code: `
import { END, StateGraph } from '@langchain/langgraph';
function routeAfterAgent(state: { messages: { text: string }[] }) {
  return state.messages.at(-1)?.text.includes('FINAL ANSWER') ? END : 'tools';
}
workflow.addConditionalEdges('agent', routeAfterAgent);
`,
    },
    {
      name: 'a stopWhen condition that reads step text',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, stopWhen: [stepCountIs(8), ({ steps }) => steps.at(-1)?.text.includes('DONE') ?? false] });
`,
    },
    {
      name: 'a termination condition class that handles lists',
      code: `
class StopOnApproval extends TerminationCondition {
  check(messages) {
    return messages.some((message) =>
      Array.isArray(message.content)
        ? message.content.some((part) => typeof part === 'string' && part.includes('APPROVED'))
        : typeof message.content === 'string' && message.content.includes('APPROVED'),
    );
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'seed fixed but unsafe: a destructuring default does not catch null',
      code: `
import { UserProxyAgent } from './autogen.js';
const supportBot = new UserProxyAgent({
  name: 'support_bot',
  humanInputMode: 'NEVER',
  maxConsecutiveAutoReply: 10,
  isTerminationMsg: ({ content = '' }) => content.trim().endsWith('TERMINATE'),
});
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'content',
            operation: '.trim()',
            role: '`isTerminationMsg`',
          },
          line: 7,
          column: 43,
          endLine: 7,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'seed: includes on message content',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.content.includes('TERMINATE') });
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'message.content',
            operation: '.includes()',
            role: '`isTerminationMsg`',
          },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 98,
        },
      ],
    },
    {
      name: 'seed: a case-insensitive check on a defaulted content',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: ({ content = '' }) => content.toLowerCase().includes('terminate') });
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'content',
            operation: '.toLowerCase()',
            role: '`isTerminationMsg`',
          },
          line: 2,
          column: 83,
          endLine: 2,
          endColumn: 102,
        },
      ],
    },
    {
      name: 'bracket access in is_termination_msg',
      code: `
const claimsDesk = new ConversableAgent({ is_termination_msg: (message) => message['content'].endsWith('TERMINATE') });
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: "message['content']",
            operation: '.endsWith()',
            role: '`is_termination_msg`',
          },
          line: 2,
          column: 76,
          endLine: 2,
          endColumn: 103,
        },
      ],
    },
    {
      name: 'a predicate function named in the same file',
      code: `
function isReportDone(message: { content: string | null }) {
  return message.content.endsWith('TERMINATE');
}
const claimsDesk = new ConversableAgent({ isTerminationMsg: isReportDone });
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'message.content',
            operation: '.endsWith()',
            role: '`isTerminationMsg`',
          },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'a destructured content parameter',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: ({ content }) => content.startsWith('APPROVED') });
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'content',
            operation: '.startsWith()',
            role: '`isTerminationMsg`',
          },
          line: 2,
          column: 78,
          endLine: 2,
          endColumn: 96,
        },
      ],
    },
    {
      name: 'list false still reports null content',
      options: [{ list: false }],
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.content.includes('TERMINATE') });
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'message.content',
            operation: '.includes()',
            role: '`isTerminationMsg`',
          },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 98,
        },
      ],
    },
    {
      name: 'a comparison with a string only misses list content',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.content === 'TERMINATE' });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.content',
            operation: "=== 'TERMINATE'",
            role: '`isTerminationMsg`',
            listEffect: "`=== 'TERMINATE'` on a list is quietly false, so this `isTerminationMsg` never sees the stop word there",
          },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 105,
        },
      ],
    },
    {
      name: 'a regex test only misses list content',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => /TERMINATE\\s*$/.test(message.content) });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.content',
            operation: 'RegExp#test',
            role: '`isTerminationMsg`',
            listEffect: '`RegExp#test` on a list is quietly false, so this `isTerminationMsg` never sees the stop word there',
          },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 111,
        },
      ],
    },
    {
      name: 'seed: a typeof string guard alone misses list content',
      code: `
const STOP_WORDS = ['TERMINATE', 'DONE', 'COMPLETE'];
function hasStopWord(message) {
  const content = message.content;
  if (typeof content !== 'string') return false;
  return STOP_WORDS.some((word) => content.includes(word));
}
const claimsDesk = new ConversableAgent({ isTerminationMsg: hasStopWord });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'content',
            operation: '.includes()',
            role: '`isTerminationMsg`',
            listEffect: 'the `typeof` check lets a list go by unread, so this `isTerminationMsg` never sees the stop word there',
          },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'seed: a null check and a string check without a list branch',
      code: `
function isDone(message) {
  const content = message.content;
  if (content == null) return false;
  if (typeof content !== 'string') return false;
  return content.includes('TERMINATE');
}
const claimsDesk = new ConversableAgent({ isTerminationMsg: isDone });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'content',
            operation: '.includes()',
            role: '`isTerminationMsg`',
            listEffect: 'the `typeof` check lets a list go by unread, so this `isTerminationMsg` never sees the stop word there',
          },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'optional chaining handles null only',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.content?.includes('TERMINATE') ?? false });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.content',
            operation: '.includes()',
            role: '`isTerminationMsg`',
            listEffect: '`.includes()` on a list is quietly false, so this `isTerminationMsg` never sees the stop word there',
          },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 99,
        },
      ],
    },
    {
      name: 'a nullish default handles null only',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => (message.content ?? '').includes('TERMINATE') });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.content',
            operation: '.includes()',
            role: '`isTerminationMsg`',
            listEffect: '`.includes()` on a list is quietly false, so this `isTerminationMsg` never sees the stop word there',
          },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 106,
        },
      ],
    },
    {
      name: 'a method that throws on a list',
      code: `
const claimsDesk = new ConversableAgent({ isTerminationMsg: (message) => message.content?.endsWith('TERMINATE') ?? false });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.content',
            operation: '.endsWith()',
            role: '`isTerminationMsg`',
            listEffect: '`.endsWith()` on a list throws a TypeError, so this `isTerminationMsg` crashes the run instead of ending it',
          },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 99,
        },
      ],
    },
    {
      name: 'a LangGraph router: content is never null but may be a list',
      code: `
import { END, StateGraph } from '@langchain/langgraph';
function routeAfterAgent(state) {
  const lastMessage = state.messages[state.messages.length - 1];
  return lastMessage.content.includes('FINAL ANSWER') ? END : 'tools';
}
workflow.addConditionalEdges('agent', routeAfterAgent);
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'lastMessage.content',
            operation: '.includes()',
            role: 'router of `addConditionalEdges`',
            listEffect: '`.includes()` on a list is quietly false, so this router of `addConditionalEdges` never sees the stop word there',
          },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'an inline LangGraph router that throws on a list',
      code: `
import { END } from '@langchain/langgraph';
workflow.addConditionalEdges('agent', (state) => (state.messages.at(-1).content.endsWith('DONE') ? END : 'tools'));
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'state.messages.at(-1).content',
            operation: '.endsWith()',
            role: 'router of `addConditionalEdges`',
            listEffect:
              '`.endsWith()` on a list throws a TypeError, so this router of `addConditionalEdges` crashes the run instead of ending it',
          },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 89,
        },
      ],
    },
    {
      name: 'a termination condition class method',
      code: `
class StopOnApproval extends TerminationCondition {
  check(messages) {
    return messages.some((message) => message.content.includes('APPROVED'));
  }
}
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'message.content',
            operation: '.includes()',
            role: 'method `check` of a termination condition',
            listEffect:
              '`.includes()` on a list is quietly false, so this method `check` of a termination condition never sees the stop word there',
          },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'a custom stopWhen condition reading step content',
      code: `
import { generateText, stepCountIs } from 'ai';
await generateText({ model, stopWhen: [stepCountIs(8), ({ steps }) => steps.at(-1)?.content.includes('DONE') ?? false] });
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
          column: 71,
          endLine: 3,
          endColumn: 101,
        },
      ],
    },
  ],
});

jsTester.run('safe-termination-check (JavaScript)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a robust predicate in a JS file',
      code: `
const supportBot = new UserProxyAgent({
  is_termination_msg: (message) => {
    const content = Array.isArray(message.content) ? message.content.map((part) => part.text).join(' ') : message.content;
    return typeof content === 'string' && content.includes('TERMINATE');
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'seed broken in a JS file',
      code: `
const supportBot = new UserProxyAgent({
  is_termination_msg: (message) => message.content.trimEnd().endsWith('TERMINATE'),
});
`,
      errors: [
        {
          messageId: 'nullContent',
          data: {
            expression: 'message.content',
            operation: '.trimEnd()',
            role: '`is_termination_msg`',
          },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 59,
        },
      ],
    },
  ],
});
