import type { Options } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';
import haltingRule from '../../src/rules/no-unbounded-agent-loop.js';
import { jsTester, tsTester } from './testers.js';

// Cases may pass partial options: the rule merges them over its defaults.
const rule = haltingRule as unknown as Parameters<typeof tsTester.run<string, [Partial<Options>?]>>[1];

tsTester.run('no-unbounded-agent-loop', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'a finite maxConsecutiveAutoReply',
      code: `
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER', maxConsecutiveAutoReply: 10 });
`,
    },
    {
      name: 'zero auto-replies is a bound',
      code: `
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER', maxConsecutiveAutoReply: 0 });
`,
    },
    {
      name: 'a count equal to the default maxBound',
      code: `
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: 1000 });
`,
    },
    {
      name: 'a count equal to a configured maxBound',
      options: [{ maxBound: 50 }],
      code: `
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: 50 });
`,
    },
    {
      name: 'a finite bound from a const',
      code: `
const REPLY_LIMIT = 12;
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: REPLY_LIMIT });
`,
    },
    {
      name: 'a finite bound from an as const object',
      code: `
const LIMITS = { replies: 8, turns: 20 } as const;
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: LIMITS.replies });
`,
    },
    {
      name: 'a finite bound spread from a const',
      code: `
const agentDefaults = { humanInputMode: 'NEVER', maxConsecutiveAutoReply: 6 };
const claimsDesk = new ConversableAgent({ name: 'claims_desk', ...agentDefaults });
`,
    },
    {
      name: 'a later key replaces an unbounded spread default',
      code: `
const looseDefaults = { maxConsecutiveAutoReply: Infinity };
const claimsDesk = new ConversableAgent({ ...looseDefaults, maxConsecutiveAutoReply: 8 });
`,
    },
    {
      name: 'a later finite spread replaces an unbounded key',
      code: `
const tightDefaults = { maxConsecutiveAutoReply: 8 };
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Infinity, ...tightDefaults });
`,
    },
    {
      name: 'an unresolvable later spread may replace the key (not strict)',
      code: `
export function buildDesk(overrides: object) {
  return new ConversableAgent({ maxConsecutiveAutoReply: Infinity, ...overrides });
}
`,
    },
    {
      name: 'a ternary whose branches are both finite',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: process.env.CI ? 3 : 10 });
`,
    },
    {
      name: 'Math.min with a finite literal',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Math.min(Infinity, 20) });
`,
    },
    {
      name: 'Math.max of finite literals',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Math.max(5, 10) });
`,
    },
    {
      name: 'a finite enum member',
      code: `
enum ReplyLimit { Short = 5, Long = 40 }
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: ReplyLimit.Long });
`,
    },
    {
      name: 'a parameter is not resolved (not strict)',
      code: `
