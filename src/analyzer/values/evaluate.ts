/**
 * The one expression evaluator. It follows local consts, destructuring, spreads (later
 * keys win), `as const`, ternaries, `??`/`||`, enum members, simple arithmetic and
 * `Math.min`/`Math.max`; with a project resolver it also follows imports. Anything it
 * cannot prove becomes `unknown` with a reason; it never throws on odd code. Each call
 * remembers the declarations it has evaluated: a cycle (`const a = b; const b = a`) is
 * `unknown` at once, and a declaration read many times is evaluated once.
 * Parameters are `unknown`, except inside a call chain (`frames`): there a helper's
 * parameters are the arguments of the call that entered it, or their defaults.
 */
import type * as TS from 'typescript';
import { resolveIdentifier } from '../scope.js';
import { getAccessedName, getDottedName, getPropertyName, isFunctionLike, unwrap, type Ts } from '../syntax.js';
import type { TypeOracle } from '../type-oracle.js';
import { getEntry, getOptions, unknownValue, type ObjectValue, type PropertyEntry, type Value } from './value.js';

/** What an import names in another file, as found by the project resolver. */
export type ResolvedImport =
  | { kind: 'expression'; node: TS.Expression }
  | { kind: 'declaration'; node: TS.Declaration }
  | { kind: 'module'; sourceFile: TS.SourceFile };

/** Cross-file lookups, supplied by the scanner; ESLint has none, so imports stay unknown. */
export interface ProjectResolver {
  resolveImport(fromFile: TS.SourceFile, module: string, imported: string): ResolvedImport | undefined;
  resolveExport(file: TS.SourceFile, name: string): ResolvedImport | undefined;
}

/** The call that entered a function on a chain followed from a tool: its arguments are the function's parameters. */
export interface CallFrame {
  call: TS.CallExpression;
}

export interface EvalContext {
  ts: Ts;
  resolver: ProjectResolver | undefined;
  /** The scanner's type checker, when it has one: consulted where syntax leaves a value unknown. */
  types?: TypeOracle | undefined;
  /**
   * The functions entered on a call chain, each with the call that entered it (a function is
   * entered at most once per chain, so one frame per function is enough). Without it, or for a
   * function not in it, parameters are unknown.
   */
  frames?: ReadonlyMap<TS.Node, CallFrame> | undefined;
}

const MAX_DEPTH = 24;
/** Beyond this many elements an array literal's value is left open. */
const MAX_ELEMENTS = 1000;
/** Beyond this many options a union says nothing useful. */
const MAX_OPTIONS = 64;

/** The state of one evaluation (shared by the lazy entries of the objects it builds). */
interface Walk extends EvalContext {
  /** Values of declarations (and resolved expressions) already evaluated. */
  memo: Map<TS.Node, Value>;
  /** Declarations being evaluated now: meeting one again is a cycle. */
  active: Set<TS.Node>;
  /** How many times the depth limit or a cycle cut the walk short (such results are not remembered). */
  cutoffs: number;
}

/** Evaluates an expression to an abstract value. */
export function evaluate(ctx: EvalContext, expression: TS.Expression): Value {
  return evaluateAt(startWalk(ctx), expression, 0);
}

function startWalk(ctx: EvalContext): Walk {
  return 'memo' in ctx
    ? (ctx as Walk)
    : { ts: ctx.ts, resolver: ctx.resolver, types: ctx.types, frames: ctx.frames, memo: new Map(), active: new Set(), cutoffs: 0 };
}

/** Evaluates what a declaration (or resolved node) stands for once per walk, and cuts cycles. */
function remember(ctx: Walk, key: TS.Node, compute: () => Value): Value {
  const known = ctx.memo.get(key);
  if (known) return known;
  if (ctx.active.has(key)) {
    ctx.cutoffs++;
    return unknownValue('depth');
  }
  const cutoffs = ctx.cutoffs;
  ctx.active.add(key);
  const value = compute();
  ctx.active.delete(key);
  if (ctx.cutoffs === cutoffs) ctx.memo.set(key, value);
  return value;
}

