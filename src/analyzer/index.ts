/**
 * The engine's surface for both hosts: collect a file's facts once, then run any
 * check over them. Hosts supply the syntax tree, its `ts`, and (scanner) a resolver.
 */
import type * as TS from 'typescript';
import { checks, type RuleId } from './checks/index.js';
import type { CheckContext, Finding } from './checks/types.js';
import { collectFacts } from './collect.js';
import type { FileFacts } from './facts.js';
import { adapters } from './frameworks/index.js';
import type { Ts } from './syntax.js';
import type { TypeOracle } from './type-oracle.js';
import type { ProjectResolver } from './values/evaluate.js';

export type { CheckContext, Finding, HeadlessSettings } from './checks/types.js';
export { renderMessage } from './checks/types.js';
export type { FileFacts } from './facts.js';
export type { ProjectResolver, ResolvedImport } from './values/evaluate.js';
export { checks, type RuleId } from './checks/index.js';

/** Cheap text test: could any adapter find something in this file? */
export function couldHaveFacts(text: string, fileName: string): boolean {
  return anyHint.test(text) || anyHint.test(fileName);
}

/** One pass over the text instead of one per adapter. */
const anyHint = new RegExp(adapters.map((adapter) => adapter.hint.source).join('|'));

/** Collects the facts of one file (all rules share them). */
export function analyzeSourceFile(ts: Ts, sourceFile: TS.SourceFile, resolver?: ProjectResolver, types?: TypeOracle): FileFacts {
  return collectFacts(ts, sourceFile, resolver, types);
}

/** Runs one rule's check with options merged over its defaults; duplicate findings are dropped. */
export function runCheck(ruleId: RuleId, facts: FileFacts, options: object | undefined, ctx: CheckContext): Finding[] {
  const check = checks[ruleId] as unknown as {
    defaultOptions: [object] | [];
    run(facts: FileFacts, options: object, ctx: CheckContext): Finding[];
  };
  const merged = { ...(check.defaultOptions[0] ?? {}), ...(options ?? {}) };
  const seen = new Set<string>();
  return check.run(facts, merged, ctx).filter((finding) => {
    const key = `${finding.fileName ?? ''}:${finding.range.start}:${finding.range.end}:${finding.messageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
