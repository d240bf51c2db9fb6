/**
 * LlamaIndex.TS (`@llamaindex/workflow`). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const llamaindex: FrameworkAdapter = {
  id: 'llamaindex',
  packages: ['@llamaindex/workflow'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