function evaluateAt(ctx: Walk, expression: TS.Expression, depth: number): Value {
  const value = evaluateSyntax(ctx, expression, depth);
  return value.kind === 'unknown' && ctx.types && value.reason !== 'depth' ? (fromLiteralType(ctx, ctx.types, expression) ?? value) : value;
}

/**
 * Where syntax stops (a parameter, a call, a value from a declaration file), a type made only of
 * literals (`readonly turns: 10`, `10 | 20`, `null`) still says what the value is. Asked only for
 * names, members and calls: the places a bound is read from.
 */
function fromLiteralType(ctx: Walk, types: TypeOracle, expression: TS.Expression): Value | undefined {
  const { ts } = ctx;
  const node = unwrap(ts, expression);
  if (!(ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)))
    return undefined;
  const options = types.getLiteralOptions(node);
  if (!options) return undefined;
  const values = options.map((option): Value => {
    const source = option.source ? { source: option.source } : {};
    switch (option.kind) {
      case 'number':
        return { kind: 'number', value: option.value, ...source };
      case 'string':
        return { kind: 'string', value: option.value, ...source };
      default:
        return { kind: option.kind, ...source };
    }
  });
  return values.length === 1 ? values[0] : union(values);
}

function evaluateSyntax(ctx: Walk, expression: TS.Expression, depth: number): Value {
  if (depth > MAX_DEPTH) {
    ctx.cutoffs++;
    return unknownValue('depth');
  }
  const { ts } = ctx;
  const node = unwrap(ts, expression);
  const source = (): { node: TS.Node; sourceFile: TS.SourceFile } => ({ node, sourceFile: node.getSourceFile() });
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral:
      return { kind: 'number', value: Number((node as TS.NumericLiteral).text), source: source() };
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return { kind: 'string', value: (node as TS.StringLiteral).text, source: source() };
    case ts.SyntaxKind.TrueKeyword:
      return { kind: 'boolean', value: true, source: source() };
    case ts.SyntaxKind.FalseKeyword:
      return { kind: 'boolean', value: false, source: source() };
    case ts.SyntaxKind.NullKeyword:
      return { kind: 'null', source: source() };
    case ts.SyntaxKind.VoidExpression:
      return { kind: 'undefined', source: source() };
    default:
      break;
  }
  if (ts.isIdentifier(node)) return evaluateIdentifier(ctx, node, depth);
  if (ts.isPrefixUnaryExpression(node)) return evaluatePrefix(ctx, node, depth);
  if (ts.isBinaryExpression(node)) return evaluateBinary(ctx, node, depth);
  if (ts.isConditionalExpression(node)) {
    const test = truthiness(evaluateAt(ctx, node.condition, depth + 1));
    if (test === true) return evaluateAt(ctx, node.whenTrue, depth + 1);
    if (test === false) return evaluateAt(ctx, node.whenFalse, depth + 1);
    return union([evaluateAt(ctx, node.whenTrue, depth + 1), evaluateAt(ctx, node.whenFalse, depth + 1)]);
  }
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return evaluateMember(ctx, node, depth);
  if (ts.isObjectLiteralExpression(node)) return { kind: 'object', object: buildObject(ctx, node, depth) };
  if (ts.isArrayLiteralExpression(node)) return evaluateArray(ctx, node, depth);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { kind: 'function', node };
  if (ts.isClassExpression(node)) return { kind: 'class', node };
  if (ts.isCallExpression(node)) return evaluateCall(ctx, node, depth);
  if (ts.isNewExpression(node)) return { kind: 'call', callee: getDottedName(ts, node.expression), node, isNew: true };
  return unknownValue('expression');
}

