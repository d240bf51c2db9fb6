/**
 * Call chains from agent tools: from a tool body, follow calls into project functions
 * (same file, and other files through the evaluator's resolver or the type oracle) and
 * judge each fetch/axios call met there with http.ts's own judgement, the helper's
 * parameters bound to the chain's arguments. Only tool bodies are followed; library code
 * (node_modules, .d.ts) never is.
 */
import type * as TS from 'typescript';
import type { ChainFact, ChainStep } from './facts.js';
import { hasAxiosDefaultsTimeout, judgeNetworkCall, type JudgeContext } from './frameworks/http.js';
import type { CollectContext } from './frameworks/types.js';
import { resolveIdentifier } from './scope.js';
import { getDottedName, getLine, getRange, isFunctionLike, unwrap, type Range, type Ts } from './syntax.js';
import { evaluate, type CallFrame, type EvalContext } from './values/evaluate.js';
import { getOptions } from './values/value.js';

/**
 * How many helpers deep a chain is followed below the tool body (tool → 1 → 2 → 3 → 4).
 * Deeper wrappers are rare and each level multiplies the work; a call beyond the bound is
 * still reported where it is written.
 */
export const MAX_HELPER_DEPTH = 4;

/** How many helper entries one tool may cost at most (a cap on wide call graphs). */
const MAX_ENTRIES_PER_TOOL = 200;

type Frames = ReadonlyMap<TS.Node, CallFrame>;

interface ChainWalk {
  ctx: CollectContext;
  tool: string | undefined;
  /** Where the tool is registered in the analysed file, when its body lies in another one. */
  registeredAt: Range | undefined;
  /** Functions on the current path: a call into one of them (or into a function inside one) is not followed. */
  stack: TS.FunctionLikeDeclaration[];
  entries: number;
}

/** Follows the calls of a tool body and records every HTTP call without a deadline it reaches. */
export function collectChains(ctx: CollectContext, fn: TS.FunctionLikeDeclaration, tool: string | undefined, registeredAt?: Range): void {
  if (!fn.body) return;
  const walk: ChainWalk = { ctx, tool, registeredAt, stack: [fn], entries: 0 };
  followCalls(walk, fn, [], new Map());
}

function followCalls(walk: ChainWalk, fn: TS.FunctionLikeDeclaration, steps: readonly ChainStep[], frames: Frames): void {
  const { ctx } = walk;
  const { ts } = ctx;
  const evalContext: EvalContext = { ...ctx.evalContext, frames };
  for (const call of getCalls(ts, fn)) {
    // The tool body's own HTTP calls are network facts of their file already.
    if (steps.length > 0 && judgeAt(walk, call, evalContext, steps)) continue;
    if (steps.length >= MAX_HELPER_DEPTH) continue;
    for (const target of getCalledFunctions(ctx, call, evalContext)) {
      if (walk.entries >= MAX_ENTRIES_PER_TOOL) return;
      if (walk.stack.some((entered) => contains(entered, target))) continue;
      walk.entries++;
      const step: ChainStep = {
        callee: getCalleeLabel(ts, call, target),
        fileName: call.getSourceFile().fileName,
        range: getRange(call.expression, call.getSourceFile()),
        ...getDefinition(ts, target),
      };
      walk.stack.push(target);
      followCalls(walk, target, [...steps, step], new Map(frames).set(target, { call }));
      walk.stack.pop();
    }
  }
}

