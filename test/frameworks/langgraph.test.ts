import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as TerminationOptions } from '../../src/analyzer/checks/safe-termination-check.js';
import loopRule from '../../src/rules/no-unbounded-agent-loop.js';
import terminationRule from '../../src/rules/safe-termination-check.js';
import { jsTester, tsTester } from '../rules/testers.js';

// Cases may pass partial options: the rules merge them over their defaults.
const noUnboundedAgentLoop = loopRule as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const safeTerminationCheck = terminationRule as unknown as Parameters<typeof tsTester.run<string, [Partial<TerminationOptions>?]>>[1];

const INFINITE = 'so the loop stops only when the model decides to';
const ROUTER = 'router of `addConditionalEdges`';

tsTester.run('no-unbounded-agent-loop (LangGraph)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite recursionLimit',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] }, { recursionLimit: 50 });
`,
    },
    {
      name: 'no config keeps the default of 25 supersteps',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] });
`,
    },
    {
      name: 'an explicit undefined is skipped when configs merge, so 25 stays',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] }, { recursionLimit: undefined });
`,
    },
    {
      name: 'null throws before the first superstep (it must be at least 1)',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] }, { recursionLimit: null as unknown as number });
`,
    },
    {
      name: 'zero and negative limits throw before the first superstep',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] }, { recursionLimit: 0 });
await researchGraph.stream({ messages: [] }, { recursionLimit: -1 });
`,
    },
    {
      name: 'the doc example withConfig({ recursionLimit: 1000 }) is within the default maxBound',
      code: `
import { createReactAgent } from '@langchain/langgraph/prebuilt';
declare const chatModel: never;
export const patientAgent = createReactAgent({ llm: chatModel, tools: [] }).withConfig({ recursionLimit: 1000 });
`,
    },
    {
      name: 'a recursionLimit from a parameter is not resolved (not strict)',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
export async function research(stepBudget: number) {
  return researchGraph.invoke({ messages: [] }, { recursionLimit: stepBudget });
}
`,
    },
    {
      name: 'a chat model from another package is not a graph',
      code: `
import { ChatOpenAI } from '@langchain/openai';
const chatModel = new ChatOpenAI({ model: 'gpt-4.1-mini' });
await chatModel.invoke('Summarise the filing', { recursionLimit: Infinity });
`,
    },
    {
      name: 'a signal or a timeout bounds the run by time, whatever the superstep count',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] }, { recursionLimit: Infinity, signal: AbortSignal.timeout(120_000) });
await researchGraph.invoke({ messages: [] }, { recursionLimit: Infinity, timeout: 120_000 });
`,
    },
    {
      name: 'other config keys are not bounds',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] }, { configurable: { thread_id: 'ticket-42' }, maxConcurrency: Infinity });
`,
    },
  ],
  invalid: [
    {
      name: 'recursionLimit Infinity in invoke',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
await researchGraph.invoke({ messages: [] }, { recursionLimit: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'recursionLimit',
            value: 'Infinity',
            origin: '',
            effect: INFINITE,
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 72,
        },
      ],
    },
    {
      name: 'a config const passed to two runs is reported once, at its property',
      code: `
import { END, START, StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const runConfig = { recursionLimit: Number.POSITIVE_INFINITY, streamMode: 'values' as const };
const researchGraph = new StateGraph(MessagesAnnotation).addEdge(START, END).compile();
await researchGraph.invoke({ messages: [] }, runConfig);
for await (const chunk of await researchGraph.stream({ messages: [] }, runConfig)) void chunk;
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'recursionLimit',
            value: 'Number.POSITIVE_INFINITY',
            origin: '',
            effect: INFINITE,
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'withConfig with Number.MAX_SAFE_INTEGER on a prebuilt agent',
      code: `
import { createReactAgent } from '@langchain/langgraph/prebuilt';
declare const chatModel: never;
export const patientAgent = createReactAgent({ llm: chatModel, tools: [] }).withConfig({ recursionLimit: Number.MAX_SAFE_INTEGER });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'recursionLimit',
            value: 'Number.MAX_SAFE_INTEGER',
            origin: '',
            effect: INFINITE,
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 4,
          column: 90,
          endLine: 4,
          endColumn: 129,
        },
      ],
    },
    {
      name: 'a limit above maxBound in streamEvents, from a const',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const STEP_BUDGET = 5000;
const researchGraph = new StateGraph(MessagesAnnotation).compile();
researchGraph.streamEvents({ messages: [] }, { version: 'v2', recursionLimit: STEP_BUDGET });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'recursionLimit',
            value: '5000',
            origin: ' (from `STEP_BUDGET`, line 3)',
            maxBound: '1000',
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 5,
          column: 63,
          endLine: 5,
          endColumn: 90,
        },
      ],
    },
    {
      name: 'a graph halting cannot follow (a parameter) still counts: recursionLimit is a graph config key',
      code: `
export async function research(graph: { invoke(input: unknown, config: object): Promise<unknown> }) {
  return graph.invoke({ messages: [] }, { recursionLimit: Infinity });
}
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'recursionLimit',
            value: 'Infinity',
            origin: '',
            effect: INFINITE,
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'one branch of a ternary is unbounded',
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
export const run = (deep: boolean) => researchGraph.invoke({ messages: [] }, { recursionLimit: deep ? Infinity : 40 });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'recursionLimit',
            value: 'Infinity',
            origin: '',
            effect: INFINITE,
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 4,
          column: 80,
          endLine: 4,
          endColumn: 116,
        },
      ],
    },
    {
      name: 'strict: a recursionLimit from a parameter is reported as unknown',
      options: [{ strict: true }],
      code: `
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation).compile();
export const run = (stepBudget: number) => researchGraph.invoke({ messages: [] }, { recursionLimit: stepBudget });
`,
      errors: [
        {
          messageId: 'unknownValue',
          data: {
            option: 'recursionLimit',
            value: 'stepBudget',
            reason: 'it comes from a parameter',
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 4,
          column: 85,
          endLine: 4,
          endColumn: 111,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (LangGraph, JavaScript)', noUnboundedAgentLoop, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite limit through require',
      code: `
