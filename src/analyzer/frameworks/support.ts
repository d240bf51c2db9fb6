/**
 * Shared steps of framework adapters: turning evaluated option values into facts,
 * registering predicates and tool bodies. Adapters hold the knowledge (which option,
 * which default); this module only records what they found.
 */
import type * as TS from 'typescript';
import { resolveOrigin, type CalleeOrigin } from '../callee.js';
import { collectChains } from '../chains.js';
import { collectContentUses, type PredicateRoot } from '../content.js';
import { resolveIdentifier } from '../scope.js';
import type { BoundFact, BoundValue, Origin } from '../facts.js';
import { getLine, getRange, unwrap, type Ts } from '../syntax.js';
import { evaluate } from '../values/evaluate.js';
import { getEntry, getOptions, type ObjectValue, type PropertyEntry, type Value } from '../values/value.js';
import type { CollectContext } from './types.js';

/** Where a value was written, when that is not inside the option's own expression. */
export function getOrigin(value: Value, written: TS.Node | undefined): Origin | undefined {
  if (!('source' in value) || !value.source || !written) return undefined;
  const { node, sourceFile } = value.source;
  if (sourceFile === written.getSourceFile() && node.pos >= written.pos && node.end <= written.end) return undefined;
  return {
    text: written.getText(),
    fileName: sourceFile.fileName,
    line: getLine(sourceFile, node.getStart(sourceFile)),
    range: getRange(node, sourceFile),
  };
}

/** Summarises a bound's value for a fact: one entry per reachable option. */
export function toBoundValues(value: Value, written: TS.Node | undefined): BoundValue[] {
  return getOptions(value).map((option): BoundValue => {
    const origin = getOrigin(option, written);
    const text = 'source' in option && option.source ? option.source.node.getText(option.source.sourceFile) : (written?.getText() ?? '');
    switch (option.kind) {
      case 'number':
        return { kind: 'number', value: option.value, text, ...(origin ? { origin } : {}) };
      case 'null':
        return { kind: 'null', text: 'null', ...(origin ? { origin } : {}) };
      case 'undefined':
        return { kind: 'undefined', text: 'undefined', ...(origin ? { origin } : {}) };
      case 'unknown':
        return { kind: 'unknown', text: written?.getText() ?? '', reason: option.reason };
      default:
        return { kind: 'unknown', text: written?.getText() ?? '', reason: 'expression' };
    }
  });
}

export type BoundKnowledge = Omit<BoundFact, 'range' | 'values' | 'option'>;

/**
 * Records the bound set by an object entry (`maxTurns: Infinity`), at the property when it is
 * in this file, else at `written` (the expression here that holds it), with the values saying
 * where they come from. `keep` drops values the framework gives no meaning of "unbounded".
 */
export function addBoundFromEntry(
  ctx: CollectContext,
  entry: PropertyEntry,
  written: TS.Node,
  knowledge: BoundKnowledge,
  keep: (value: BoundValue) => boolean = () => true,
): void {
  const { ts } = ctx;
  const file = entry.node.getSourceFile();
  const local = file === ctx.sourceFile;
  const named = ts.isIdentifier(written) || ts.isPropertyAccessExpression(written);
  const elsewhere = {
    text: written.getText(),
    fileName: file.fileName,
    line: getLine(file, entry.node.getStart(file)),
    range: getRange(entry.node, file),
  };
  const values = toBoundValues(entry.value(), entry.valueNode)
    .filter(keep)
    .map((value) => (local || !named || value.kind === 'unknown' || value.origin ? value : { ...value, origin: elsewhere }));
  if (values.length === 0) return;
  ctx.facts.bounds.push({ ...knowledge, option: entry.name, range: ctx.range(local ? entry.node : written), values });
}

/** A `keep` filter for addBoundFromEntry: counts below `minimum` are refused or stop at once, so they bound nothing. */
export function keepCountsFrom(minimum: number): (value: BoundValue) => boolean {
  return (value) => value.kind !== 'number' || !(value.value < minimum);
}