function evaluateIdentifier(ctx: Walk, node: TS.Identifier, depth: number): Value {
  const binding = resolveIdentifier(ctx.ts, node);
  switch (binding.kind) {
    case 'global':
      if (node.text === 'undefined') return { kind: 'undefined', source: { node, sourceFile: node.getSourceFile() } };
      if (node.text === 'Infinity') return { kind: 'number', value: Infinity, source: { node, sourceFile: node.getSourceFile() } };
      if (node.text === 'NaN') return { kind: 'number', value: NaN, source: { node, sourceFile: node.getSourceFile() } };
      return unknownValue('global');
    case 'variable':
      return evaluateVariable(ctx, binding.declaration, binding.isConst, binding.path, depth);
    case 'function':
      return { kind: 'function', node: binding.declaration };
    case 'class':
      return { kind: 'class', node: binding.declaration };
    case 'enum':
      return { kind: 'object', object: buildEnum(ctx, binding.declaration, depth) };
    case 'enumMember': {
      const name = getPropertyName(ctx.ts, binding.declaration.name);
      const object = buildEnum(ctx, binding.declaration.parent, depth);
      return name === undefined ? unknownValue('expression') : getProperty({ kind: 'object', object }, name);
    }
    case 'import':
      return evaluateImport(ctx, node.getSourceFile(), binding.module, binding.imported, depth);
    case 'parameter':
      return evaluateParameter(ctx, node, binding.declaration, depth);
    case 'other':
      return unknownValue('mutable');
  }
}

function evaluateVariable(ctx: Walk, declaration: TS.VariableDeclaration, isConst: boolean, path: readonly string[], depth: number): Value {
  const initializer = declaration.initializer;
  if (!isConst || !initializer) return unknownValue('mutable');
  let value = remember(ctx, declaration, () => evaluateAt(ctx, initializer, depth + 1));
  for (const key of path) value = getProperty(value, key);
  return value;
}

/** A parameter read inside a chain: the argument given for it (a key of it, when destructured), else its default. */
function evaluateParameter(ctx: Walk, identifier: TS.Identifier, declaration: TS.Node, depth: number): Value {
  const { ts } = ctx;
  if (!ts.isParameter(declaration)) return unknownValue('parameter');
  const fn = declaration.parent;
  const frame = ctx.frames?.get(fn);
  if (!frame || !isFunctionLike(ts, fn)) return unknownValue('parameter');
  const whole = remember(ctx, declaration, () => evaluateArgument(ctx, frame.call, fn, declaration, depth));
  return readBinding(ctx, declaration.name, identifier.text, whole, depth) ?? unknownValue('parameter');
}

function evaluateArgument(
  ctx: Walk,
  call: TS.CallExpression,
  fn: TS.FunctionLikeDeclaration,
  parameter: TS.ParameterDeclaration,
  depth: number,
): Value {
  const { ts } = ctx;
  if (parameter.dotDotDotToken) return unknownValue('parameter');
  const first = fn.parameters[0];
  // A TypeScript `this` parameter takes no argument.
  const skipped = first && ts.isIdentifier(first.name) && first.name.text === 'this' ? 1 : 0;
  const index = fn.parameters.indexOf(parameter) - skipped;
  if (index < 0) return unknownValue('parameter');
  const args = call.arguments;
  // A spread at or before this position moves the arguments by an unknown count.
  if (args.slice(0, index + 1).some((argument) => ts.isSpreadElement(argument))) return unknownValue('parameter');
  const argument = args[index];
  const given: Value = argument ? evaluateAt(ctx, argument, depth + 1) : { kind: 'undefined' };
  return withDefault(ctx, given, parameter.initializer, depth);
}

/** A default initializer replaces `undefined` (only), as in a parameter or a destructuring pattern. */
function withDefault(ctx: Walk, value: Value, initializer: TS.Expression | undefined, depth: number): Value {
  if (!initializer) return value;
  const options = getOptions(value);
  if (!options.some((option) => option.kind === 'undefined')) return value;
  const rest = options.filter((option) => option.kind !== 'undefined');
  return union([...rest, evaluateAt(ctx, initializer, depth + 1)]);
}

