/**
 * Hand-written agent loops around model calls (OpenAI and Anthropic SDK clients and the frameworks above). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const handWrittenLoops: FrameworkAdapter = {
  id: 'loops',
  packages: ['openai'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
