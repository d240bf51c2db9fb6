import { safeTerminationCheck } from '../analyzer/checks/safe-termination-check.js';
import { createRule } from './_host/create-rule.js';
import { reportFindings } from './_host/report.js';

export default createRule({
  name: 'safe-termination-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require termination and routing predicates to handle null and list message content',
      recommended: true,
    },
    messages: safeTerminationCheck.messages,
    schema: safeTerminationCheck.schema as never,
    defaultOptions: [...safeTerminationCheck.defaultOptions],
  },
  create: (context, [options]) => reportFindings(context, 'safe-termination-check', options),
});