export function buildDesk(replyLimit: number) {
  return new ConversableAgent({ maxConsecutiveAutoReply: replyLimit });
}
`,
    },
    {
      name: 'an environment variable is not resolved (not strict)',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Number(process.env.REPLY_LIMIT) });
`,
    },
    {
      name: 'an import from another file is not resolved (not strict)',
      code: `
import { REPLY_LIMIT } from './limits';
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: REPLY_LIMIT });
`,
    },
    {
      name: 'seed fixed: a bounded initiator with a termination predicate',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const isFinished = (message: { content: string | null }) => typeof message.content === 'string' && message.content.endsWith('TERMINATE');
const supportBot = new UserProxyAgent({
  name: 'support_bot',
  humanInputMode: 'NEVER',
  maxConsecutiveAutoReply: 10,
  isTerminationMsg: isFinished,
});
supportBot.initiateChat(reportWriter, { message: 'Draft the reconciliation report. End with TERMINATE.' });
`,
    },
    {
      name: 'an initiator with a finite auto-reply bound and no predicate',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER', maxConsecutiveAutoReply: 4 });
supportBot.initiateChat(reportWriter, { message: 'Draft the report.' });
`,
    },
    {
      name: 'an initiator with a predicate and no auto-reply bound',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER', isTerminationMsg: (message) => message.name === 'report_writer' });
supportBot.initiateChat(reportWriter, { message: 'Draft the report.' });
`,
    },
    {
      name: 'an initiator in ALWAYS mode is ended by a person',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
supportBot.initiateChat(reportWriter, { message: 'Draft the report.' });
`,
    },
    {
      name: 'a finite maxTurns on initiateChat with an unbounded initiator',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER' });
supportBot.initiateChat(reportWriter, { message: 'Draft the report.', maxTurns: 4 });
`,
    },
    {
      name: 'zero maxTurns is a bound',
      code: `
supportBot.initiateChat(reportWriter, { message: 'Draft the report.', maxTurns: 0 });
`,
    },
    {
      name: 'a finite maxTurns spread from a const',
      code: `
const chatDefaults = { maxTurns: 6 };
supportBot.initiateChat(reportWriter, { ...chatDefaults, message: 'Draft the report.' });
`,
    },
    {
      name: 'an initiator that is a parameter is not resolved',
      code: `
import type { ConversableAgent } from 'autogen_node';
export function startReview(initiator: ConversableAgent, reviewer: ConversableAgent) {
  return initiator.initiateChat(reviewer, { message: 'Review the claim.' });
}
`,
    },
    {
      name: 'autogen_node string-message form defaults to 10 rounds',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER' });
supportBot.initiateChat(reportWriter, 'Draft the report.');
`,
    },
    {
      name: 'autogen_node string-message form with null maxRounds (zero rounds, not unbounded)',
      code: `
const reviewer = new ConversableAgent({ name: 'reviewer' });
reviewer.initiateChat(writer, 'Summarise ticket 4411.', null);
`,
    },
    {
      name: 'autogen_node string-message form with finite maxRounds',
      code: `
supportBot.initiateChat(reportWriter, 'Draft the report.', 6);
`,
    },
    {
      name: 'a team with a termination condition',
      code: `
import { RoundRobinGroupChat } from '@autogen/agentchat';
import { MaxMessageTermination } from '@autogen/agentchat/conditions';
const reviewTeam = new RoundRobinGroupChat([reportWriter, lookupPolicy], { terminationCondition: new MaxMessageTermination(12) });
`,
    },
    {
      name: 'a team with finite maxTurns',
      code: `
import { SelectorGroupChat } from '@autogen/agentchat';
const reviewTeam = new SelectorGroupChat([reportWriter, lookupPolicy], { maxTurns: 20 });
`,
    },
    {
      name: 'a team with a termination condition from a const',
      code: `
import { RoundRobinGroupChat } from '@autogen/agentchat';
import { TextMentionTermination } from '@autogen/agentchat/conditions';
const stopWhenApproved = new TextMentionTermination('APPROVED');
const teamOptions = { terminationCondition: stopWhenApproved } as const;
const reviewTeam = new RoundRobinGroupChat([reportWriter, lookupPolicy], teamOptions);
`,
    },
    {
      name: 'MagenticOneGroupChat defaults to 20 turns',
      code: `
import { MagenticOneGroupChat } from '@autogen/agentchat';
const researchTeam = new MagenticOneGroupChat([reportWriter, lookupPolicy]);
`,
    },
    {
      name: 'Swarm without an AutoGen import is another library',
      code: `
import { Swarm } from './simulation/swarm';
const flock = new Swarm([boidA, boidB]);
`,
    },
    {
      name: 'a team class imported from a project file is not AutoGen',
      code: `
import { RoundRobinGroupChat } from './local-teams';
const reviewTeam = new RoundRobinGroupChat([reportWriter, lookupPolicy]);
`,
    },
    {
      name: 'team options that cannot be resolved',
      code: `
import { RoundRobinGroupChat } from '@autogen/agentchat';
export function buildTeam(options: object) {
  return new RoundRobinGroupChat([reportWriter, lookupPolicy], options);
}
`,
    },
    {
      name: 'a Studio JSON team with a termination condition',
      code: `
export const reviewTeam = {
  provider: 'autogen_agentchat.teams.RoundRobinGroupChat',
  component_type: 'team',
  config: {
    participants: [],
    termination_condition: { provider: 'autogen_agentchat.conditions.MaxMessageTermination', config: { max_messages: 12 } },
  },
};
`,
    },
    {
      name: 'a Studio JSON team with finite max_turns',
      code: `
export const reviewTeam = {
  provider: 'autogen_agentchat.teams.SelectorGroupChat',
  component_type: 'team',
  config: { participants: [], max_turns: 20 },
};
`,
    },
    {
      name: 'a provider that is not an AutoGen team',
      code: `
export const pipeline = { provider: 'acme.pipelines.RoundRobinGroupChat', config: { stages: [] } };
`,
    },
    {
      name: 'a GroupChat with finite maxRound',
      code: `
import { GroupChat } from 'autogen_node';
const triage = new GroupChat({ agents: [reportWriter, lookupPolicy], maxRound: 12 });
`,
    },
    {
      name: 'a GroupChat without maxRound defaults to 10 rounds',
      code: `
import { GroupChat } from 'autogen_node';
const triage = new GroupChat({ agents: [reportWriter, lookupPolicy] });
`,
    },
    {
      name: 'seed: defence in depth with every bound set',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const codeReviewer = new AssistantAgent({ name: 'code_reviewer', systemMessage: 'Review, test, then end with TERMINATE.' });
const hasStopWord = (message: { content: unknown }) => typeof message.content === 'string' && ['TERMINATE', 'DONE'].some((word) => (message.content as string).includes(word));
const buildRunner = new UserProxyAgent({
  name: 'build_runner',
  humanInputMode: 'NEVER',
  maxConsecutiveAutoReply: 12,
  isTerminationMsg: hasStopWord,
});
buildRunner.initiateChat(codeReviewer, { message: 'Write a merge sort with tests.', maxTurns: 20 });
`,
    },
  ],
  invalid: [
    {
      name: 'seed broken: maxConsecutiveAutoReply null and an initiator that cannot stop',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({
  name: 'support_bot',
  humanInputMode: 'NEVER',
  maxConsecutiveAutoReply: null,
});
supportBot.initiateChat(reportWriter, { message: 'Draft the reconciliation report.' });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'null',
            origin: '',
            effect:
              'which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node',
          },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 32,
        },
        {
          messageId: 'initiatorCannotStop',
          data: {
            call: 'initiateChat',
            initiator: 'supportBot',
            maxTurns: 'maxTurns',
            predicate: 'isTerminationMsg',
            autoReply: 'maxConsecutiveAutoReply',
          },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'maxConsecutiveAutoReply undefined',
      code: `
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: undefined });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'undefined',
            origin: '',
            effect:
              'which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node',
          },
          line: 2,
          column: 64,
          endLine: 2,
          endColumn: 98,
        },
      ],
    },
    {
      name: 'maxConsecutiveAutoReply Infinity',
      code: `
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 64,
          endLine: 2,
          endColumn: 97,
        },
      ],
    },
    {
      name: 'Number.POSITIVE_INFINITY',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Number.POSITIVE_INFINITY });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Number.POSITIVE_INFINITY',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'Number.MAX_SAFE_INTEGER',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Number.MAX_SAFE_INTEGER });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Number.MAX_SAFE_INTEGER',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'Number.MAX_SAFE_INTEGER even under a larger maxBound',
      options: [{ maxBound: 1000000000000000000 }],
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Number.MAX_SAFE_INTEGER });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Number.MAX_SAFE_INTEGER',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'a negative count',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: -1 });
`,
      errors: [
        {
          messageId: 'invalidValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: '-1',
            origin: '',
            minimum: '0',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'a non-integer count',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: 2.5 });
`,
      errors: [
        {
          messageId: 'invalidValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: '2.5',
            origin: '',
            minimum: '0',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'a count above the default maxBound',
      code: `
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: 1001 });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: '1001',
            origin: '',
            maxBound: '1000',
          },
          line: 2,
          column: 64,
          endLine: 2,
          endColumn: 93,
        },
      ],
    },
    {
      name: 'a count above a configured maxBound',
      options: [{ maxBound: 50 }],
      code: `
const claimsDesk = new ConversableAgent({ name: 'claims_desk', maxConsecutiveAutoReply: 60 });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: '60',
            origin: '',
            maxBound: '50',
          },
          line: 2,
          column: 64,
          endLine: 2,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'the example respects a maxBound below it',
      options: [{ maxBound: 5 }],
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: 6 });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 5',
            unit: 'auto-replies',
            value: '6',
            origin: '',
            maxBound: '5',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 69,
        },
      ],
    },
    {
      name: 'Infinity from a const, with its origin',
      code: `
const REPLY_LIMIT = Infinity;
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: REPLY_LIMIT });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: ' (from `REPLY_LIMIT`, line 2)',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'Infinity from an as const object',
      code: `
const LIMITS = { replies: Infinity, turns: 20 } as const;
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: LIMITS.replies });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: ' (from `LIMITS.replies`, line 2)',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 82,
        },
      ],
    },
    {
      name: 'a later key replaces a finite spread default with Infinity',
      code: `
