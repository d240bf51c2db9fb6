/**
 * ESLint with type information (typescript-eslint's `project`): the parser's checker answers
 * the same questions as the scanner's, so declared content types decide there too.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/safe-termination-check.js';
import boundRule from '../../src/rules/no-unbounded-agent-loop.js';
import type { Options } from '../../src/analyzer/checks/safe-termination-check.js';
import type { Options as BoundOptions } from '../../src/analyzer/checks/no-unbounded-agent-loop.js';

const typedTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      project: './tsconfig.json',
      tsconfigRootDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/typed-lint'),
    },
  },
  defaultFilenames: { ts: 'agent.ts', tsx: 'agent.tsx' },
});

const messages = `
interface Part { type: string; text?: string }
interface TextMessage { role: string; content: string }
interface MixedMessage { role: string; content: string | Part[] | null }
declare class ConversableAgent<M> { constructor(config: { name: string; isTerminationMsg?: (message: M) => boolean }) }
`;

typedTester.run('safe-termination-check (typed)', rule as unknown as Parameters<typeof typedTester.run<string, [Partial<Options>?]>>[1], {
  valid: [
    {
      name: 'a declared `string` is safe as it stands, although AutoGen content can be null',
      code: `${messages}
new ConversableAgent<TextMessage>({ name: 'writer', isTerminationMsg: (message: TextMessage) => message.content.includes('TERMINATE') });`,
    },
  ],
  invalid: [
    {
      name: 'a declared type that admits null and lists is reported with the type',
      code: `${messages}
new ConversableAgent<MixedMessage>({ name: 'critic', isTerminationMsg: (message: MixedMessage) => message.content.endsWith('TERMINATE') });`,
      errors: [
        {
          messageId: 'nullContentType',
          data: { expression: 'message.content', operation: '.endsWith()', role: '`isTerminationMsg`', type: 'string | Part[] | null' },
          line: 7,
          column: 99,
          endLine: 7,
          endColumn: 123,
        },
      ],
    },
  ],
});

typedTester.run(
  'no-unbounded-agent-loop (typed)',
  boundRule as unknown as Parameters<typeof typedTester.run<string, [Partial<BoundOptions>?]>>[1],
  {
    valid: [
      {
        name: 'a parameter typed `number` stays unknown',
        code: `import { Agent, run } from '@openai/agents';
export function go(agent: Agent, maxTurns: number) { return run(agent, 'hi', { maxTurns }); }`,
      },
    ],
    invalid: [
      {
        name: 'a parameter pinned to a literal type is read from its type',
        code: `import { Agent, run } from '@openai/agents';
export function go(agent: Agent, limits: { readonly maxTurns: 5000 }) { return run(agent, 'hi', { maxTurns: limits.maxTurns }); }`,
        errors: [{ messageId: 'valueAboveMax', line: 2, column: 99, endLine: 2, endColumn: 124 }],
      },
    ],
  },
);
