import path from 'node:path';
import haltingRule from '../../src/rules/no-human-input-in-headless.js';
import { jsTester, tsTester } from './testers.js';

const rule = haltingRule;

tsTester.run('no-human-input-in-headless', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'seed fixed: NEVER in a server',
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'NEVER' });
express().post('/chat', async (_request, response) => response.json(await supportBot.run()));
`,
    },
    {
      name: 'ALWAYS in a plain CLI file',
      code: `
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
`,
    },
    {
      name: 'a server file guarded by a process.stdin.isTTY check',
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
if (!process.stdin.isTTY) throw new Error('run the review console in a terminal');
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
`,
    },
    {
      name: 'a file matching an interactive glob wins over its server import',
      filename: 'scripts/review-console.ts',
      settings: { halting: { interactive: ['scripts/**'] } },
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
`,
    },
    {
      name: 'a file outside the headless globs',
      filename: 'src/cli/review.ts',
      settings: { halting: { headless: ['src/jobs/**'] } },
      code: `
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
`,
    },
    {
      name: 'a type-only import of express is not a server',
      code: `
import type { Request } from 'express';
import { UserProxyAgent } from 'autogen_node';
export const describe = (request: Request) => request.path;
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
`,
    },
    {
      name: 'HumanInputMode.NEVER from autogen_node',
      code: `
import Koa from 'koa';
import { HumanInputMode, UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: HumanInputMode.NEVER });
`,
    },
    {
      name: 'a ternary whose branches both avoid prompting',
      code: `
import Fastify from 'fastify';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: process.env.STRICT ? 'NEVER' : 'NEVER' });
`,
    },
    {
      name: 'a later key replaces ALWAYS from a spread',
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
const consoleDefaults = { humanInputMode: 'ALWAYS' };
const supportBot = new UserProxyAgent({ ...consoleDefaults, name: 'support_bot', humanInputMode: 'NEVER' });
`,
    },
    {
      name: 'a mode from a parameter is not resolved',
      code: `
import express from 'express';
export function buildAgent(mode: string) {
  return new ConversableAgent({ name: 'claims_desk', humanInputMode: mode });
}
`,
    },
    {
      name: 'a UserProxyAgent with an input function',
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', inputFunc: async () => 'approve' });
`,
    },
    {
      name: 'a UserProxyAgent whose options cannot be resolved',
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
export const buildProxy = (options: object) => new UserProxyAgent(options);
`,
    },
    {
      name: 'a UserProxyAgent imported from a project file is not AutoGen',
      code: `
import express from 'express';
import { UserProxyAgent } from './proxies';
const supportBot = new UserProxyAgent({ name: 'support_bot' });
`,
    },
    {
      name: 'readline on a file stream in a worker',
      code: `
import { Worker } from 'bullmq';
import fs from 'node:fs';
import readline from 'node:readline';
const replay = readline.createInterface({ input: fs.createReadStream('answers.txt') });
replay.question('Approve? ', (answer) => answer);
`,
    },
    {
      name: 'readline on stdin in a CLI file',
      code: `
import readline from 'node:readline';
const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });
terminal.question('Approve the refund? ', (answer) => answer);
`,
    },
    {
      name: 'a route file that exports no HTTP method',
      filename: 'app/api/triage/route.ts',
      code: `
import { input } from '@inquirer/prompts';
export async function askReviewer() {
  return input({ message: 'Reviewer name?' });
}
`,
    },
    {
      name: 'a local function named question is no prompt',
      code: `
import express from 'express';
function question(text: string) { return text.toUpperCase(); }
question('Approve?');
`,
    },
  ],
  invalid: [
    {
      name: 'seed: ALWAYS in an express server',
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
express().post('/chat', async (_request, response) => response.json(await supportBot.run()));
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: '',
            why: 'this file runs an HTTP server (`express`)',
          },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 86,
        },
      ],
    },
    {
      name: 'TERMINATE in a fastify server',
      code: `
import Fastify from 'fastify';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'TERMINATE' });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'TERMINATE',
            origin: '',
            why: 'this file runs an HTTP server (`fastify`)',
          },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 89,
        },
      ],
    },
    {
      name: 'a mode from a const',
      code: `
import Fastify from 'fastify';
const REVIEW_MODE = 'TERMINATE';
const claimsDesk = new ConversableAgent({ name: 'claims_desk', humanInputMode: REVIEW_MODE });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'TERMINATE',
            origin: ' (from `REVIEW_MODE`)',
            why: 'this file runs an HTTP server (`fastify`)',
          },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'a mode from an as const object',
      code: `
import Fastify from 'fastify';
const MODES = { review: 'ALWAYS', batch: 'NEVER' } as const;
const claimsDesk = new ConversableAgent({ name: 'claims_desk', humanInputMode: MODES.review });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: ' (from `MODES.review`)',
            why: 'this file runs an HTTP server (`fastify`)',
          },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'HumanInputMode.ALWAYS imported from autogen_node',
      code: `