/** An option that holds an object (`limits: { turns }`): the object, `absent` when null or missing, else `unknown`. */
export function getNestedObject(object: ObjectValue, key: string): ObjectValue | 'absent' | 'unknown' {
  const entry = getEntry(object, [key]);
  if (entry === 'missing') return 'absent';
  if (entry === 'unknown') return 'unknown';
  const value = entry.value();
  if (value.kind === 'object') return value.object;
  return getOptions(value).every((option) => option.kind === 'null' || option.kind === 'undefined') ? 'absent' : 'unknown';
}

/** Records a bound given as an expression (a positional argument). */
export function addBoundFromExpression(ctx: CollectContext, option: string, expression: TS.Expression, knowledge: BoundKnowledge): void {
  const value = evaluate(ctx.evalContext, expression);
  ctx.facts.bounds.push({ ...knowledge, option, range: ctx.range(expression), values: toBoundValues(value, expression) });
}

/** The object an argument evaluates to, or why it is not one. */
export function getObject(ctx: CollectContext, expression: TS.Expression | undefined): ObjectValue | 'absent' | 'unknown' | 'other' {
  if (!expression) return 'absent';
  const value = evaluate(ctx.evalContext, expression);
  if (value.kind === 'object') return value.object;
  if (value.kind === 'undefined' || value.kind === 'null') return 'absent';
  if (value.kind === 'unknown' || value.kind === 'union') return 'unknown';
  return 'other';
}

/** Whether an option is present with a value other than null/undefined; undefined when that is unknown. */
export function isSet(object: ObjectValue, names: readonly string[]): boolean | undefined {
  const entry = getEntry(object, names);
  if (entry === 'missing') return false;
  if (entry === 'unknown') return undefined;
  const options = getOptions(entry.value());
  if (options.every((option) => option.kind === 'null' || option.kind === 'undefined')) return false;
  if (options.some((option) => option.kind === 'unknown')) return undefined;
  return true;
}

/** The function nodes an expression may be (inline, a named function, an import the scanner followed). */
export function getFunctions(ctx: CollectContext, expression: TS.Expression): TS.FunctionLikeDeclaration[] {
  const { ts } = ctx;
  const node = unwrap(ts, expression);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return [node];
  const value = evaluate(ctx.evalContext, node);
  return getOptions(value).flatMap((option) => (option.kind === 'function' ? [option.node] : []));
}

/** What a predicate's framework says about message content; adapters hold it as data. */
export interface PredicateKnowledge {
  framework: string;
  /** What the predicate is (`isTerminationMsg`, `router of addConditionalEdges`). */
  role: string;
  /** Whether content can be null or undefined there (lists are always assumed possible). */
  nullableContent: boolean;
  /** Content is an object of parts, read as `content.parts[0].text` (see `ContentOptions.textPaths`). */
  textPaths?: boolean;
}

/** Records a termination or routing predicate and how it reads content. */
export function addPredicate(ctx: CollectContext, expression: TS.Expression, knowledge: PredicateKnowledge, usedAt: TS.Node): void {
  for (const fn of getFunctions(ctx, expression)) addPredicateFunction(ctx, fn, knowledge, usedAt);
}

/**
 * Records a predicate given as a function, or as a condition expression (a hand-written loop's);
 * guards count up to `guardScope` when given (the loop around a break condition).
 */
export function addPredicateFunction(
  ctx: CollectContext,
  fn: PredicateRoot,
  knowledge: PredicateKnowledge,
  usedAt: TS.Node,
  guardScope?: TS.Node,
): void {
  const file = fn.getSourceFile();
  ctx.facts.predicates.push({
    framework: knowledge.framework,
    role: knowledge.role,
    fileName: file === ctx.sourceFile ? undefined : file.fileName,
    usedAt: ctx.range(usedAt),
    nullableContent: knowledge.nullableContent,
    uses: collectContentUses(ctx.ts, fn, { textPaths: knowledge.textPaths === true, guardScope, types: ctx.evalContext.types }),
  });
}

/**
 * Records the body of an agent tool (in this file, or in another one the scanner followed) and
 * the HTTP calls without a deadline it reaches through helpers. The name is the one given,
 * else the function's own name or the identifier it was passed as.
 */
export function addTool(ctx: CollectContext, expression: TS.Expression, name?: string): void {
  const { ts } = ctx;
  const written = unwrap(ts, expression);
  for (const fn of getFunctions(ctx, expression)) {
    const ownName = fn.name && ts.isIdentifier(fn.name) ? fn.name.text : undefined;
    const label = name ?? (ts.isIdentifier(written) ? written.text : ownName);
    addToolFunction(ctx, fn, label, written);
  }
}