/** The value a name of a binding pattern takes from `value`; undefined when the pattern does not bind it. */
function readBinding(ctx: Walk, name: TS.BindingName, target: string, value: Value, depth: number): Value | undefined {
  const { ts } = ctx;
  if (ts.isIdentifier(name)) return name.text === target ? value : undefined;
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element) || !bindsName(ts, element.name, target)) continue;
    if (ts.isArrayBindingPattern(name) || element.dotDotDotToken) return unknownValue('parameter');
    const key = element.propertyName
      ? getPropertyName(ts, element.propertyName)
      : ts.isIdentifier(element.name)
        ? element.name.text
        : undefined;
    if (key === undefined) return unknownValue('parameter');
    return readBinding(ctx, element.name, target, withDefault(ctx, getProperty(value, key), element.initializer, depth), depth);
  }
  return undefined;
}

function bindsName(ts: Ts, name: TS.BindingName, target: string): boolean {
  if (ts.isIdentifier(name)) return name.text === target;
  return name.elements.some((element) => !ts.isOmittedExpression(element) && bindsName(ts, element.name, target));
}

function evaluateImport(ctx: Walk, fromFile: TS.SourceFile, module: string, imported: string, depth: number): Value {
  const resolved = ctx.resolver?.resolveImport(fromFile, module, imported);
  if (!resolved) return unknownValue('import');
  return evaluateResolved(ctx, resolved, depth);
}

/** Turns what the resolver found into a value. */
export function evaluateResolved(context: EvalContext, resolved: ResolvedImport, depth = 0): Value {
  const ctx = startWalk(context);
  const { ts } = ctx;
  if (resolved.kind === 'expression') {
    const node = resolved.node;
    return remember(ctx, node, () => evaluateAt(ctx, node, depth + 1));
  }
  if (resolved.kind === 'module') return { kind: 'object', object: buildModule(ctx, resolved.sourceFile, depth) };
  const declaration = resolved.node;
  if (ts.isVariableDeclaration(declaration)) {
    const list = declaration.parent;
    const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
    return evaluateVariable(ctx, declaration, isConst, [], depth);
  }
  if (ts.isFunctionDeclaration(declaration)) return { kind: 'function', node: declaration };
  if (ts.isClassDeclaration(declaration)) return { kind: 'class', node: declaration };
  if (ts.isEnumDeclaration(declaration)) return { kind: 'object', object: buildEnum(ctx, declaration, depth) };
  return unknownValue('import');
}

function buildModule(ctx: Walk, sourceFile: TS.SourceFile, depth: number): ObjectValue {
  // A namespace import: keys are looked up on demand through the resolver. It stays open:
  // a name the resolver cannot find (`export * from "a-package"`) is unknown, not undefined.
  const found = new Map<string, PropertyEntry | undefined>();
  return {
    node: sourceFile,
    entries: new Map(),
    open: true,
    lookup: (name) => {
      if (found.has(name)) return found.get(name);
      const resolved = ctx.resolver?.resolveExport(sourceFile, name);
      const entry = resolved
        ? { name, node: sourceFile, valueNode: undefined, value: lazy(() => evaluateResolved(ctx, resolved, depth + 1)) }
        : undefined;
      found.set(name, entry);
      return entry;
    },
  };
}

function evaluatePrefix(ctx: Walk, node: TS.PrefixUnaryExpression, depth: number): Value {
  const { ts } = ctx;
  const operand = evaluateAt(ctx, node.operand, depth + 1);
  // A literal `-1` was written as the whole prefix expression, not as its `1`.
  const inner = unwrap(ts, node.operand);
  const literal = ts.isNumericLiteral(inner) || (ts.isIdentifier(inner) && inner.text === 'Infinity');
  const written = literal && operand.kind === 'number' ? { ...operand, source: { node, sourceFile: node.getSourceFile() } } : operand;
  return mapNumbers(written, (value) => {
    switch (node.operator) {
      case ts.SyntaxKind.MinusToken:
        return -value;
      case ts.SyntaxKind.PlusToken:
        return value;
      default:
        return undefined;
    }
  });
}

