/**
 * Strands Agents TS (`@strands-agents/sdk`). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const strands: FrameworkAdapter = {
  id: 'strands',
  packages: ['@strands-agents/sdk'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