const tightDefaults = { maxConsecutiveAutoReply: 8 };
const claimsDesk = new ConversableAgent({ ...tightDefaults, maxConsecutiveAutoReply: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 94,
        },
      ],
    },
    {
      name: 'an unbounded spread after a finite key is reported where it is written',
      code: `
const looseOverrides = { maxConsecutiveAutoReply: Infinity };
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: 8, ...looseOverrides });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'an exported default is reported even where a spread replaces it',
      code: `
export const sharedDefaults = { maxConsecutiveAutoReply: Infinity };
const claimsDesk = new ConversableAgent({ ...sharedDefaults, maxConsecutiveAutoReply: 8 });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'a default also used without a spread is reported',
      code: `
const looseDefaults = { maxConsecutiveAutoReply: Infinity };
const claimsDesk = new ConversableAgent({ ...looseDefaults, maxConsecutiveAutoReply: 8 });
const intakeDesk = new ConversableAgent(looseDefaults);
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'an unresolvable later spread under strict',
      options: [{ strict: true }],
      code: `
export function buildDesk(overrides: object) {
  return new ConversableAgent({ maxConsecutiveAutoReply: Infinity, ...overrides });
}
`,
      errors: [
        {
          messageId: 'unknownValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: '...overrides',
            reason: 'a spread written after it may replace it',
          },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'a ternary with a reachable unbounded branch',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: process.env.CI ? 3 : Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 97,
        },
      ],
    },
    {
      name: 'Math.min of large literals stays above maxBound',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Math.min(Infinity, 5000) });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Math.min(Infinity, 5000)',
            origin: '',
            maxBound: '1000',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'Math.max with Infinity',
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: Math.max(10, Infinity) });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Math.max(10, Infinity)',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 90,
        },
      ],
    },
    {
      name: 'an enum member above maxBound',
      code: `
enum ReplyLimit { Short = 5, Endless = 5000 }
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: ReplyLimit.Endless });
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: '5000',
            origin: ' (from `ReplyLimit.Endless`, line 2)',
            maxBound: '1000',
          },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 86,
        },
      ],
    },
    {
      name: 'a parameter under strict',
      options: [{ strict: true }],
      code: `
export function buildDesk(replyLimit: number) {
  return new ConversableAgent({ maxConsecutiveAutoReply: replyLimit });
}
`,
      errors: [
        {
          messageId: 'unknownValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'replyLimit',
            reason: 'it comes from a parameter',
          },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'an environment variable under strict',
      options: [{ strict: true }],
      code: `
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: process.env.REPLY_LIMIT });
`,
      errors: [
        {
          messageId: 'unknownValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'process.env.REPLY_LIMIT',
            reason: 'it comes from an environment variable',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'an import under strict',
      options: [{ strict: true }],
      code: `
import { REPLY_LIMIT } from './limits';
const claimsDesk = new ConversableAgent({ maxConsecutiveAutoReply: REPLY_LIMIT });
`,
      errors: [
        {
          messageId: 'unknownValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'REPLY_LIMIT',
            reason: 'it is imported from another file',
          },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'maxTurns Infinity on initiateChat',
      code: `
supportBot.initiateChat(reportWriter, { message: 'Draft the report.', maxTurns: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 20',
            unit: 'turns',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 89,
        },
      ],
    },
    {
      name: 'maxTurns null on initiateChat is one finding',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER' });
supportBot.initiateChat(reportWriter, { message: 'Draft the report.', maxTurns: null });
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
            effect: 'which means no limit: the chat goes on until a termination condition fires',
          },
          line: 5,
          column: 71,
          endLine: 5,
          endColumn: 85,
        },
      ],
    },
    {
      name: 'maxTurns from a spread const',
      code: `
const chatDefaults = { maxTurns: Number.POSITIVE_INFINITY };
supportBot.initiateChat(reportWriter, { ...chatDefaults, message: 'Draft the report.' });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 20',
            unit: 'turns',
            value: 'Number.POSITIVE_INFINITY',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'an initiator with no options at all',
      code: `
import { AssistantAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const lookupPolicy = new AssistantAgent({ name: 'lookup_policy' });
lookupPolicy.initiateChat(reportWriter, { message: 'Find the policy.' });
`,
      errors: [
        {
          messageId: 'initiatorCannotStop',
          data: {
            call: 'initiateChat',
            initiator: 'lookupPolicy',
            maxTurns: 'maxTurns',
            predicate: 'isTerminationMsg',
            autoReply: 'maxConsecutiveAutoReply',
          },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'an initiator whose auto-reply bound is Infinity',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER', maxConsecutiveAutoReply: Infinity });
supportBot.initiateChat(reportWriter, { message: 'Draft the report.' });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 4,
          column: 87,
          endLine: 4,
          endColumn: 120,
        },
        {
          messageId: 'initiatorCannotStop',
          data: {
            call: 'initiateChat',
            initiator: 'supportBot',
            maxTurns: 'maxTurns',
            predicate: 'isTerminationMsg',
            autoReply: 'maxConsecutiveAutoReply',
          },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'an initiator in TERMINATE mode without bound or predicate',
      code: `
import { AssistantAgent, UserProxyAgent } from 'autogen_node';
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'TERMINATE' });
supportBot.initiateChat(reportWriter, { message: 'Draft the report.' });
`,
      errors: [
        {
          messageId: 'initiatorCannotStop',
          data: {
            call: 'initiateChat',
            initiator: 'supportBot',
            maxTurns: 'maxTurns',
            predicate: 'isTerminationMsg',
            autoReply: 'maxConsecutiveAutoReply',
          },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'autogen_node string-message form with Infinity maxRounds',
      code: `
supportBot.initiateChat(reportWriter, 'Draft the report.', Infinity);
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
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'RoundRobinGroupChat with neither termination condition nor maxTurns',
      code: `
import { RoundRobinGroupChat } from '@autogen/agentchat';
const reviewTeam = new RoundRobinGroupChat([reportWriter, lookupPolicy]);
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'RoundRobinGroupChat',
            missing: 'neither a termination condition nor `maxTurns`',
            effect: 'the team runs indefinitely, one model call after another',
            fix: 'Pass `terminationCondition` (for example a `MaxMessageTermination`) or a finite `maxTurns` such as `maxTurns: 20`.',
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'SelectorGroupChat with options but no bound',
      code: `
import { SelectorGroupChat } from '@autogen/agentchat';
const reviewTeam = new SelectorGroupChat([reportWriter, lookupPolicy], { modelClient: plannerModel });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'SelectorGroupChat',
            missing: 'neither a termination condition nor `maxTurns`',
            effect: 'the team runs indefinitely, one model call after another',
            fix: 'Pass `terminationCondition` (for example a `MaxMessageTermination`) or a finite `maxTurns` such as `maxTurns: 20`.',
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'Swarm with an AutoGen import',
      code: `
import { Swarm } from '@autogen/agentchat';
const handoffTeam = new Swarm([reportWriter, lookupPolicy]);
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'Swarm',
            missing: 'neither a termination condition nor `maxTurns`',
            effect: 'the team runs indefinitely, one model call after another',
            fix: 'Pass `terminationCondition` (for example a `MaxMessageTermination`) or a finite `maxTurns` such as `maxTurns: 20`.',
          },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'a team whose termination condition is null',
      code: `
import { RoundRobinGroupChat } from '@autogen/agentchat';
const reviewTeam = new RoundRobinGroupChat([reportWriter, lookupPolicy], { terminationCondition: null });
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'RoundRobinGroupChat',
            missing: 'neither a termination condition nor `maxTurns`',
            effect: 'the team runs indefinitely, one model call after another',
            fix: 'Pass `terminationCondition` (for example a `MaxMessageTermination`) or a finite `maxTurns` such as `maxTurns: 20`.',
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'a team with maxTurns Infinity',
      code: `
import { RoundRobinGroupChat } from '@autogen/agentchat';
const reviewTeam = new RoundRobinGroupChat([reportWriter, lookupPolicy], { maxTurns: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 20',
            unit: 'turns',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 94,
        },
      ],
    },
    {
      name: 'MagenticOneGroupChat with maxTurns Infinity',
      code: `
import { MagenticOneGroupChat } from '@autogen/agentchat';
const researchTeam = new MagenticOneGroupChat([reportWriter, lookupPolicy], { maxTurns: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxTurns',
            example: 'maxTurns: 20',
            unit: 'turns',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 97,
        },
      ],
    },
    {
      name: 'a Studio JSON team with neither termination_condition nor max_turns',
      code: `
export const reviewTeam = {
  provider: 'autogen_agentchat.teams.RoundRobinGroupChat',
  component_type: 'team',
  config: { participants: [], emit_team_events: false },
};
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'RoundRobinGroupChat',
            missing: 'neither a termination condition nor `max_turns`',
            effect: 'the team runs indefinitely, one model call after another',
            fix: 'Set `termination_condition` (for example a `MaxMessageTermination`) or a finite `max_turns` such as `max_turns: 20`.',
          },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'a Studio JSON team with max_turns above maxBound',
      code: `
export const reviewTeam = {
  provider: 'autogen_agentchat.teams.SelectorGroupChat',
  component_type: 'team',
  config: { participants: [], max_turns: 1e6 },
};
`,
      errors: [
        {
          messageId: 'valueAboveMax',
          data: {
            option: 'max_turns',
            example: 'max_turns: 20',
            unit: 'turns',
            value: '1e6',
            origin: '',
            maxBound: '1000',
          },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'GroupChat maxRound Infinity',
      code: `
import { GroupChat } from 'autogen_node';
const triage = new GroupChat({ agents: [reportWriter, lookupPolicy], maxRound: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxRound',
            example: 'maxRound: 12',
            unit: 'rounds',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 88,
        },
      ],
    },
    {
      name: 'GroupChat max_round null',
      code: `
import { GroupChat } from 'autogen_node';
const triage = new GroupChat({ agents: [reportWriter, lookupPolicy], max_round: null });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'max_round',
            example: 'max_round: 12',
            unit: 'rounds',
            value: 'null',
            origin: '',
            effect: 'which sets no bound of your own: AutoGen 0.2 fails on it and autogen_node falls back to 10 rounds',
          },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 85,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (JavaScript)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'snake_case finite bound through require',
      code: `
const { UserProxyAgent } = require('autogen_node');
const supportBot = new UserProxyAgent({ name: 'support_bot', human_input_mode: 'NEVER', max_consecutive_auto_reply: 10 });
`,
    },
    {
      name: 'initiate_chat with finite max_turns',
      code: `
supportBot.initiate_chat(reportWriter, { message: 'Draft the report.', max_turns: 10 });
`,
    },
    {
      name: 'a Studio JSON team with max_turns in a JS file',
      code: `
export default {
  provider: 'autogen_agentchat.teams.RoundRobinGroupChat',
  config: { participants: [], max_turns: 15 },
};
`,
    },
  ],
  invalid: [
    {
      name: 'seed broken in JavaScript: null bound and initiate_chat',
      code: `
const { AssistantAgent, UserProxyAgent } = require('autogen_node');
const reportWriter = new AssistantAgent({ name: 'report_writer' });
const supportBot = new UserProxyAgent({
  name: 'support_bot',
  human_input_mode: 'NEVER',
  max_consecutive_auto_reply: null,
});
supportBot.initiate_chat(reportWriter, { message: 'Draft the reconciliation report.' });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'max_consecutive_auto_reply',
            example: 'max_consecutive_auto_reply: 10',
            unit: 'auto-replies',
            value: 'null',
            origin: '',
            effect:
              'which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node',
          },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 35,
        },
        {
          messageId: 'initiatorCannotStop',
          data: {
            call: 'initiate_chat',
            initiator: 'supportBot',
            maxTurns: 'max_turns',
            predicate: 'is_termination_msg',
            autoReply: 'max_consecutive_auto_reply',
          },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'Infinity in a JavaScript file',
      code: `
const claimsDesk = new ConversableAgent({ max_consecutive_auto_reply: Infinity });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'max_consecutive_auto_reply',
            example: 'max_consecutive_auto_reply: 10',
            unit: 'auto-replies',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'max_turns from a frozen const object',
      code: `
const TURNS = Object.freeze({ review: Infinity });
supportBot.initiate_chat(reportWriter, { message: 'Review.', max_turns: TURNS.review });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'max_turns',
            example: 'max_turns: 20',
            unit: 'turns',
            value: 'Infinity',
            origin: ' (from `TURNS.review`, line 2)',
            effect: 'so the loop stops only when the model decides to',
          },
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 85,
        },
      ],
    },
    {
      name: 'a team without a bound in a JS file',
      code: `
const { RoundRobinGroupChat } = require('@autogen/agentchat');
const reviewTeam = new RoundRobinGroupChat([reportWriter, lookupPolicy]);
`,
      errors: [
        {
          messageId: 'missingBound',
          data: {
            api: 'RoundRobinGroupChat',
            missing: 'neither a termination condition nor `maxTurns`',
            effect: 'the team runs indefinitely, one model call after another',
            fix: 'Pass `terminationCondition` (for example a `MaxMessageTermination`) or a finite `maxTurns` such as `maxTurns: 20`.',
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
  ],
});
