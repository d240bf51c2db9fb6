/**
 * Mastra (`@mastra/core`). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const mastra: FrameworkAdapter = {
  id: 'mastra',
  packages: ['@mastra/core'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
