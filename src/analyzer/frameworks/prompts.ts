/**
 * Interactive prompts that read a terminal: node:readline `question` on stdin, and
 * the prompt libraries. Recognised through their imports only. Whether a prompt is a
 * problem (the file runs headless) is the check's business, not this adapter's.
 */
import type * as TS from 'typescript';
import { matchesOrigin, resolveOrigin, stripNodePrefix, type CalleeOrigin } from '../callee.js';
import { getDottedName, unwrap } from '../syntax.js';
import { getEntry } from '../values/value.js';
import { getObject } from './support.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

const READLINE = ['readline', 'readline/promises'];

/**
 * Prompt libraries and the call paths that ask a question (from the module object).
 * prompt-sync: `promptSync()` returns the asking function (callee path `()`); readline-sync: every export asks;
 * @inquirer/prompts: the named prompts; inquirer and enquirer: `prompt`; prompts: the default.
 */
const PROMPT_CALLS: { module: string; paths: string[][] }[] = [
  { module: 'prompt-sync', paths: [['()']] },
  { module: 'readline-sync', paths: [['*']] },
  {
    module: '@inquirer/prompts',
    paths: ['input', 'select', 'confirm', 'checkbox', 'password', 'editor', 'expand', 'rawlist', 'number', 'search'].map((name) => [name]),
  },
  { module: 'inquirer', paths: [['prompt'], ['createPromptModule', '()']] },
  { module: 'enquirer', paths: [['prompt']] },
  { module: 'prompts', paths: [[]] },
];

function matchesPromptLibrary(origin: CalleeOrigin): string | undefined {
  for (const { module, paths } of PROMPT_CALLS) {
    if (paths.some((path) => matchesOrigin(origin, [module], path))) return module;
  }
  if (origin.module?.startsWith('@inquirer/') && origin.module !== '@inquirer/prompts' && origin.path.length === 0) return origin.module;
  return undefined;
}

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const callee = unwrap(ts, node.expression);
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, callee);
  if (!origin?.module) return;
  const call = getDottedName(ts, callee) ?? callee.getText();
  if (READLINE.includes(stripNodePrefix(origin.module))) {
    if (isStdinQuestion(ctx, origin))
      ctx.facts.prompts.push({ call, library: `node:${stripNodePrefix(origin.module)}`, range: ctx.range(callee) });
    return;
  }
  const library = matchesPromptLibrary(origin);
  if (library) ctx.facts.prompts.push({ call, library, range: ctx.range(callee) });
}

/** `createInterface({ input: process.stdin }).question(...)`. */
function isStdinQuestion(ctx: CollectContext, origin: CalleeOrigin): boolean {
  const { path } = origin;
  const isQuestion = path.length === 3 && path[0] === 'createInterface' && path[1] === '()' && path[2] === 'question';
  if (!isQuestion) return false;
  const create = origin.calls[0];
  const options = getObject(ctx, create?.arguments?.[0]);
  if (typeof options !== 'object') return false;
  const input = getEntry(options, ['input']);
  if (typeof input !== 'object' || !input.valueNode) return false;
  return getDottedName(ctx.ts, input.valueNode) === 'process.stdin';
}

export const prompts: FrameworkAdapter = {
  id: 'prompts',
  packages: ['node:readline', 'readline/promises', 'prompt-sync', 'readline-sync', '@inquirer/prompts', 'inquirer', 'enquirer', 'prompts'],
  hint: /readline|prompt|inquirer|enquirer/,
  visitors: {
    CallExpression: visit<TS.CallExpression>(onCall),
  },
};
