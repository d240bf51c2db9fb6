/**
 * Claude Agent SDK (`@anthropic-ai/claude-agent-sdk`). Not implemented yet (issue 3): registered so the adapter is a file of its own.
 */
import type { FrameworkAdapter } from './types.js';

export const claudeAgentSdk: FrameworkAdapter = {
  id: 'claude-agent-sdk',
  packages: ['@anthropic-ai/claude-agent-sdk'],
  // Matches nothing until the adapter has visitors.
  hint: /(?!)/,
  visitors: {},
};