import Koa from 'koa';
import { HumanInputMode, UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: HumanInputMode.ALWAYS });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: ' (from `HumanInputMode.ALWAYS`)',
            why: 'this file runs an HTTP server (`koa`)',
          },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 99,
        },
      ],
    },
    {
      name: 'a member of a local string enum',
      code: `
import Koa from 'koa';
enum ReviewMode { Always = 'ALWAYS', Never = 'NEVER' }
const claimsDesk = new ConversableAgent({ name: 'claims_desk', humanInputMode: ReviewMode.Always });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: ' (from `ReviewMode.Always`)',
            why: 'this file runs an HTTP server (`koa`)',
          },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 97,
        },
      ],
    },
    {
      name: 'a member of a local numeric enum, as in the .NET port',
      code: `
import Koa from 'koa';
enum HumanInputMode { NEVER, ALWAYS, AUTO }
const claimsDesk = new ConversableAgent({ name: 'claims_desk', humanInputMode: HumanInputMode.ALWAYS });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: ' (from `HumanInputMode.ALWAYS`)',
            why: 'this file runs an HTTP server (`koa`)',
          },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 101,
        },
      ],
    },
    {
      name: 'a ternary with a reachable ALWAYS branch',
      code: `
import Fastify from 'fastify';
const claimsDesk = new ConversableAgent({ name: 'claims_desk', humanInputMode: process.env.DEBUG ? 'ALWAYS' : 'NEVER' });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: '',
            why: 'this file runs an HTTP server (`fastify`)',
          },
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 118,
        },
      ],
    },
    {
      name: 'ALWAYS from a spread is reported where it is written',
      code: `
import express from 'express';
import { UserProxyAgent } from 'autogen_node';
const consoleDefaults = { humanInputMode: 'ALWAYS' };
const supportBot = new UserProxyAgent({ ...consoleDefaults, name: 'support_bot' });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: '',
            why: 'this file runs an HTTP server (`express`)',
          },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'human_input_mode in a hono server',
      code: `
import { Hono } from 'hono';
const claimsDesk = new ConversableAgent({ name: 'claims_desk', human_input_mode: 'ALWAYS' });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'human_input_mode',
            mode: 'ALWAYS',
            origin: '',
            why: 'this file runs an HTTP server (`hono`)',
          },
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 90,
        },
      ],
    },
    {
      name: 'a UserProxyAgent without a mode in a node:http server',
      code: `
import http from 'node:http';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot' });
http.createServer((_request, response) => response.end('ok')).listen(8080);
`,
      errors: [
        {
          messageId: 'defaultHumanInput',
          data: {
            api: 'UserProxyAgent',
            why: 'this file creates an HTTP server (`http.createServer`)',
          },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'a UserProxyAgent with only a name in an https server',
      code: `
import { createServer } from 'node:https';
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent('support_bot');
createServer({}, (_request, response) => response.end('ok'));
`,
      errors: [
        {
          messageId: 'defaultHumanInput',
          data: {
            api: 'UserProxyAgent',
            why: 'this file creates an HTTP server (`https.createServer`)',
          },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'node:readline question on stdin in a bullmq worker',
      code: `
import { Worker } from 'bullmq';
import readline from 'node:readline';
const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });
terminal.question('Approve the refund? ', (answer) => answer);
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'terminal.question',
            library: 'node:readline',
            why: 'this file runs a queue worker (`bullmq`)',
          },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'readline/promises question in a node-cron job',
      code: `
import cron from 'node-cron';
import { createInterface } from 'node:readline/promises';
const terminal = createInterface({ input: process.stdin });
cron.schedule('0 * * * *', async () => terminal.question('Continue? '));
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'terminal.question',
            library: 'node:readline/promises',
            why: 'this file runs a cron job (`node-cron`)',
          },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 57,
        },
      ],
    },
    {
      name: 'prompt-sync in a cron job',
      code: `
