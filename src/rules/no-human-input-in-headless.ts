import { noHumanInputInHeadless } from '../analyzer/checks/no-human-input-in-headless.js';
import { createRule } from './_host/create-rule.js';
import { reportFindings } from './_host/report.js';

export default createRule({
  name: 'no-human-input-in-headless',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow human-input modes and terminal prompts in code that runs headless',
      recommended: true,
    },
    messages: noHumanInputInHeadless.messages,
    schema: noHumanInputInHeadless.schema as never,
    defaultOptions: [...noHumanInputInHeadless.defaultOptions],
  },
  create: (context, [options]) => reportFindings(context, 'no-human-input-in-headless', options),
});
