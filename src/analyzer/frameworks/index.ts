/**
 * The registry of framework adapters. Adding a framework means adding its file
 * here; the walker and the checks stay as they are.
 */
import { aiSdk } from './ai-sdk.js';
import { autogen } from './autogen.js';
import { claudeAgentSdk } from './claude-agent-sdk.js';
import { entries } from './entries.js';
import { googleAdk } from './google-adk.js';
import { http } from './http.js';
import { langchain } from './langchain.js';
import { langgraph } from './langgraph.js';
import { llamaindex } from './llamaindex.js';
import { handWrittenLoops } from './loops.js';
import { mastra } from './mastra.js';
import { openaiAgents } from './openai-agents.js';
import { prompts } from './prompts.js';
import { strands } from './strands.js';
import type { FrameworkAdapter } from './types.js';
import { voltagent } from './voltagent.js';

export const adapters: readonly FrameworkAdapter[] = [
  autogen,
  aiSdk,
  openaiAgents,
  langgraph,
  langchain,
  mastra,
  claudeAgentSdk,
  googleAdk,
  strands,
  voltagent,
  llamaindex,
  handWrittenLoops,
  http,
  prompts,
  entries,
];