const { StateGraph, MessagesAnnotation } = require('@langchain/langgraph');
const researchGraph = new StateGraph(MessagesAnnotation).compile();
researchGraph.invoke({ messages: [] }, { recursionLimit: 40 });
`,
    },
  ],
  invalid: [
    {
      name: 'recursionLimit Infinity through require',
      code: `
const { StateGraph, MessagesAnnotation } = require('@langchain/langgraph');
const researchGraph = new StateGraph(MessagesAnnotation).compile();
researchGraph.invoke({ messages: [] }, { recursionLimit: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'recursionLimit',
            value: 'Infinity',
            origin: '',
            effect: INFINITE,
            example: 'recursionLimit: 50',
            unit: 'supersteps',
          },
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 66,
        },
      ],
    },
  ],
});

tsTester.run('safe-termination-check (LangGraph)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a router that routes on tool calls',
      code: `
import { END, StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation);
researchGraph.addConditionalEdges('agent', (state) => ((state.messages.at(-1) as { tool_calls?: unknown[] }).tool_calls?.length ? 'tools' : END));
`,
    },
    {
      name: 'a router that reads the text accessor',
      code: `
import { END, StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const researchGraph = new StateGraph(MessagesAnnotation);
researchGraph.addConditionalEdges('agent', (state) => (state.messages.at(-1)?.text.endsWith('FINAL ANSWER') ? END : 'agent'));
`,
    },
    {
      name: 'a router that handles list content',
      code: `
import { END, StateGraph, MessagesAnnotation } from '@langchain/langgraph';
function routeReview(state: typeof MessagesAnnotation.State) {
  const { content } = state.messages[state.messages.length - 1];
  const text = Array.isArray(content) ? content.map((part) => ('text' in part ? part.text : '')).join('') : content;
  return text.includes('APPROVED') ? END : 'reviewer';
}
new StateGraph(MessagesAnnotation).addConditionalEdges('reviewer', routeReview);
`,
    },
    {
      name: 'a state channel named content is a string of the graph author',
      code: `
import { Annotation, END, StateGraph } from '@langchain/langgraph';
const DraftState = Annotation.Root({ content: Annotation<string>() });
const drafting = new StateGraph(DraftState);
drafting.addConditionalEdges('write', (state) => (state.content.endsWith('FINAL') ? END : 'write'));
drafting.addConditionalEdges('edit', ({ content }) => (content.trim() === '' ? 'write' : END));
drafting.addConditionalEdges('check', (state) => {
  const { content } = state;
  return content.includes('TODO') ? 'edit' : END;
});
`,
    },
    {
      name: 'a graph from another library is not LangGraph',
      code: `
import { FlowBuilder } from 'flow-kit';
const flow = new FlowBuilder();
flow.addConditionalEdges('agent', (state) => (state.messages.at(-1).content.includes('DONE') ? 'end' : 'agent'));
`,
    },
    {
      name: 'a receiver halting cannot follow, in a file without a LangGraph import',
      code: `
export function wireRoutes(graph: { addConditionalEdges(source: string, router: (state: never) => string): void }) {
  graph.addConditionalEdges('agent', (state: { messages: { content: string }[] }) => (state.messages[0].content.includes('DONE') ? 'end' : 'agent'));
}
`,
    },
  ],
  invalid: [
    {
      name: 'a router on a graph built from StateGraph',
      code: `
import { END, StateGraph, MessagesAnnotation } from '@langchain/langgraph';
function routeResearch(state: typeof MessagesAnnotation.State) {
  const lastMessage = state.messages[state.messages.length - 1];
  return lastMessage.content.includes('FINAL ANSWER') ? END : 'tools';
}
export const researchGraph = new StateGraph(MessagesAnnotation).addNode('agent', async () => ({})).addConditionalEdges('agent', routeResearch);
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'lastMessage.content',
            operation: '.includes()',
            role: ROUTER,
            listEffect: `\`.includes()\` on a list is quietly false, so this ${ROUTER} never sees the stop word there`,
          },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'the object form addConditionalEdges({ source, path })',
      code: `
import { END, StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const reviewGraph = new StateGraph(MessagesAnnotation);
reviewGraph.addConditionalEdges({ source: 'reviewer', path: (state) => (state.messages.at(-1)!.content.trim().endsWith('LGTM') ? END : 'reviewer') });
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'state.messages.at(-1)!.content',
            operation: '.trim()',
            role: ROUTER,
            listEffect: `\`.trim()\` on a list throws a TypeError, so this ${ROUTER} crashes the run instead of ending it`,
          },
          line: 4,
          column: 73,
          endLine: 4,
          endColumn: 108,
        },
      ],
    },
    {
      name: 'the string-only check of the multi-agent example skips list content',
      code: `
import { END, StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const collaboration = new StateGraph(MessagesAnnotation);
collaboration.addConditionalEdges('researcher', (state) => {
  const lastMessage = state.messages[state.messages.length - 1];
  if (typeof lastMessage.content === 'string' && lastMessage.content.includes('FINAL ANSWER')) return END;
  return 'chart_generator';
});
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'lastMessage.content',
            operation: '.includes()',
            role: ROUTER,
            listEffect: `the \`typeof\` check lets a list go by unread, so this ${ROUTER} never sees the stop word there`,
          },
          line: 6,
          column: 50,
          endLine: 6,
          endColumn: 78,
        },
      ],
    },
    {
      name: 'a receiver halting cannot follow, in a file that imports LangGraph',
      code: `
import type { StateGraph } from '@langchain/langgraph';
export function wireRoutes(graph: StateGraph<never>) {
  graph.addConditionalEdges('agent', (state: { messages: { content: string }[] }) => (state.messages[0].content === 'DONE' ? '__end__' : 'agent'));
}
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'state.messages[0].content',
            operation: "=== 'DONE'",
            role: ROUTER,
            listEffect: `\`=== 'DONE'\` on a list is quietly false, so this ${ROUTER} never sees the stop word there`,
          },
          line: 4,
          column: 87,
          endLine: 4,
          endColumn: 123,
        },
      ],
    },
  ],
});

jsTester.run('safe-termination-check (LangGraph, JavaScript)', safeTerminationCheck, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a MessageGraph router that reads the text accessor',
      code: `
const { MessageGraph } = require('@langchain/langgraph');
new MessageGraph().addConditionalEdges('decide', (messages) => (messages.at(-1).text.includes('ESCALATE') ? 'human' : 'answer'));
`,
    },
  ],
  invalid: [
    {
      name: 'a MessageGraph router through require',
      code: `
const { MessageGraph } = require('@langchain/langgraph');
new MessageGraph().addConditionalEdges('decide', (messages) => (messages.at(-1).content.includes('ESCALATE') ? 'human' : 'answer'));
`,
      errors: [
        {
          messageId: 'listContent',
          data: {
            expression: 'messages.at(-1).content',
            operation: '.includes()',
            role: ROUTER,
            listEffect: `\`.includes()\` on a list is quietly false, so this ${ROUTER} never sees the stop word there`,
          },
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 97,
        },
      ],
    },
  ],
});
