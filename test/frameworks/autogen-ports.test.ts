import type { Options as LoopOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import type { Options as FetchOptions } from '../../src/analyzer/checks/require-fetch-timeout.js';
import noUnboundedAgentLoop from '../../src/rules/no-unbounded-agent-loop.js';
import requireFetchTimeout from '../../src/rules/require-fetch-timeout.js';
import { jsTester, tsTester } from '../rules/testers.js';

// AutoGen TypeScript ports (autogen_node, AIbitat): port defaults and tool registration.
// Cases may pass partial options: the rules merge them over their defaults.
const unboundedRule = noUnboundedAgentLoop as unknown as Parameters<typeof tsTester.run<string, [Partial<LoopOptions>?]>>[1];
const fetchRule = requireFetchTimeout as unknown as Parameters<typeof tsTester.run<string, [Partial<FetchOptions>?]>>[1];
tsTester.run('no-unbounded-agent-loop', unboundedRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'AIbitat with a finite maxRounds',
      code: `
import { AIbitat } from 'aibitat';
export const newsroom = new AIbitat({ provider: 'openai', model: 'gpt-4o', maxRounds: 30 }).agent('editor', { role: 'Edit the story.' });
`,
    },
    {
      name: 'AIbitat without options keeps 100 rounds',
      code: `
import { AIbitat } from 'aibitat';
export const newsroom = new AIbitat().agent('editor', { role: 'Edit the story.' });
`,
    },
    {
      name: 'AIbitat maxRounds null stops at once',
      code: `
import { AIbitat } from 'aibitat';
export const newsroom = new AIbitat({ maxRounds: null });
`,
    },
    {
      name: 'a channel maxRounds stays capped by the instance rounds',
      code: `
import { AIbitat } from 'aibitat';
export const newsroom = new AIbitat({ maxRounds: 20 }).channel('desk', ['editor', 'writer', 'checker'], { maxRounds: Infinity });
`,
    },
    {
      name: 'a class named AIbitat that is not imported from it',
      code: `
class AIbitat {
  constructor(readonly options: { maxRounds: number }) {}
}
export const scheduler = new AIbitat({ maxRounds: Infinity });
`,
    },
    {
      name: 'autogen_node SwarmChat with a finite maxRoundsPerTask',
      code: `
import { SwarmChat } from 'autogen_node';
declare const researchers: never[];
export const swarm = new SwarmChat({ agents: researchers, maxRoundsPerTask: 6 });
`,
    },
    {
      name: 'autogen_node nested chat with a finite maxRounds',
      code: `
import { AssistantAgent } from 'autogen_node';
declare const planner: AssistantAgent;
declare const reviewer: AssistantAgent;
export const review = planner.initiateNestedChat('Review the plan.', reviewer, { maxRounds: 4 });
`,
    },
    {
      name: 'an autogen_node agent with no auto-reply bound in a string-message chat (10 rounds)',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const planner = new AssistantAgent({ name: 'planner', provider: 'openai', apiKey: 'key' });
const requester = new UserProxyAgent({ name: 'requester', humanInputMode: 'NEVER' });
export const history = requester.initiateChat(planner, 'Plan the release.');
`,
    },
  ],
  invalid: [
    {
      name: 'AIbitat maxRounds Infinity',
      code: `
import { AIbitat } from 'aibitat';
export const newsroom = new AIbitat({ provider: 'openai', maxRounds: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxRounds',
            example: 'maxRounds: 20',
            unit: 'rounds',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 78,
        },
      ],
    },
    {
      name: 'AIbitat maxToolCalls from a const',
      code: `
import { AIbitat } from 'aibitat';
const LIMITS = { toolCalls: Number.MAX_SAFE_INTEGER } as const;
export const newsroom = new AIbitat({ provider: 'openai', maxToolCalls: LIMITS.toolCalls });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxToolCalls',
            example: 'maxToolCalls: 10',
            unit: 'tool calls',
            value: 'Number.MAX_SAFE_INTEGER',
            origin: ' (from `LIMITS.toolCalls`, line 3)',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 89,
        },
      ],
    },
    {
      name: 'AIbitat maxRounds above maxBound',
      code: `
import AIbitat from 'aibitat';
export const newsroom = new AIbitat({ maxRounds: 5000 });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'maxRounds',
            example: 'maxRounds: 20',
            unit: 'rounds',
            value: '5000',
            origin: '',
            maxBound: '1000',
          },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'an aliased AIbitat import',
      code: `
import { AIbitat as Newsroom } from 'aibitat';
export const desk = new Newsroom({ maxRounds: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxRounds',
            example: 'maxRounds: 20',
            unit: 'rounds',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'autogen_node SwarmChat maxRoundsPerTask Infinity',
      code: `
import { SwarmChat } from 'autogen_node';
declare const researchers: never[];
export const swarm = new SwarmChat({ agents: researchers, maxRoundsPerTask: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxRoundsPerTask',
            example: 'maxRoundsPerTask: 10',
            unit: 'rounds',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 85,
        },
      ],
    },
    {
      name: 'autogen_node nested chat maxRounds Infinity',
      code: `
import { AssistantAgent } from 'autogen_node';
declare const planner: AssistantAgent;
declare const reviewer: AssistantAgent;
export const review = planner.initiateNestedChat('Review the plan.', reviewer, { maxRounds: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxRounds',
            example: 'maxRounds: 10',
            unit: 'rounds',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 5,
          column: 82,
          endLine: 5,
          endColumn: 101,
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
      name: 'a vendored AIbitat required in JavaScript',
      code: `
const AIbitat = require('./aibitat');
const newsroom = new AIbitat({ provider: 'openai', maxRounds: Infinity });
module.exports = { newsroom };
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxRounds',
            example: 'maxRounds: 20',
            unit: 'rounds',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 52,
          endLine: 3,
          endColumn: 71,
        },
      ],
    },
  ],
});

