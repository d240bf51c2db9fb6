import type { Options } from '../../src/analyzer/checks/require-fetch-timeout.js';
import haltingRule from '../../src/rules/require-fetch-timeout.js';
import { jsTester, tsTester } from './testers.js';

// Cases may pass partial options: the rule merges them over its defaults.
const rule = haltingRule as unknown as Parameters<typeof tsTester.run<string, [Partial<Options>?]>>[1];

tsTester.run('require-fetch-timeout', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'seed fixed: a tool whose fetch has AbortSignal.timeout',
      code: `
export async function lookupPolicy(policyId: string) {
  const response = await fetch(\`https://policies.internal/\${policyId}\`, { signal: AbortSignal.timeout(10_000) });
  return response.json();
}
supportBot.registerFunction(lookupPolicy);
`,
    },
    {
      name: 'AbortSignal.any of a caller signal and a timeout',
      code: `
export async function lookupPolicy(policyId: string, caller: AbortSignal) {
  return fetch(\`https://policies.internal/\${policyId}\`, { signal: AbortSignal.any([caller, AbortSignal.timeout(10_000)]) });
}
`,
    },
    {
      name: "a controller's signal",
      code: `
const controller = new AbortController();
setTimeout(() => controller.abort(), 10_000);
await fetch('https://rates.internal/today', { signal: controller.signal });
`,
    },
    {
      name: 'a forwarded signal parameter',
      code: `
export async function lookupPolicy(policyId: string, { signal }: { signal: AbortSignal }) {
  return fetch(\`https://policies.internal/\${policyId}\`, { method: 'GET', signal });
}
`,
    },
    {
      name: 'an init const that carries a signal',
      code: `
const withDeadline = { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(5_000) };
await fetch('https://rates.internal/today', withDeadline);
`,
    },
    {
      name: 'an init spread from a const that carries a signal',
      code: `
const withDeadline = { signal: AbortSignal.timeout(5_000) } as const;
await fetch('https://rates.internal/today', { ...withDeadline, method: 'POST' });
`,
    },
    {
      name: 'a Request built with a signal',
      code: `
await fetch(new Request('https://rates.internal/today', { signal: AbortSignal.timeout(5_000) }));
`,
    },
    {
      name: 'a ternary init whose branches both carry a signal',
      code: `
const slowRoute = process.env.SLOW === '1';
await fetch('https://rates.internal/today', slowRoute ? { signal: AbortSignal.timeout(60_000) } : { signal: AbortSignal.timeout(5_000) });
`,
    },
    {
      name: 'an init parameter is not resolved (not strict)',
      code: `
export async function relay(url: string, init: RequestInit) {
  return fetch(url, init);
}
`,
    },
    {
      name: 'an init returned by a call is not resolved (not strict)',
      code: `
await fetch('https://rates.internal/today', buildInit());
`,
    },
    {
      name: 'a fetch method of an unrelated object',
      code: `
await cacheClient.fetch('policy:42');
`,
    },
    {
      name: 'a local function named fetch',
      code: `
function fetch(key: string) {
  return localStore.get(key);
}
fetch('policy:42');
`,
    },
    {
      name: 'fetch imported from a project module',
      code: `
import { fetch } from './http/with-deadline';
await fetch('https://rates.internal/today');
`,
    },
    {
      name: 'undici fetch with a signal',
      code: `
import { fetch } from 'undici';
await fetch('https://rates.internal/today', { signal: AbortSignal.timeout(5_000) });
`,
    },
    {
      name: 'axios(config) with a timeout',
      code: `
import axios from 'axios';
await axios({ url: 'https://rates.internal/today', timeout: 5_000 });
`,
    },
    {
      name: 'axios(url, config) with a timeout',
      code: `
import axios from 'axios';
await axios('https://rates.internal/today', { timeout: 5_000 });
`,
    },
    {
      name: 'axios.request with a timeout',
      code: `
import axios from 'axios';
await axios.request({ url: 'https://rates.internal/today', timeout: 5_000 });
`,
    },
    {
      name: 'axios.get with a timeout in the config',
      code: `
import axios from 'axios';
await axios.get('https://rates.internal/today', { timeout: 5_000 });
`,
    },
    {
      name: 'axios.post with a timeout in the third argument',
      code: `
import axios from 'axios';
await axios.post('https://claims.internal', { claimId: 42 }, { timeout: 5_000 });
`,
    },
    {
      name: 'axios.get with a timeout from a const',
      code: `
import axios from 'axios';
const HTTP = { timeout: 8_000 } as const;
await axios.get('https://rates.internal/today', { timeout: HTTP.timeout });
`,
    },
    {
      name: 'axios with an abort signal',
      code: `
import axios from 'axios';
await axios.get('https://rates.internal/today', { signal: AbortSignal.timeout(5_000) });
`,
    },
    {
      name: 'an axios instance created with a timeout',
      code: `
import axios from 'axios';
const claimsApi = axios.create({ baseURL: 'https://claims.internal', timeout: 10_000 });
await claimsApi.get('/open');
await claimsApi.post('/close', { claimId: 42 });
`,
    },
    {
      name: 'an axios instance call with its own timeout',
      code: `
import axios from 'axios';
const claimsApi = axios.create({ baseURL: 'https://claims.internal' });
await claimsApi.get('/open', { timeout: 3_000 });
`,
    },
    {
      name: 'axios.defaults.timeout set in the file',
      code: `
import axios from 'axios';
axios.defaults.timeout = 10_000;
await axios.get('https://rates.internal/today');
`,
    },
    {
      name: 'an axios config parameter is not resolved (not strict)',
      code: `
import axios from 'axios';
export const relay = (url: string, config: object) => axios.get(url, config);
`,
    },
    {
      name: 'scope tools: a bare fetch outside any tool',
      options: [{ scope: 'tools' }],
      code: `
export async function warmCache() {
  await fetch('https://cache.internal/warm');
}
`,
    },
    {
      name: 'chain: a helper that forwards the AI SDK abort signal',
      code: `
import { tool } from 'ai';
async function getPolicy(policyId: string, signal?: AbortSignal) {
  const response = await fetch(\`https://policies.internal/\${policyId}\`, { signal });
  return response.json();
}
export const lookupPolicy = tool({
  description: 'Look up a policy',
  inputSchema: policySchema,
  execute: async ({ policyId }, { abortSignal }) => getPolicy(policyId, abortSignal),
});
`,
    },
    {
      name: 'chain: an OpenAI Agents tool forwards details.signal in an init, under strict',
      options: [{ strict: true }],
      code: `
import { tool } from '@openai/agents';
async function searchClaims(query: string, init: { signal?: AbortSignal }) {
  const response = await fetch(\`https://claims.internal/search?q=\${query}\`, { signal: init.signal });
  return response.json();
}
export const searchClaimsTool = tool({
  name: 'search_claims',
  description: 'Search open claims',
  parameters: claimQuery,
  execute: async ({ query }, _runContext, details) => searchClaims(query, { signal: details?.signal }),
});
`,
    },
    {
      name: 'chain: a wrapper that always sets a signal',
      code: `
import { tool } from 'ai';
function fetchWithTimeout(url: string, init?: RequestInit) {
  return fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(10_000) });
}
export const todayRates = tool({
  description: 'Exchange rates of today',
  inputSchema: noInput,
  execute: async () => (await fetchWithTimeout('https://rates.internal/today')).json(),
});
`,
    },
    {
      name: 'chain: a wrapper that forwards its init, called with a signal',
      code: `
import { tool } from 'ai';
async function getJson(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return response.json();
}
export const accountReport = tool({
  description: 'The monthly report of an account',
  inputSchema: accountSchema,
  execute: async ({ id }) => getJson(\`https://accounts.internal/\${id}/report\`, { signal: AbortSignal.timeout(20_000) }),
});
`,
    },
    {
      name: 'chain: a destructured option with a default signal',
      code: `
import { tool } from 'ai';
async function getJson(url: string, { signal = AbortSignal.timeout(5_000) }: { signal?: AbortSignal } = {}) {
  return (await fetch(url, { signal })).json();
}
export const accountStatus = tool({
  description: 'Whether an account is in good standing',
  inputSchema: accountSchema,
  execute: async ({ id }) => getJson(\`https://accounts.internal/\${id}/status\`),
});
`,
    },
    {
      name: 'chain: an axios wrapper on an instance with a timeout',
      code: `
import axios from 'axios';
import { tool } from 'ai';
const billing = axios.create({ baseURL: 'https://billing.internal/v2', timeout: 8_000 });
async function getInvoice(invoiceId: string) {
  return (await billing.get(\`/invoices/\${invoiceId}\`)).data;
}
export const invoiceTool = tool({ description: 'An invoice', inputSchema: invoiceSchema, execute: async ({ id }) => getInvoice(id) });
`,
    },
    {
      name: 'chain: a forwarding helper called outside any tool is not followed',
      code: `
async function getJson(url: string, init?: RequestInit) {
  return (await fetch(url, init)).json();
}
export async function nightlySync() {
  return getJson('https://policies.internal/changed');
}
`,
    },
    {
      name: 'scope tools: a helper without a signal called only outside tools',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'ai';
async function refreshCache() {
  await fetch('https://cache.internal/refresh');
}
export async function nightlyJob() {
  await refreshCache();
}
export const cacheStatus = tool({ description: 'Cache status', inputSchema: noInput, execute: async () => ({ warm: true }) });
`,
    },
    {
      name: 'scope tools: a fetch five helpers below the tool is beyond the bound',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'ai';
const level5 = () => fetch('https://audit.internal/full');
const level4 = () => level5();
const level3 = () => level4();
const level2 = () => level3();
const level1 = () => level2();
export const fullAudit = tool({ description: 'The full audit', inputSchema: noInput, execute: async () => level1() });
`,
    },
    {
      name: 'chain: recursion ends, and a bounded fetch inside it is silent',
      code: `
import { tool } from 'ai';
async function crawl(url: string, depth: number): Promise<string[]> {
  if (depth === 0) return [url];
  const html = await (await fetch(url, { signal: AbortSignal.timeout(5_000) })).text();
  return [url, ...(await crawl(html, depth - 1))];
}
export const siteMap = tool({ description: 'Linked pages', inputSchema: startSchema, execute: async ({ start }) => crawl(start, 3) });
`,
    },
    {
      name: 'chain: axios.defaults.timeout in the helper file counts for the calls reached',
      code: `
import axios from 'axios';
import { tool } from 'ai';
axios.defaults.timeout = 10_000;
async function getInvoice(invoiceId: string) {
  return (await axios.get(\`https://billing.internal/invoices/\${invoiceId}\`)).data;
}
export const invoiceTool = tool({ description: 'An invoice', inputSchema: invoiceSchema, execute: async ({ id }) => getInvoice(id) });
`,
    },
  ],
  invalid: [
    {
      name: 'seed broken: a registered tool with a bare fetch',
      code: `
export async function lookupPolicy(policyId: string) {
  const response = await fetch(\`https://policies.internal/\${policyId}\`);
  return response.json();
}
supportBot.registerFunction(lookupPolicy);
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookupPolicy`',
          },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'fetch with no init',
      code: `
await fetch('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: '',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'an init without a signal',
      code: `
await fetch('https://claims.internal', { method: 'POST', body: '{}' });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: '',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'signal: undefined is reported at the property',
      code: `
await fetch('https://rates.internal/today', { signal: undefined });
`,
      errors: [
        {
          messageId: 'fetchNullSignal',
          data: {
            call: 'fetch',
            detail: 'undefined',
            where: '',
          },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'signal: null',
      code: `
await fetch('https://rates.internal/today', { signal: null });
`,
      errors: [
        {
          messageId: 'fetchNullSignal',
          data: {
            call: 'fetch',
            detail: 'null',
            where: '',
          },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'an init const without a signal',
      code: `
const jsonInit = { headers: { accept: 'application/json' } };
await fetch('https://rates.internal/today', jsonInit);
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'a later key removes the signal of a spread init',
      code: `
const withDeadline = { signal: AbortSignal.timeout(5_000) };
await fetch('https://rates.internal/today', { ...withDeadline, signal: undefined });
`,
      errors: [
        {
          messageId: 'fetchNullSignal',
          data: {
            call: 'fetch',
            detail: 'undefined',
            where: '',
          },
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 81,
        },
      ],
    },
    {
      name: 'a Request built without a signal',
      code: `
await fetch(new Request('https://rates.internal/today'));
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: '',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'a ternary init with a reachable branch without a signal',
      code: `
const slowRoute = process.env.SLOW === '1';
await fetch('https://rates.internal/today', slowRoute ? { method: 'GET' } : { signal: AbortSignal.timeout(5_000) });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'globalThis.fetch',
      code: `
await globalThis.fetch('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'globalThis.fetch',
            detail: '',
            where: '',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'window.fetch',
      code: `
await window.fetch('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'window.fetch',
            detail: '',
            where: '',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'fetch imported from undici',
      code: `
import { fetch as undiciFetch } from 'undici';
await undiciFetch('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'undiciFetch',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'fetch imported from node-fetch',
      code: `
import nodeFetch from 'node-fetch';
await nodeFetch('https://rates.internal/today', { method: 'GET' });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'nodeFetch',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'an init parameter under strict',
      options: [{ strict: true }],
      code: `
export async function relay(url: string, init: RequestInit) {
  return fetch(url, init);
}
`,
      errors: [
        {
          messageId: 'unknownOptions',
          data: {
            call: 'fetch',
            detail: '',
            where: '',
          },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
        },
      ],
    },
    {
      name: 'axios(config) without a timeout',
      code: `
import axios from 'axios';
await axios({ url: 'https://rates.internal/today' });
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'axios(url) with no config',
      code: `
import axios from 'axios';
await axios('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'axios(url, config) without a timeout',
      code: `
import axios from 'axios';
await axios('https://rates.internal/today', { headers: { accept: 'application/json' } });
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'axios.request without a timeout',
      code: `
import axios from 'axios';
await axios.request({ url: 'https://rates.internal/today' });
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.request',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'axios.get without a config',
      code: `
import axios from 'axios';
await axios.get('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.get',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'axios.delete without a timeout',
      code: `
import axios from 'axios';
await axios.delete('https://claims.internal/42', { headers: {} });
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.delete',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'axios.head and axios.options without a timeout',
      code: `
import axios from 'axios';
await axios.head('https://rates.internal/today');
await axios.options('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.head',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
        },
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.options',
            detail: '',
            where: '',
          },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'axios.post with timeout in the data argument',
      code: `
import axios from 'axios';
await axios.post('https://claims.internal', { timeout: 5_000 });
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.post',
            detail: '',
            where: '',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'axios.put with timeout 0',
      code: `
import axios from 'axios';
await axios.put('https://claims.internal/42', { status: 'closed' }, { timeout: 0 });
`,
      errors: [
        {
          messageId: 'axiosZeroTimeout',
          data: {
            call: 'axios.put',
            detail: '0',
            where: '',
          },
          line: 3,
          column: 71,
          endLine: 3,
          endColumn: 81,
        },
      ],
    },
    {
      name: 'axios.patch with timeout Infinity',
      code: `
import axios from 'axios';
await axios.patch('https://claims.internal/42', { status: 'open' }, { timeout: Infinity });
`,
      errors: [
        {
          messageId: 'axiosZeroTimeout',
          data: {
            call: 'axios.patch',
            detail: 'Infinity',
            where: '',
          },
          line: 3,
          column: 71,
          endLine: 3,
          endColumn: 88,
        },
      ],
    },
    {
      name: 'a timeout ternary with a reachable 0',
      code: `
import axios from 'axios';
await axios.get('https://rates.internal/today', { timeout: process.env.SLOW ? 0 : 5_000 });
`,
      errors: [
        {
          messageId: 'axiosZeroTimeout',
          data: {
            call: 'axios.get',
            detail: '0',
            where: '',
          },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 88,
        },
      ],
    },
    {
      name: 'an axios instance created without a timeout',
      code: `
import axios from 'axios';
const claimsApi = axios.create({ baseURL: 'https://claims.internal' });
await claimsApi.get('/open');
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'claimsApi.get',
            detail: '',
            where: '',
          },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'an axios instance created with timeout 0',
      code: `
import axios from 'axios';
const claimsApi = axios.create({ baseURL: 'https://claims.internal', timeout: 0 });
await claimsApi.get('/open');
`,
      errors: [
        {
          messageId: 'axiosZeroTimeout',
          data: {
            call: 'claimsApi.get',
            detail: '0',
            where: '',
          },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'an instance call that turns the timeout off',
      code: `
import axios from 'axios';
const claimsApi = axios.create({ baseURL: 'https://claims.internal', timeout: 10_000 });
await claimsApi.get('/export', { timeout: 0 });
`,
      errors: [
        {
          messageId: 'axiosZeroTimeout',
          data: {
            call: 'claimsApi.get',
            detail: '0',
            where: '',
          },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'an axios config parameter under strict',
      options: [{ strict: true }],
      code: `
import axios from 'axios';
export const relay = (url: string, config: object) => axios.get(url, config);
`,
      errors: [
        {
          messageId: 'unknownOptions',
          data: {
            call: 'axios.get',
            detail: '',
            where: '',
          },
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'scope tools: a fetch in a functionMap tool',
      options: [{ scope: 'tools' }],
      code: `
import { AssistantAgent } from 'autogen_node';
export async function warmCache() {
  await fetch('https://cache.internal/warm');
}
const ratesAgent = new AssistantAgent({
  name: 'rates_agent',
  functionMap: {
    get_rate: async (currency: string) => (await fetch(\`https://rates.internal/\${currency}\`)).json(),
  },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `get_rate`',
          },
          line: 9,
          column: 50,
          endLine: 9,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'scope tools: register_function with a name',
      options: [{ scope: 'tools' }],
      code: `
register_function(async (claimId: string) => fetch(\`https://claims.internal/\${claimId}\`), { caller: claimsDesk, executor: supportBot, name: 'lookup_claim' });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `lookup_claim`',
          },
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'scope tools: an anonymous registered tool',
      options: [{ scope: 'tools' }],
      code: `
supportBot.registerFunction(async (claimId: string) => fetch(\`https://claims.internal/\${claimId}\`));
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside an agent tool',
          },
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'scope tools: axios in a functionMap method',
      options: [{ scope: 'tools' }],
      code: `
import axios from 'axios';
const claimsDesk = new ConversableAgent({
  name: 'claims_desk',
  function_map: {
    async close_claim(claimId: string) {
      return axios.post(\`https://claims.internal/\${claimId}/close\`, {});
    },
  },
});
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.post',
            detail: '',
            where: ' inside tool `close_claim`',
          },
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'chain: a tool reaches a fetch without a signal through two helpers',
      code: `
import { tool } from 'ai';
async function httpGet(path: string) {
  const response = await fetch(\`https://policies.internal\${path}\`);
  return response.json();
}
async function getPolicy(policyId: string) {
  return httpGet(\`/policies/\${policyId}\`);
}
export const lookupPolicy = tool({
  description: 'Look up a policy',
  inputSchema: policySchema,
  execute: async ({ policyId }) => getPolicy(policyId),
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: '' },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 31,
        },
        {
          messageId: 'chainFetchNoSignal',
          data: {
            tool: 'Tool `lookupPolicy`',
            chain: '`getPolicy` (line 7) → `httpGet` (line 3)',
            call: 'fetch',
            detail: '',
            at: 'line 4',
          },
          line: 13,
          column: 36,
          endLine: 13,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'a LangChain tool written as a `_call` method starts a chain like any tool body',
      code: `
import { Tool } from '@langchain/core/tools';
async function readTicket(id: string) {
  const response = await fetch(\`https://tickets.example/\${id}\`);
  return response.text();
}
export class TicketTool extends Tool {
  name = 'ticket_reader';
  description = 'Reads a support ticket';
  async _call(id: string) {
    return readTicket(id);
  }
}
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: '' },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 31,
        },
        {
          messageId: 'chainFetchNoSignal',
          data: { tool: 'Tool `ticket_reader`', chain: '`readTicket` (line 3)', call: 'fetch', detail: '', at: 'line 4' },
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'scope tools: the fetch a tool reaches through helpers says which tool reaches it',
      options: [{ scope: 'tools' }],
      code: `
import { tool } from 'ai';
async function httpGet(path: string) {
  const response = await fetch(\`https://policies.internal\${path}\`);
  return response.json();
}
async function getPolicy(policyId: string) {
  return httpGet(\`/policies/\${policyId}\`);
}
export const lookupPolicy = tool({
  description: 'Look up a policy',
  inputSchema: policySchema,
  execute: async ({ policyId }) => getPolicy(policyId),
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: ' (reached from tool `lookupPolicy`)' },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 31,
        },
        {
          messageId: 'chainFetchNoSignal',
          data: {
            tool: 'Tool `lookupPolicy`',
            chain: '`getPolicy` (line 7) → `httpGet` (line 3)',
            call: 'fetch',
            detail: '',
            at: 'line 4',
          },
          line: 13,
          column: 36,
          endLine: 13,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'chain: a wrapper that forwards its init, called without one',
      code: `
import { tool } from 'ai';
async function getJson(url: string, init?: RequestInit) {
  return (await fetch(url, init)).json();
}
export const accountStatus = tool({
  description: 'Whether an account is in good standing',
  inputSchema: accountSchema,
  execute: async ({ id }) => getJson(\`https://accounts.internal/\${id}/status\`),
});
`,
      errors: [
        {
          messageId: 'chainFetchNoSignal',
          data: { tool: 'Tool `accountStatus`', chain: '`getJson` (line 3)', call: 'fetch', detail: '', at: 'line 4' },
          line: 9,
          column: 30,
          endLine: 9,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'chain: an OpenAI Agents tool passes no signal to a helper that forwards one',
      code: `
import { tool } from '@openai/agents';
async function getForecast(city: string, signal?: AbortSignal) {
  return (await fetch(\`https://weather.internal/\${city}\`, { signal })).json();
}
export const windTool = tool({
  name: 'wind',
  description: 'Tomorrow wind in a city',
  parameters: citySchema,
  execute: async ({ city }) => getForecast(city),
});
`,
      errors: [
        {
          messageId: 'chainFetchNullSignal',
          data: { tool: 'Tool `wind`', chain: '`getForecast` (line 3)', call: 'fetch', detail: 'undefined', at: 'line 4' },
          line: 10,
          column: 32,
          endLine: 10,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'chain: an axios wrapper on an instance without a timeout',
      code: `
import axios from 'axios';
import { tool } from 'ai';
const legacyBilling = axios.create({ baseURL: 'https://billing-legacy.internal' });
async function getCreditNote(noteId: string) {
  return (await legacyBilling.get(\`/credit-notes/\${noteId}\`)).data;
}
export const creditNote = tool({ description: 'A credit note', inputSchema: noteSchema, execute: async ({ id }) => getCreditNote(id) });
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: { call: 'legacyBilling.get', detail: '', where: '' },
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 34,
        },
        {
          messageId: 'chainAxiosNoTimeout',
          data: {
            tool: 'Tool `creditNote`',
            chain: '`getCreditNote` (line 5)',
            call: 'legacyBilling.get',
            detail: '',
            at: 'line 6',
          },
          line: 8,
          column: 116,
          endLine: 8,
          endColumn: 129,
        },
      ],
    },
    {
      name: 'strict: a chain that ends in options halting cannot resolve',
      options: [{ strict: true }],
      code: `
import { tool } from 'ai';
async function getJson(url: string, init?: RequestInit) {
  return (await fetch(url, init)).json();
}
export const ledgerTool = tool({
  description: 'The ledger',
  inputSchema: noInput,
  execute: async (_input, options) => getJson('https://ledger.internal/today', options),
});
`,
      errors: [
        {
          messageId: 'unknownOptions',
          data: { call: 'fetch', detail: '', where: '' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 22,
        },
        {
          messageId: 'chainUnknownOptions',
          data: { tool: 'Tool `ledgerTool`', chain: '`getJson` (line 3)', call: 'fetch', detail: '', at: 'line 4' },
          line: 9,
          column: 39,
          endLine: 9,
          endColumn: 46,
        },
      ],
    },
    {
      name: 'chain: a helper passed by name to a retry wrapper, and a member of an object of helpers',
      code: `
import { tool } from 'ai';
const ledger = {
  async balance(accountId: string) {
    return (await fetch(\`https://ledger.internal/\${accountId}\`)).json();
  },
};
async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch {
    return attempt();
  }
}
const readBalance = () => ledger.balance('main');
export const balanceTool = tool({ description: 'The balance', inputSchema: noInput, execute: async () => withRetry(readBalance) });
export const directBalance = tool({ description: 'The balance', inputSchema: noInput, execute: async () => ledger.balance('main') });
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: '' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 24,
        },
        {
          messageId: 'chainFetchNoSignal',
          data: {
            tool: 'Tool `balanceTool`',
            chain: '`withRetry` (line 8) → `readBalance` (line 15) → `ledger.balance` (line 4)',
            call: 'fetch',
            detail: '',
            at: 'line 5',
          },
          line: 16,
          column: 106,
          endLine: 16,
          endColumn: 115,
        },
        {
          messageId: 'chainFetchNoSignal',
          data: {
            tool: 'Tool `directBalance`',
            chain: '`ledger.balance` (line 4)',
            call: 'fetch',
            detail: '',
            at: 'line 5',
          },
          line: 17,
          column: 108,
          endLine: 17,
          endColumn: 122,
        },
      ],
    },
  ],
});

jsTester.run('require-fetch-timeout (JavaScript)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'axios through require with a timeout',
      code: `
const axios = require('axios');
axios.get('https://rates.internal/today', { timeout: 5000 });
`,
    },
    {
      name: 'node-fetch through require with a signal',
      code: `
const fetch = require('node-fetch');
fetch('https://rates.internal/today', { signal: AbortSignal.timeout(5000) });
`,
    },
  ],
  invalid: [
    {
      name: 'axios through require without a timeout',
      code: `
const axios = require('axios');
axios.get('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: {
            call: 'axios.get',
            detail: '',
            where: '',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
        },
      ],
    },
    {
      name: 'node-fetch through require without a signal',
      code: `
const fetch = require('node-fetch');
fetch('https://rates.internal/today');
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: '',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 6,
        },
      ],
    },
    {
      name: 'a tool in a JS function map',
      code: `
const ratesAgent = new AssistantAgent({
  name: 'rates_agent',
  function_map: { get_rate: (currency) => fetch('https://rates.internal/' + currency) },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: {
            call: 'fetch',
            detail: '',
            where: ' inside tool `get_rate`',
          },
          line: 4,
          column: 43,
          endLine: 4,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'chain: a JS function map tool calls a helper without a signal',
      code: `
async function getRate(currency) {
  return (await fetch('https://rates.internal/' + currency)).json();
}
const ratesAgent = new AssistantAgent({
  name: 'rates_agent',
  function_map: { get_rate: (currency) => getRate(currency) },
});
`,
      errors: [
        {
          messageId: 'fetchNoSignal',
          data: { call: 'fetch', detail: '', where: '' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 22,
        },
        {
          messageId: 'chainFetchNoSignal',
          data: { tool: 'Tool `get_rate`', chain: '`getRate` (line 2)', call: 'fetch', detail: '', at: 'line 3' },
          line: 7,
          column: 43,
          endLine: 7,
          endColumn: 50,
        },
      ],
    },
  ],
});
