/**
 * LangChain.js (`langchain`, `@langchain/classic`, `@langchain/core` tools). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const langchain: FrameworkAdapter = {
  id: 'langchain',
  packages: ['langchain'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
