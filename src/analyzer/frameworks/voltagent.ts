/**
 * VoltAgent (`@voltagent/core`). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const voltagent: FrameworkAdapter = {
  id: 'voltagent',
  packages: ['@voltagent/core'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
