import noHumanInputInHeadless from './no-human-input-in-headless.js';
import noUnboundedAgentLoop from './no-unbounded-agent-loop.js';
import requireFetchTimeout from './require-fetch-timeout.js';
import safeTerminationCheck from './safe-termination-check.js';

export const rules = {
  'no-human-input-in-headless': noHumanInputInHeadless,
  'no-unbounded-agent-loop': noUnboundedAgentLoop,
  'require-fetch-timeout': requireFetchTimeout,
  'safe-termination-check': safeTerminationCheck,
};
