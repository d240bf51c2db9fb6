import { requireFetchTimeout } from '../analyzer/checks/require-fetch-timeout.js';
import { createRule } from './_host/create-rule.js';
import { reportFindings } from './_host/report.js';

export default createRule({
  name: 'require-fetch-timeout',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a timeout or abort signal on HTTP calls made with fetch or axios',
      recommended: true,
    },
    messages: requireFetchTimeout.messages,
    schema: requireFetchTimeout.schema as never,
    defaultOptions: [...requireFetchTimeout.defaultOptions],
  },
  create: (context, [options]) => reportFindings(context, 'require-fetch-timeout', options),
});