function mapNumbers(value: Value, map: (value: number) => number | undefined): Value {
  if (value.kind === 'union') return union(value.options.map((option) => mapNumbers(option, map)));
  if (value.kind !== 'number') return value.kind === 'unknown' ? value : unknownValue('expression');
  const result = map(value.value);
  return result === undefined
    ? unknownValue('expression')
    : { kind: 'number', value: result, ...(value.source ? { source: value.source } : {}) };
}

function evaluateBinary(ctx: Walk, node: TS.BinaryExpression, depth: number): Value {
  const { ts } = ctx;
  const operator = node.operatorToken.kind;
  if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
    // Option by option: `(c ? null : 5) ?? 10` is 5 or 10, never null.
    const left = evaluateAt(ctx, node.left, depth + 1);
    const options: Value[] = [];
    let right: Value | undefined;
    for (const option of getOptions(left)) {
      const takeRight = operator === ts.SyntaxKind.QuestionQuestionToken ? isNullish(option) : negate(truthiness(option));
      if (takeRight !== true) options.push(option);
      if (takeRight !== false) right ??= evaluateAt(ctx, node.right, depth + 1);
    }
    return union(right ? [...options, right] : options);
  }
  const arithmetic: Partial<Record<TS.SyntaxKind, (a: number, b: number) => number>> = {
    [ts.SyntaxKind.PlusToken]: (a, b) => a + b,
    [ts.SyntaxKind.MinusToken]: (a, b) => a - b,
    [ts.SyntaxKind.AsteriskToken]: (a, b) => a * b,
    [ts.SyntaxKind.SlashToken]: (a, b) => a / b,
    [ts.SyntaxKind.PercentToken]: (a, b) => a % b,
    [ts.SyntaxKind.AsteriskAsteriskToken]: (a, b) => a ** b,
  };
  const apply = arithmetic[operator];
  if (!apply) return unknownValue('expression');
  const left = evaluateAt(ctx, node.left, depth + 1);
  const right = evaluateAt(ctx, node.right, depth + 1);
  if (left.kind === 'number' && right.kind === 'number') {
    return { kind: 'number', value: apply(left.value, right.value), source: { node, sourceFile: node.getSourceFile() } };
  }
  if (operator === ts.SyntaxKind.PlusToken && left.kind === 'string' && right.kind === 'string') {
    return { kind: 'string', value: left.value + right.value, source: { node, sourceFile: node.getSourceFile() } };
  }
  // Keep why an operand is unknown (`timeout * 1000` of a parameter is a parameter).
  if (left.kind === 'unknown') return left;
  if (right.kind === 'unknown') return right;
  return unknownValue('expression');
}

const NUMBER_CONSTANTS: Record<string, number> = {
  POSITIVE_INFINITY: Infinity,
  NEGATIVE_INFINITY: -Infinity,
  MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER,
  MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
  MAX_VALUE: Number.MAX_VALUE,
  MIN_VALUE: Number.MIN_VALUE,
  EPSILON: Number.EPSILON,
  NaN: NaN,
};

function evaluateMember(ctx: Walk, node: TS.PropertyAccessExpression | TS.ElementAccessExpression, depth: number): Value {
  const { ts } = ctx;
  const base = unwrap(ts, node.expression);
  if (isProcessEnv(ts, base)) return unknownValue('env');
  const key = getAccessedName(ts, node);
  if (key === undefined) return unknownValue('expression');
  if (
    ts.isIdentifier(base) &&
    base.text === 'Number' &&
    Object.hasOwn(NUMBER_CONSTANTS, key) &&
    resolveIdentifier(ts, base).kind === 'global'
  ) {
    return { kind: 'number', value: NUMBER_CONSTANTS[key] ?? NaN, source: { node, sourceFile: node.getSourceFile() } };
  }
  const object = evaluateAt(ctx, base, depth + 1);
  // `init?.signal` of an undefined `init` is undefined (and so is the rest of its chain).
  if ((node.flags & ts.NodeFlags.OptionalChain) !== 0) {
    return union(getOptions(object).map((option) => (isNullish(option) === true ? { kind: 'undefined' } : getProperty(option, key))));
  }
  return getProperty(object, key);
}

