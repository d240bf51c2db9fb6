import { noUnboundedAgentLoop } from '../analyzer/checks/no-unbounded-agent-loop.js';
import { createRule } from './_host/create-rule.js';
import { reportFindings } from './_host/report.js';

export default createRule({
  name: 'no-unbounded-agent-loop',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow agent loops whose bound is missing, infinite or vacuous',
      recommended: true,
    },
    messages: noUnboundedAgentLoop.messages,
    schema: noUnboundedAgentLoop.schema as never,
    defaultOptions: [...noUnboundedAgentLoop.defaultOptions],
  },
  create: (context, [options]) => reportFindings(context, 'no-unbounded-agent-loop', options),
});
