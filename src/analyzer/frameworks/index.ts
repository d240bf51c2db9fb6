/**
 * The registry of framework adapters. Adding a framework means adding its file
 * here; the walker and the checks stay as they are.
 */
import { aiSdk } from './ai-sdk.js';
import { autogen } from './autogen.js';
import { entries } from './entries.js';
import { http } from './http.js';
import { langgraph } from './langgraph.js';
import { prompts } from './prompts.js';
import type { FrameworkAdapter } from './types.js';

export const adapters: readonly FrameworkAdapter[] = [autogen, aiSdk, langgraph, http, prompts, entries];