/** `process.env` (any key of it is set outside the code). */
function isProcessEnv(ts: Ts, node: TS.Expression): boolean {
  if (!(ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) || getAccessedName(ts, node) !== 'env') return false;
  const root = unwrap(ts, node.expression);
  return ts.isIdentifier(root) && root.text === 'process';
}

/** Reads a key of an abstract value (an object, an enum, a namespace, or a union of them). */
export function getProperty(value: Value, key: string): Value {
  if (value.kind === 'union') return union(value.options.map((option) => getProperty(option, key)));
  if (value.kind === 'object') {
    const entry = getEntry(value.object, [key]);
    if (entry === 'missing') return { kind: 'undefined' };
    if (entry === 'unknown') return unknownValue('expression');
    return entry.value();
  }
  if (value.kind === 'unknown') return value;
  return unknownValue('expression');
}

function evaluateArray(ctx: Walk, node: TS.ArrayLiteralExpression, depth: number): Value {
  const { ts } = ctx;
  const elements: Value[] = [];
  let open = false;
  for (const element of node.elements) {
    if (ts.isSpreadElement(element)) {
      const spread = evaluateAt(ctx, element.expression, depth + 1);
      if (spread.kind === 'array') {
        elements.push(...spread.elements.slice(0, MAX_ELEMENTS - elements.length));
        open ||= spread.open;
      } else {
        open = true;
      }
    } else if (!ts.isOmittedExpression(element)) {
      elements.push(evaluateAt(ctx, element, depth + 1));
    }
    if (elements.length >= MAX_ELEMENTS) {
      open = true;
      break;
    }
  }
  return { kind: 'array', elements, open };
}

function evaluateCall(ctx: Walk, node: TS.CallExpression, depth: number): Value {
  const { ts } = ctx;
  const callee = getDottedName(ts, node.expression);
  const root = unwrap(ts, node.expression);
  const isGlobalMember =
    ts.isPropertyAccessExpression(root) && ts.isIdentifier(root.expression) && resolveIdentifier(ts, root.expression).kind === 'global';
  if (isGlobalMember && (callee === 'Math.min' || callee === 'Math.max')) {
    const values = node.arguments.map((argument) => evaluateAt(ctx, argument, depth + 1));
    if (values.every((value): value is Extract<Value, { kind: 'number' }> => value.kind === 'number')) {
      const numbers = values.map((value) => value.value);
      return {
        kind: 'number',
        value: callee === 'Math.min' ? Math.min(...numbers) : Math.max(...numbers),
        source: { node, sourceFile: node.getSourceFile() },
      };
    }
    return values.find((value) => value.kind === 'unknown') ?? unknownValue('call');
  }
  if (isGlobalMember && callee === 'Object.freeze' && node.arguments[0]) {
    return evaluateAt(ctx, node.arguments[0], depth + 1);
  }
  return { kind: 'call', callee, node, isNew: false };
}