tsTester.run('require-fetch-timeout', fetchRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'an AIbitat tool that passes a signal',
      options: [{ scope: 'tools' }],
      code: `
import { AIbitat } from 'aibitat';
export const newsroom = new AIbitat().function({
  name: 'lookup_weather',
  description: 'Weather for a city.',
  parameters: { type: 'object', properties: {} },
  handler: async ({ city }: { city: string }) => (await fetch('https://weather.example/' + city, { signal: AbortSignal.timeout(10_000) })).text(),
});
`,
    },
    {
      name: 'a method named function on something else',
      options: [{ scope: 'tools' }],
      code: `
declare const router: { function(config: { handler: () => Promise<unknown> }): void };
router.function({ handler: async () => fetch('https://status.example/') });
`,
    },
  ],
  invalid: [
    {
      name: 'an AIbitat tool handler',
      options: [{ scope: 'tools' }],
      code: `
import { AIbitat } from 'aibitat';
export const newsroom = new AIbitat().function({
  name: 'lookup_weather',
  description: 'Weather for a city.',
  parameters: { type: 'object', properties: {} },
  handler: async ({ city }: { city: string }) => (await fetch('https://weather.example/' + city)).text(),
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookup_weather`',
          },
          line: 7,
          column: 57,
          endLine: 7,
          endColumn: 62,
        },
      ],
    },
    {
      name: 'an AIbitat plugin that registers a tool in setup',
      options: [{ scope: 'tools' }],
      code: `
export const scraper = {
  name: 'scrape-page',
  setup(aibitat: { function(config: object): void }) {
    aibitat.function({
      name: 'scrape_page',
      description: 'Read a web page.',
      parameters: { type: 'object', properties: {} },
      async handler({ url }: { url: string }) {
        return (await fetch(url)).text();
      },
    });
  },
};
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `scrape_page`',
          },
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'autogen_node FunctionContract.fromFunction',
      options: [{ scope: 'tools' }],
      code: `
import { FunctionContract } from 'autogen_node';
export const getWeather = FunctionContract.fromFunction('get_weather', 'Weather for a city.', [], async (city: string) => (await fetch('https://weather.example/' + city)).text());
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `get_weather`',
          },
          line: 3,
          column: 130,
          endLine: 3,
          endColumn: 135,
        },
      ],
    },
    {
      name: 'autogen_node FunctionContract builder with setExecutor',
      options: [{ scope: 'tools' }],
      code: `
import { FunctionContract } from 'autogen_node';
export const getForecast = new FunctionContract('get_forecast', 'Forecast for a city.')
  .addParameter({ name: 'city', type: 'string', required: true })
  .setExecutor(async (city: string) => (await fetch('https://forecast.example/' + city)).text());
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `get_forecast`',
          },
          line: 5,
          column: 47,
          endLine: 5,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'autogen_node function object with contract and executor',
      options: [{ scope: 'tools' }],
      code: `
import { AssistantAgent } from 'autogen_node';
export const policyDesk = new AssistantAgent({
  name: 'policy_desk',
  functions: [{ contract: { name: 'get_policy' }, executor: async (id: string) => (await fetch('https://policies.example/' + id)).text() }],
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `get_policy`',
          },
          line: 5,
          column: 90,
          endLine: 5,
          endColumn: 95,
        },
      ],
    },
  ],
});

jsTester.run('require-fetch-timeout', fetchRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [],
  invalid: [
    {
      name: 'an AnythingLLM-style plugin in JavaScript',
      options: [{ scope: 'tools' }],
      code: `
const pageReader = {
  name: 'page-reader',
  plugin() {
    return {
      name: 'page-reader',
      setup(aibitat) {
        aibitat.function({
          super: aibitat,
          name: 'read_page',
          handler: async function ({ url }) {
            const response = await fetch(url);
            return response.text();
          },
        });
      },
    };
  },
};
module.exports = { pageReader };
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `read_page`',
          },
          line: 12,
          column: 36,
          endLine: 12,
          endColumn: 41,
        },
      ],
    },
  ],
});
