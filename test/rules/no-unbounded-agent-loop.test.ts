import rule from '../../src/rules/no-unbounded-agent-loop.js';
import { jsTester, tsTester } from './testers.js';

tsTester.run('no-unbounded-agent-loop', rule, {
  valid: [
    {
      name: 'a finite auto-reply bound with a predicate',
      code: `
import { UserProxyAgent } from 'autogen_node';
const userProxy = new UserProxyAgent({ name: 'user_proxy', humanInputMode: 'NEVER', maxConsecutiveAutoReply: 10 });
`,
    },
  ],
  invalid: [
    {
      name: 'seed: max_consecutive_auto_reply set to null',
      code: `
import { UserProxyAgent } from 'autogen_node';
const userProxy = new UserProxyAgent({ name: 'user_proxy', humanInputMode: 'NEVER', maxConsecutiveAutoReply: null });
`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'maxConsecutiveAutoReply',
            value: 'null',
            origin: '',
            effect: 'which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node',
            example: 'maxConsecutiveAutoReply: 10',
            unit: 'auto-replies',
          },
          line: 3,
          column: 86,
          endLine: 3,
          endColumn: 115,
        },
      ],
    },
  ],
});

jsTester.run('no-unbounded-agent-loop (JavaScript)', rule, {
  valid: [],
  invalid: [
    {
      name: 'Infinity in a JavaScript file',
      code: `const agent = new ConversableAgent({ max_consecutive_auto_reply: Infinity });`,
      errors: [
        {
          messageId: 'unboundedValue',
          data: {
            option: 'max_consecutive_auto_reply',
            value: 'Infinity',
            origin: '',
            effect: 'so the loop stops only when the model decides to',
            example: 'max_consecutive_auto_reply: 10',
            unit: 'auto-replies',
          },
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 74,
        },
      ],
    },
  ],
});