function buildObject(ctx: Walk, node: TS.ObjectLiteralExpression, depth: number): ObjectValue {
  const { ts } = ctx;
  const entries = new Map<string, PropertyEntry>();
  let open = false;
  for (const property of node.properties) {
    if (ts.isSpreadAssignment(property)) {
      const spread = evaluateAt(ctx, property.expression, depth + 1);
      const spreadOptions = spread.kind === 'union' ? spread.options : [spread];
      if (spreadOptions.length === 1 && spread.kind === 'object') {
        for (const [name, entry] of spread.object.entries) entries.set(name, entry);
        if (spread.object.open) open = true;
      } else if (spread.kind === 'null' || spread.kind === 'undefined') {
        // Spreading nullish adds nothing.
      } else {
        // Keys written before an unknown spread may be overridden by it.
        entries.clear();
        open = true;
      }
      continue;
    }
    const name = getPropertyName(ts, property.name);
    if (name === undefined) {
      entries.clear();
      open = true;
      continue;
    }
    if (ts.isPropertyAssignment(property)) {
      const initializer = property.initializer;
      entries.set(name, { name, node: property, valueNode: initializer, value: lazy(() => evaluateAt(ctx, initializer, depth + 1)) });
    } else if (ts.isShorthandPropertyAssignment(property)) {
      const identifier = property.name;
      entries.set(name, { name, node: property, valueNode: identifier, value: lazy(() => evaluateAt(ctx, identifier, depth + 1)) });
    } else if (ts.isMethodDeclaration(property)) {
      entries.set(name, { name, node: property, valueNode: undefined, value: () => ({ kind: 'function', node: property }) });
    } else {
      entries.set(name, { name, node: property, valueNode: undefined, value: () => unknownValue('expression') });
    }
  }
  return { node, entries, open };
}

function buildEnum(ctx: Walk, declaration: TS.EnumDeclaration, depth: number): ObjectValue {
  const known = ctx.memo.get(declaration);
  if (known?.kind === 'object') return known.object;
  const { ts } = ctx;
  const entries = new Map<string, PropertyEntry>();
  // Registered before its members are evaluated, so `B = A + 1` and `B = E.A` find it;
  // open while it is built, so a member read before it is defined is unknown.
  const object: ObjectValue = { node: declaration, entries, open: true };
  ctx.memo.set(declaration, { kind: 'object', object });
  let next: number | undefined = 0;
  for (const member of declaration.members) {
    const name = getPropertyName(ts, member.name);
    let value: Value;
    if (member.initializer) {
      value = evaluateAt(ctx, member.initializer, depth + 1);
    } else if (next !== undefined) {
      value = { kind: 'number', value: next, source: { node: member, sourceFile: member.getSourceFile() } };
    } else {
      value = unknownValue('expression');
    }
    next = value.kind === 'number' ? value.value + 1 : undefined;
    const fixed = value;
    if (name !== undefined) entries.set(name, { name, node: member, valueNode: member.initializer, value: () => fixed });
  }
  object.open = false;
  return object;
}

/** Computes a value once; asked for itself while computing (a cycle), it is unknown. */
function lazy(compute: () => Value): () => Value {
  let cached: Value | undefined;
  let computing = false;
  return () => {
    if (cached) return cached;
    if (computing) return unknownValue('depth');
    computing = true;
    const value = compute();
    computing = false;
    cached = value;
    return value;
  };
}

/** Flattens nested unions; a single option stands for itself. */
export function union(options: Value[]): Value {
  const flat = options.flatMap((option) => (option.kind === 'union' ? option.options : [option]));
  if (flat.length > MAX_OPTIONS) return unknownValue('expression');
  return flat.length === 1 && flat[0] ? flat[0] : { kind: 'union', options: flat };
}

function isNullish(value: Value): boolean | undefined {
  if (value.kind === 'null' || value.kind === 'undefined') return true;
  if (value.kind === 'unknown' || value.kind === 'union') return undefined;
  // A call may return anything; `new` always makes an object.
  if (value.kind === 'call') return value.isNew ? false : undefined;
  return false;
}

function negate(value: boolean | undefined): boolean | undefined {
  return value === undefined ? undefined : !value;
}

function truthiness(value: Value): boolean | undefined {
  switch (value.kind) {
    case 'number':
      return value.value !== 0 && !Number.isNaN(value.value);
    case 'string':
      return value.value !== '';
    case 'boolean':
      return value.value;
    case 'null':
    case 'undefined':
      return false;
    case 'object':
    case 'array':
    case 'function':
    case 'class':
      return true;
    default:
      return undefined;
  }
}

/** Whether a node is a function (arrow, expression, declaration or method). */
export function isFunctionValueNode(ts: Ts, node: TS.Node): node is TS.FunctionLikeDeclaration {
  return isFunctionLike(ts, node);
}
