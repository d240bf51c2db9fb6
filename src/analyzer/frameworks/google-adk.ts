/**
 * Google ADK (`@google/adk`). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const googleAdk: FrameworkAdapter = {
  id: 'google-adk',
  packages: ['@google/adk'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
