/**
 * OpenAI Agents JS (`@openai/agents`). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const openaiAgents: FrameworkAdapter = {
  id: 'openai-agents',
  packages: ['@openai/agents'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