/** Judges a call inside a helper; true when it is an HTTP call (so there is nothing to follow). */
function judgeAt(walk: ChainWalk, call: TS.CallExpression, evalContext: EvalContext, steps: readonly ChainStep[]): boolean {
  const { ts } = walk.ctx;
  const sourceFile = call.getSourceFile();
  const judge: JudgeContext = { ts, sourceFile, evalContext, range: (node) => getRange(node, sourceFile) };
  const verdict = judgeNetworkCall(call, judge);
  if (verdict === undefined) return false;
  if (verdict === null) return true;
  if (verdict.client === 'axios' && verdict.problem === 'noTimeout' && hasAxiosDefaultsTimeout(ts, evalContext, sourceFile)) return true;
  // What the call's own file reports at it: the same judgement without the chain's arguments.
  const own = judgeNetworkCall(call, { ...judge, evalContext: { ...walk.ctx.evalContext, frames: undefined } });
  const callee = getRange(call.expression, sourceFile);
  const chain: ChainFact = {
    tool: walk.tool,
    ...(walk.registeredAt ? { registeredAt: walk.registeredAt } : {}),
    steps: [...steps],
    network: {
      client: verdict.client,
      call: verdict.call,
      problem: verdict.problem,
      detail: verdict.detail,
      fileName: sourceFile.fileName,
      range: callee,
      line: getLine(sourceFile, callee.start),
      own: own ? { problem: own.problem, detail: own.detail, range: own.range } : undefined,
    },
  };
  walk.ctx.facts.chains.push(chain);
  return true;
}

const callsCache = new WeakMap<TS.Node, TS.CallExpression[]>();

/** The calls in a function's body, nested callbacks included (they run as part of it, or may). */
function getCalls(ts: Ts, fn: TS.FunctionLikeDeclaration): TS.CallExpression[] {
  const body = fn.body;
  if (!body) return [];
  let calls = callsCache.get(body);
  if (calls) return calls;
  const found: TS.CallExpression[] = [];
  const walk = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) found.push(node);
    if (node.kind >= ts.SyntaxKind.FirstTypeNode && node.kind <= ts.SyntaxKind.LastTypeNode) return;
    ts.forEachChild(node, walk);
  };
  walk(body);
  calls = found;
  callsCache.set(body, calls);
  return calls;
}

/** The project functions a call may run: through the evaluator, else the type oracle when the scanner has one. */
function getCalledFunctions(ctx: CollectContext, call: TS.CallExpression, evalContext: EvalContext): TS.FunctionLikeDeclaration[] {
  const { ts } = ctx;
  const found = getOptions(evaluate(evalContext, call.expression)).flatMap((option) =>
    option.kind === 'function' && isFunctionLike(ts, option.node) ? [option.node] : [],
  );
  if (found.length === 0) {
    const typed = ctx.evalContext.types?.getCalledFunction(call);
    if (typed) found.push(typed);
  }
  return found.filter((fn) => fn.body !== undefined && isProjectFile(fn.getSourceFile()));
}

function isProjectFile(sourceFile: TS.SourceFile): boolean {
  return !sourceFile.isDeclarationFile && !/[\\/]node_modules[\\/]/.test(sourceFile.fileName);
}

function contains(outer: TS.Node, inner: TS.Node): boolean {
  return outer.getSourceFile() === inner.getSourceFile() && outer.pos <= inner.pos && inner.end <= outer.end;
}

/** The helper as called (`getPolicy`, `http.get`), or by its own name when it was passed in as a parameter. */
function getCalleeLabel(ts: Ts, call: TS.CallExpression, target: TS.FunctionLikeDeclaration): string {
  const callee = unwrap(ts, call.expression);
  const viaParameter = ts.isIdentifier(callee) && resolveIdentifier(ts, callee).kind === 'parameter';
  const written = getDottedName(ts, call.expression);
  return (viaParameter ? getOwnName(ts, target) : undefined) ?? written ?? getOwnName(ts, target) ?? 'a helper';
}

/** A function's own name, or the variable or property it is assigned to. */
function getOwnName(ts: Ts, fn: TS.FunctionLikeDeclaration): string | undefined {
  return getNameNode(ts, fn)?.getText();
}

function getNameNode(ts: Ts, fn: TS.FunctionLikeDeclaration): TS.Node | undefined {
  if (fn.name) return fn.name;
  const parent = fn.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.initializer === fn) return parent.name;
  return undefined;
}

/** Where a helper is written: its file and the line of its name (else of the function). */
function getDefinition(ts: Ts, fn: TS.FunctionLikeDeclaration): Pick<ChainStep, 'definedIn' | 'line'> {
  const sourceFile = fn.getSourceFile();
  const at = getNameNode(ts, fn) ?? fn;
  return { definedIn: sourceFile.fileName, line: getLine(sourceFile, at.getStart(sourceFile)) };
}