/**
 * Records a function as an agent tool's body, and the HTTP calls without a deadline it reaches
 * through helpers. `registeredAt` is the expression that makes it a tool, in this file: a body
 * imported from another file (the scanner followed it) belongs to that file's facts, and its
 * findings trace back here.
 */
export function addToolFunction(
  ctx: CollectContext,
  fn: TS.FunctionLikeDeclaration,
  name: string | undefined,
  registeredAt: TS.Node,
): void {
  const file = fn.getSourceFile();
  // The registration is only a trace step when it is written here (not in an imported tools object).
  const registered = file !== ctx.sourceFile && registeredAt.getSourceFile() === ctx.sourceFile ? ctx.range(registeredAt) : undefined;
  const elsewhere =
    file === ctx.sourceFile ? {} : { fileName: file.fileName, ...(registered ? { registered: { range: registered } } : {}) };
  ctx.facts.tools.push({ name, range: getRange(fn, file), ...elsewhere });
  collectChains(ctx, fn, name, registered);
}

/** A string option of an object (`id`, `name`), when it resolves to one string. */
export function getStringOption(options: ObjectValue, names: readonly string[]): string | undefined {
  const entry = getEntry(options, names);
  if (typeof entry !== 'object') return undefined;
  const value = entry.value();
  return value.kind === 'string' ? value.value : undefined;
}

/** Records a tool body given as an object entry: a function value, or a method (`async execute(input) {...}`). */
export function addToolEntry(ctx: CollectContext, entry: PropertyEntry, name: string | undefined): void {
  const { ts } = ctx;
  if (entry.valueNode) {
    addTool(ctx, entry.valueNode, name);
    return;
  }
  const method = entry.node;
  if (!ts.isMethodDeclaration(method) || !method.body) return;
  addToolFunction(ctx, method, name ?? entry.name, method);
}

/** Records the function under `key` of a tool's options (an arrow, a named function, or a method), named by `name:`. */
export function addToolBody(ctx: CollectContext, options: ObjectValue, key: string): void {
  const body = getEntry(options, [key]);
  if (typeof body === 'object') addToolEntry(ctx, body, getStringOption(options, ['name']));
}

/**
 * The origin of a callee that can only be an import: an identifier bound to an import (under any
 * alias), or a member whose key is one of `members`. Anything else is not resolved at all.
 */
export function resolveImportedCallee(
  ctx: CollectContext,
  expression: TS.Expression,
  members: ReadonlySet<string>,
): CalleeOrigin | undefined {
  const { ts } = ctx;
  const callee = unwrap(ts, expression);
  if (ts.isIdentifier(callee)) {
    if (resolveIdentifier(ts, callee).kind !== 'import') return undefined;
  } else if (!ts.isPropertyAccessExpression(callee) || !members.has(callee.name.text)) {
    return undefined;
  }
  return resolveOrigin(ts, ctx.evalContext.resolver, callee);
}

/** Conditions of `if` statements whose branch leaves the loop (`break`, `return`), outside nested loops, switches and functions. */
export function getExitConditions(ts: Ts, statement: TS.Statement): TS.Expression[] {
  const found: TS.Expression[] = [];
  const walk = (node: TS.Statement): void => {
    if (ts.isBlock(node)) {
      for (const child of node.statements) walk(child);
    } else if (ts.isIfStatement(node)) {
      if (exitsLoop(ts, node.thenStatement) || (node.elseStatement && exitsLoop(ts, node.elseStatement))) found.push(node.expression);
      walk(node.thenStatement);
      if (node.elseStatement) walk(node.elseStatement);
    } else if (ts.isTryStatement(node)) {
      walk(node.tryBlock);
      if (node.catchClause) walk(node.catchClause.block);
      if (node.finallyBlock) walk(node.finallyBlock);
    } else if (ts.isLabeledStatement(node)) {
      walk(node.statement);
    }
  };
  walk(statement);
  return found;
}

function exitsLoop(ts: Ts, statement: TS.Statement): boolean {
  if (ts.isBreakStatement(statement)) return statement.label === undefined;
  if (ts.isReturnStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exitsLoop(ts, last);
  }
  return false;
}