import { CronJob } from 'cron';
import promptSync from 'prompt-sync';
const ask = promptSync();
CronJob.from({ cronTime: '0 3 * * *', onTick: () => ask('Approve the batch? '), start: true });
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'ask',
            library: 'prompt-sync',
            why: 'this file runs a cron job (`cron`)',
          },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'readline-sync in a CI action',
      code: `
import * as core from '@actions/core';
import readlineSync from 'readline-sync';
const approved = readlineSync.keyInYN('Deploy?');
core.setOutput('approved', approved);
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'readlineSync.keyInYN',
            library: 'readline-sync',
            why: 'this file runs a CI action (`@actions/core`)',
          },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      name: '@inquirer/prompts in a Next.js route handler',
      filename: 'app/api/triage/route.ts',
      code: `
import { input } from '@inquirer/prompts';
export async function POST() {
  const reviewer = await input({ message: 'Reviewer name?' });
  return Response.json({ reviewer });
}
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'input',
            library: '@inquirer/prompts',
            why: 'this file is a Next.js route handler',
          },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'inquirer.prompt in a pages/api handler',
      filename: 'pages/api/approve.ts',
      code: `
import inquirer from 'inquirer';
export default async function approve() {
  return inquirer.prompt([{ type: 'confirm', name: 'ok', message: 'Approve?' }]);
}
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'inquirer.prompt',
            library: 'inquirer',
            why: 'this file is a Next.js API route',
          },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'enquirer in an AWS Lambda handler',
      code: `
import { prompt } from 'enquirer';
export const handler = async () => prompt({ type: 'input', name: 'ticket', message: 'Ticket?' });
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'prompt',
            library: 'enquirer',
            why: 'this file exports a serverless `handler`',
          },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      name: 'prompts in a Workers-style fetch handler',
      code: `
import prompts from 'prompts';
export default {
  async fetch() {
    const answer = await prompts({ type: 'text', name: 'ticket', message: 'Ticket?' });
    return new Response(answer.ticket);
  },
};
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'prompts',
            library: 'prompts',
            why: 'this file exports a `fetch` handler (Cloudflare Workers style)',
          },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'a file matching the headless setting (relative filename)',
      filename: 'src/jobs/nightly-review.ts',
      settings: { halting: { headless: ['src/jobs/**'] } },
      code: `
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: '',
            why: 'this file matches the `headless` setting',
          },
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 86,
        },
      ],
    },
    {
      name: 'an absolute filename matching a recursive headless glob',
      filename: path.join(process.cwd(), 'src/jobs/weekly-review.ts'),
      settings: { halting: { headless: ['**/src/jobs/**'] } },
      code: `
import { UserProxyAgent } from 'autogen_node';
const supportBot = new UserProxyAgent({ name: 'support_bot', humanInputMode: 'ALWAYS' });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'humanInputMode',
            mode: 'ALWAYS',
            origin: '',
            why: 'this file matches the `headless` setting',
          },
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 86,
        },
      ],
    },
  ],
});

jsTester.run('no-human-input-in-headless (JavaScript)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    {
      name: 'ALWAYS in a CommonJS CLI script',
      code: `
const { UserProxyAgent } = require('autogen_node');
const supportBot = new UserProxyAgent({ name: 'support_bot', human_input_mode: 'ALWAYS' });
`,
    },
    {
      name: 'NEVER in a CommonJS express server',
      code: `
const express = require('express');
const { UserProxyAgent } = require('autogen_node');
const supportBot = new UserProxyAgent({ name: 'support_bot', human_input_mode: 'NEVER' });
`,
    },
  ],
  invalid: [
    {
      name: 'ALWAYS in a CommonJS express server',
      code: `
const express = require('express');
const { UserProxyAgent } = require('autogen_node');
const supportBot = new UserProxyAgent({ name: 'support_bot', human_input_mode: 'ALWAYS' });
`,
      errors: [
        {
          messageId: 'humanInputMode',
          data: {
            option: 'human_input_mode',
            mode: 'ALWAYS',
            origin: '',
            why: 'this file runs an HTTP server (`express`)',
          },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 88,
        },
      ],
    },
    {
      name: 'prompt-sync called directly in a bullmq worker',
      code: `
import { Worker } from 'bullmq';
import promptSync from 'prompt-sync';
new Worker('refunds', async () => promptSync()('Approve the refund? '));
`,
      errors: [
        {
          messageId: 'interactivePrompt',
          data: {
            call: 'promptSync()',
            library: 'prompt-sync',
            why: 'this file runs a queue worker (`bullmq`)',
          },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 47,
        },
      ],
    },
  ],
});
