/** Every check, by rule id. */
import { noHumanInputInHeadless } from './no-human-input-in-headless.js';
import { noUnboundedAgentLoop } from './no-unbounded-agent-loop.js';
import { requireFetchTimeout } from './require-fetch-timeout.js';
import { safeTerminationCheck } from './safe-termination-check.js';
import type { Check } from './types.js';

export const checks = {
  'no-human-input-in-headless': noHumanInputInHeadless,
  'no-unbounded-agent-loop': noUnboundedAgentLoop,
  'require-fetch-timeout': requireFetchTimeout,
  'safe-termination-check': safeTerminationCheck,
} as const satisfies Record<string, Check<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type RuleId = keyof typeof checks;
