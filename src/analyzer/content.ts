/**
 * How a predicate reads message `content`: every use of it as a string (a string
 * method, a regex test, a comparison with a string) and whether null and list content
 * were handled on the way there. Syntactic and flow-light: a guard counts when it
 * dominates the use through `&&`, `||`, `?:`, `if`, or an early exit in the same block.
 */
import type * as TS from 'typescript';
import type { ContentUseFact } from './facts.js';
import type { TypeOracle } from './type-oracle.js';
import { exitsAbruptly, getAccessedName, getRange, isFunctionLike, unwrap, type Ts } from './syntax.js';

/** String methods that throw on an array (they do not exist there). */
const THROWING_METHODS = new Set([
  'endsWith',
  'startsWith',
  'trim',
  'trimEnd',
  'trimStart',
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'match',
  'matchAll',
  'search',
  'replace',
  'replaceAll',
  'split',
  'localeCompare',
  'normalize',
  'padStart',
  'padEnd',
  'charAt',
  'charCodeAt',
  'codePointAt',
  'substring',
  'substr',
  'repeat',
]);
/** String methods that also exist on arrays, where they are quietly false or -1. */
const QUIET_METHODS = new Set(['includes', 'indexOf', 'lastIndexOf']);

type Guard = 'nonNull' | 'string' | 'array' | 'notArray';

interface ContentRef {
  /** Normalised keys the reference answers to (`msg.content`, and an alias's source). */
  keys: string[];
  text: string;
  nullSafe: boolean;
  /** The text of a part (`textPaths`): a string or undefined, never a list. */
  isText?: boolean;
  /** For a text path, the hops after `content` whose receiver may be undefined. */
  hops?: Hop[];
}

/** One hop of a text path (`.parts`, `[0]`, `.text`, `.map`): it throws unless optional or its receiver is guarded. */
interface Hop {
  optional: boolean;
  /** Its receiver's key, then the keys of every longer prefix of the path: a guard on any of them proves the receiver. */
  guardKeys: string[];
}

/** How a framework's content is read. */
export interface ContentOptions {
  /**
   * Content is an object of parts (`{ parts?: [{ text?: string }] }`, as in `@google/genai`):
   * the string read is `<x>.content.parts[i].text` or `<x>.content.parts.map((p) => p.text).join()`,
   * where every hop after `content` may be undefined; `<x>.content` itself is not a string.
   */
  textPaths?: boolean;
  /** The node up to which guards count (the loop around a break condition); the predicate by default. */
  guardScope?: TS.Node;
  /** The scanner's checker: a declared content type (not `any`) decides over the syntactic guesses. */
  types?: TypeOracle | undefined;
}

interface Alias {
  /** The keys of what it was read from (`msg.content`, or the alias it copies and that one's keys). */
  sourceKeys: string[];
  nullSafe: boolean;
  reassigned: boolean;
  isText?: boolean;
}

/** A predicate: a function, or an expression such as a hand-written loop's condition. */
export type PredicateRoot = TS.FunctionLikeDeclaration | TS.Expression;

/** Finds the string uses of message content in a predicate (a function or a condition). */
export function collectContentUses(ts: Ts, root: PredicateRoot, options: ContentOptions = {}): ContentUseFact[] {
  const sourceFile = root.getSourceFile();
  const textPaths = options.textPaths === true;
  const aliases = collectAliases(ts, root, textPaths);
  const uses: ContentUseFact[] = [];
  const body = isFunctionLike(ts, root) ? root.body : root;
  if (!body) return uses;

  // Nested callbacks (`parts.some((part) => ...)`) are walked too: they read the same content.
  const visit = (node: TS.Node): void => {
    const use = ts.isCallExpression(node)
      ? (getMethodUse(ts, node, aliases, textPaths) ?? getRegexUse(ts, node, aliases, textPaths))
      : ts.isBinaryExpression(node)
        ? getComparisonUse(ts, node, aliases, textPaths)
        : undefined;
    if (use) uses.push(withType(judge(ts, options.guardScope ?? root, node, use, sourceFile), use, options.types));
    ts.forEachChild(node, visit);
  };
  visit(body);
  return uses;
}

interface Use {
  ref: ContentRef;
  operation: string;
  throwsOnList: boolean;
  /** Null is harmless for this use (optional call, comparison, regex coercion). */
  optional: boolean;
  node: TS.Node;
  /** The content expression as written at the use (`(msg.content ?? "")`), whose declared type tells what reaches it. */
  subject: TS.Expression;
}

function getMethodUse(ts: Ts, call: TS.CallExpression, aliases: Map<string, Alias>, textPaths: boolean): Use | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const throwsOnList = THROWING_METHODS.has(method);
  if (!throwsOnList && !QUIET_METHODS.has(method)) return undefined;
  const ref = getContentRef(ts, callee.expression, aliases, textPaths);
  if (!ref) return undefined;
  const optional = callee.questionDotToken !== undefined;
  return { ref, operation: `.${method}()`, throwsOnList, optional, node: callee, subject: callee.expression };
}

function getRegexUse(ts: Ts, call: TS.CallExpression, aliases: Map<string, Alias>, textPaths: boolean): Use | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || (callee.name.text !== 'test' && callee.name.text !== 'exec')) return undefined;
  const argument = call.arguments[0];
  if (call.arguments.length !== 1 || !argument) return undefined;
  const ref = getContentRef(ts, argument, aliases, textPaths);
  if (!ref) return undefined;
  // A regex coerces its argument: null becomes "null" (no throw), a list "[object Object]".
  return { ref, operation: `RegExp#${callee.name.text}`, throwsOnList: false, optional: true, node: call, subject: argument };
}

function getComparisonUse(ts: Ts, node: TS.BinaryExpression, aliases: Map<string, Alias>, textPaths: boolean): Use | undefined {
  const kind = node.operatorToken.kind;
  const isEquality =
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsToken;
  if (!isEquality) return undefined;
  const left = unwrap(ts, node.left);
  const right = unwrap(ts, node.right);
  const [contentSide, other] = isStringLiteralLike(ts, right) ? [left, right] : isStringLiteralLike(ts, left) ? [right, left] : [];
  if (!contentSide || !other || !isStringLiteralLike(ts, other) || other.text === '') return undefined;
  if (ts.isTypeOfExpression(contentSide)) return undefined;
  const ref = getContentRef(ts, contentSide, aliases, textPaths);
  if (!ref) return undefined;
  return {
    ref,
    operation: `${node.operatorToken.getText()} ${other.getText()}`,
    throwsOnList: false,
    optional: true,
    node,
    subject: contentSide,
  };
}

function isStringLiteralLike(ts: Ts, node: TS.Node): node is TS.StringLiteral | TS.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

function isArrayIsArray(ts: Ts, callee: TS.PropertyAccessExpression, call: TS.CallExpression): boolean {
  return (
    callee.name.text === 'isArray' &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'Array' &&
    call.arguments.length === 1
  );
}

/** A reference to content: `x.content`, `x?.content`, `x["content"]`, an alias, or `(that ?? "")`. */
function getContentRef(ts: Ts, expression: TS.Expression, aliases: Map<string, Alias>, textPaths: boolean): ContentRef | undefined {
  const node = unwrap(ts, expression);
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
      // The default covers the value, not the hops before it (`content.parts[0].text ?? ""` still throws without parts).
      const inner = getContentRef(ts, node.left, aliases, textPaths);
      return inner ? { ...inner, nullSafe: true } : undefined;
    }
    return undefined;
  }
  if (textPaths) {
    const path = getTextPath(ts, node);
    if (path) return path;
  } else {
    const key = getContentKey(ts, node);
    if (key !== undefined) return { keys: [key], text: node.getText(), nullSafe: false };
  }
  if (ts.isIdentifier(node)) {
    const alias = aliases.get(node.text);
    if (!alias || alias.reassigned) return undefined;
    const keys = [node.text, ...alias.sourceKeys];
    return { keys, text: node.text, nullSafe: alias.nullSafe, isText: alias.isText };
  }
  return undefined;
}

/**
 * A text path over an object of parts: `<x>.content.parts[<n>].text` (the text of one part,
 * undefined when it has none) or `<x>.content.parts.map((p) => p.text).join(...)` (a string,
 * unless an optional hop cut the chain short). Any spelling: `?.`, `!`, `["parts"]`.
 */
function getTextPath(ts: Ts, node: TS.Expression): ContentRef | undefined {
  const accesses: (TS.PropertyAccessExpression | TS.ElementAccessExpression)[] = [];
  let valueNullable: boolean;
  if (getAccessedName(ts, node) === 'text') {
    // `<content>.parts[<n>].text`
    const text = node as TS.PropertyAccessExpression | TS.ElementAccessExpression;
    const part = unwrap(ts, text.expression);
    if (!ts.isElementAccessExpression(part) || !ts.isNumericLiteral(unwrap(ts, part.argumentExpression))) return undefined;
    const parts = unwrap(ts, part.expression);
    if (getAccessedName(ts, parts) !== 'parts') return undefined;
    accesses.push(parts as TS.PropertyAccessExpression | TS.ElementAccessExpression, part, text);
    valueNullable = true;
  } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    // `<content>.parts.map((p) => p.text).join(...)`
    const join = node.expression;
    const mapped = unwrap(ts, join.expression);
    if (!ts.isCallExpression(mapped) || !ts.isPropertyAccessExpression(mapped.expression) || mapped.expression.name.text !== 'map')
      return undefined;
    if (!mapsToText(ts, mapped.arguments[0])) return undefined;
    const map = mapped.expression;
    const parts = unwrap(ts, map.expression);
    if (getAccessedName(ts, parts) !== 'parts') return undefined;
    accesses.push(parts as TS.PropertyAccessExpression | TS.ElementAccessExpression, map);
    // `join` is called on the array `map` returns: it is a hop only through `?.` (which then cuts nothing).
    valueNullable = [...accesses, join].some((access) => access.questionDotToken !== undefined);
  } else {
    return undefined;
  }
  const first = accesses[0];
  if (!first || getAccessedName(ts, unwrap(ts, first.expression)) !== 'content') return undefined;
  const fullKey = normaliseKey(node.getText());
  const receivers = accesses.map((access) => normaliseKey(unwrap(ts, access.expression).getText()));
  const hops = accesses.map((access, index) => ({
    optional: access.questionDotToken !== undefined,
    guardKeys: [...receivers.slice(index), fullKey],
  }));
  return { keys: [fullKey], text: node.getText(), nullSafe: !valueNullable, isText: true, hops };
}

/** `(p) => p.text`, `(p) => p?.text`, `(p) => p.text ?? ""`, `({ text }) => text`. */
function mapsToText(ts: Ts, expression: TS.Expression | undefined): boolean {
  const fn = expression ? unwrap(ts, expression) : undefined;
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return false;
  const parameter = fn.parameters[0]?.name;
  if (!parameter) return false;
  let body: TS.Node = fn.body;
  if (ts.isBlock(body)) {
    const only = body.statements.length === 1 ? body.statements[0] : undefined;
    if (!only || !ts.isReturnStatement(only) || !only.expression) return false;
    body = only.expression;
  }
  let value = unwrap(ts, body as TS.Expression);
  if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) value = unwrap(ts, value.left);
  if (ts.isIdentifier(parameter)) {
    if (!(ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value)) || getAccessedName(ts, value) !== 'text')
      return false;
    const receiver = unwrap(ts, value.expression);
    return ts.isIdentifier(receiver) && receiver.text === parameter.text;
  }
  if (!ts.isObjectBindingPattern(parameter) || !ts.isIdentifier(value)) return false;
  const name = value.text;
  return parameter.elements.some(
    (element) =>
      ts.isIdentifier(element.name) &&
      element.name.text === name &&
      (element.propertyName ? element.propertyName.getText() : name) === 'text',
  );
}

/** `msg.content` → "msg.content" whatever the spelling (`?.`, `["content"]`, spaces). */
function getContentKey(ts: Ts, node: TS.Expression): string | undefined {
  if (!(ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) return undefined;
  if (getAccessedName(ts, node) !== 'content') return undefined;
  return `${normalise(node.expression.getText())}.content`;
}

function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\?\./g, '.')
    .replace(/\["([A-Za-z_$][\w$]*)"\]|\['([A-Za-z_$][\w$]*)'\]/g, '.$1$2');
}

/** The key of any member chain of a text path: `a?.b![0]` → "a.b[0]" (an assertion is no guard, but names the same value). */
function normaliseKey(text: string): string {
  return normalise(
    text
      .replace(/\s+/g, '')
      .replace(/!(?=[.?[]|$)/g, '')
      .replace(/\?\.\[/g, '['),
  );
}

function collectAliases(ts: Ts, root: PredicateRoot, textPaths: boolean): Map<string, Alias> {
  const aliases = new Map<string, Alias>();
  const addPattern = (name: TS.BindingName, sourceKey: string | undefined): void => {
    // Content of parts is no string: a `{ content }` binding is not one either.
    if (ts.isIdentifier(name) || textPaths) return;
    for (const element of name.elements) {
      if (ts.isOmittedExpression(element)) continue;
      const key = element.propertyName ? element.propertyName.getText() : ts.isIdentifier(element.name) ? element.name.text : undefined;
      if (key === 'content' && ts.isIdentifier(element.name)) {
        // A default (`{ content = "" }`) applies to undefined only: null still gets through.
        aliases.set(element.name.text, { sourceKeys: sourceKey === undefined ? [] : [sourceKey], nullSafe: false, reassigned: false });
      } else {
        addPattern(element.name, undefined);
      }
    }
  };
  if (isFunctionLike(ts, root)) for (const parameter of root.parameters) addPattern(parameter.name, undefined);
  const visit = (node: TS.Node): void => {
    if (ts.isVariableDeclaration(node) && node.initializer) {
      if (ts.isIdentifier(node.name)) {
        const ref = getContentRef(ts, node.initializer, aliases, textPaths);
        // A text path's hops run at the declaration: the alias stands for the value only.
        if (ref) aliases.set(node.name.text, { sourceKeys: ref.keys, nullSafe: ref.nullSafe, reassigned: false, isText: ref.isText });
      } else {
        const source = unwrap(ts, node.initializer);
        addPattern(
          node.name,
          ts.isIdentifier(source) || ts.isPropertyAccessExpression(source) ? `${normalise(source.getText())}.content` : undefined,
        );
      }
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      const target = unwrap(ts, node.left);
      if (ts.isIdentifier(target)) {
        const alias = aliases.get(target.text);
        if (alias) alias.reassigned = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  const body = isFunctionLike(ts, root) ? root.body : root;
  if (body) visit(body);
  return aliases;
}

/**
 * What the declared type at the use says, when the checker knows it: TypeScript has already
 * narrowed it by the guards on the way, so a type without null or arrays is safe as it stands.
 * A part's text (a text path) keeps the syntactic judgement: its hops are not in the type.
 */
function withType(fact: ContentUseFact, use: Use, types: TypeOracle | undefined): ContentUseFact {
  if (!types || use.ref.isText) return fact;
  const type = types.getContentType(use.subject);
  if (!type) return fact;
  const nullHandled = type.nullable === undefined ? fact.nullHandled : !type.nullable || use.optional;
  // Behind `typeof c === "string"` the narrowed type is `string`, but a declared list still goes by unread.
  const listHandled = fact.listOutcome === 'skipped' ? !type.declared.list || fact.listHandled : !type.list;
  return { ...fact, nullHandled, listHandled, type };
}

function judge(ts: Ts, predicate: TS.Node, at: TS.Node, use: Use, sourceFile: TS.SourceFile): ContentUseFact {
  const { ref } = use;
  const guards = collectDominatingGuards(ts, predicate, at, ref.keys);
  const proves = (found: Set<Guard>): boolean => found.has('nonNull') || found.has('string') || found.has('array');
  const hopsSafe = (ref.hops ?? []).every((hop) => hop.optional || proves(collectDominatingGuards(ts, predicate, at, hop.guardKeys)));
  const nullHandled = hopsSafe && (use.optional || ref.nullSafe || proves(guards));
  if (ref.isText) {
    // The text of a part is a string or undefined: a list never reaches the use.
    const listOutcome = guards.has('string') ? 'skipped' : use.throwsOnList ? 'throws' : 'false';
    return {
      expression: ref.text,
      operation: use.operation,
      nullHandled,
      listHandled: true,
      listOutcome,
      range: getRange(use.node, sourceFile),
    };
  }
  // Behind `typeof c === "string"` a list never reaches the use: an `Array.isArray` branch
  // anywhere in the predicate then handles it, before or after.
  const stringGuarded = guards.has('string');
  const listHandled = guards.has('array') || hasArrayCheck(ts, predicate, ref.keys, stringGuarded ? undefined : at);
  return {
    expression: ref.text,
    operation: use.operation,
    nullHandled,
    listHandled,
    listOutcome: stringGuarded ? 'skipped' : use.throwsOnList ? 'throws' : 'false',
    range: getRange(use.node, sourceFile),
  };
}

/** An `Array.isArray(<content>)` in the predicate (callbacks included), before `at` when given, counts as list handling. */
function hasArrayCheck(ts: Ts, fn: TS.Node, keys: string[], at: TS.Node | undefined): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found || (at !== undefined && node.pos > at.pos)) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && isArrayIsArray(ts, node.expression, node)) {
      const argument = node.arguments[0];
      const key = argument ? getContentKeyOrName(ts, argument) : undefined;
      if (key !== undefined && keys.includes(key)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

function getContentKeyOrName(ts: Ts, expression: TS.Expression): string | undefined {
  const node = unwrap(ts, expression);
  const key = getContentKey(ts, node) ?? (ts.isIdentifier(node) ? node.text : undefined);
  if (key !== undefined) return key;
  // Any other member chain (a text path's hop, `event.content.parts`): only text-path keys can match it.
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node))
    return normaliseKey(node.getText());
  return undefined;
}

/**
 * What the conditions that must hold for `at` to run tell about the content. A callback
 * inside the predicate (`words.some((word) => content.includes(word))`) runs after the guards
 * written before it, so the walk goes on up to the predicate itself.
 */
function collectDominatingGuards(ts: Ts, predicate: TS.Node, at: TS.Node, keys: string[]): Set<Guard> {
  const guards = new Set<Guard>();
  const add = (set: Set<Guard>): void => {
    for (const guard of set) guards.add(guard);
  };
  let child: TS.Node = at;
  for (let parent = at.parent; ; child = parent, parent = parent.parent) {
    if (ts.isBinaryExpression(parent) && child === parent.right) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) add(factsWhen(ts, parent.left, true, keys));
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) add(factsWhen(ts, parent.left, false, keys));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) add(factsWhen(ts, parent.condition, true, keys));
      if (child === parent.whenFalse) add(factsWhen(ts, parent.condition, false, keys));
    } else if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) add(factsWhen(ts, parent.expression, true, keys));
      if (child === parent.elseStatement) add(factsWhen(ts, parent.expression, false, keys));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (!ts.isIfStatement(statement)) continue;
        // Code after the `if` runs only through a branch that does not exit.
        const thenExits = exitsAbruptly(ts, statement.thenStatement);
        const elseExits = statement.elseStatement !== undefined && exitsAbruptly(ts, statement.elseStatement);
        if (thenExits && !elseExits) add(factsWhen(ts, statement.expression, false, keys));
        if (elseExits && !thenExits) add(factsWhen(ts, statement.expression, true, keys));
      }
    }
    if (parent === predicate || ts.isSourceFile(parent)) break;
  }
  return guards;
}

/** The guards a condition establishes about content when it evaluates to `truth`. */
function factsWhen(ts: Ts, condition: TS.Expression, truth: boolean, keys: string[]): Set<Guard> {
  const node = unwrap(ts, condition);
  const none = new Set<Guard>();
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken)
    return factsWhen(ts, node.operand, !truth, keys);
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken) {
      const left = factsWhen(ts, node.left, truth, keys);
      const right = factsWhen(ts, node.right, truth, keys);
      const isUnion = (operator === ts.SyntaxKind.AmpersandAmpersandToken) === truth;
      return isUnion ? new Set([...left, ...right]) : new Set([...left].filter((guard) => right.has(guard)));
    }
    return equalityFacts(ts, node, truth, keys);
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && isArrayIsArray(ts, node.expression, node)) {
    const argument = node.arguments[0];
    const key = argument ? getContentKeyOrName(ts, argument) : undefined;
    if (key === undefined || !keys.includes(key)) return none;
    return truth ? new Set<Guard>(['nonNull', 'array']) : new Set<Guard>(['notArray']);
  }
  const key = getContentKeyOrName(ts, node);
  if (key !== undefined && keys.includes(key)) return truth ? new Set<Guard>(['nonNull']) : none;
  // `a.b.c` being truthy proves `a.b` is not null either (`if (!event.content?.parts?.length) continue;`).
  if (truth && key !== undefined && keys.some((known) => key.startsWith(`${known}.`))) return new Set<Guard>(['nonNull']);
  return none;
}

function equalityFacts(ts: Ts, node: TS.BinaryExpression, truth: boolean, keys: string[]): Set<Guard> {
  const kind = node.operatorToken.kind;
  const negated = kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
  const isEquality = negated || kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken;
  const none = new Set<Guard>();
  if (!isEquality) return none;
  const holds = truth !== negated;
  const left = unwrap(ts, node.left);
  const right = unwrap(ts, node.right);
  for (const [subject, other] of [
    [left, right],
    [right, left],
  ] as const) {
    if (ts.isTypeOfExpression(subject)) {
      const key = getContentKeyOrName(ts, subject.expression);
      if (key === undefined || !keys.includes(key) || !isStringLiteralLike(ts, other)) continue;
      if (other.text === 'string' && holds) return new Set<Guard>(['nonNull', 'string', 'notArray']);
      // `typeof c !== "undefined"` lets null through (its typeof is "object").
      return none;
    }
    const key = getContentKeyOrName(ts, subject);
    if (key === undefined || !keys.includes(key)) continue;
    const isNull = other.kind === ts.SyntaxKind.NullKeyword;
    const isUndefined = (ts.isIdentifier(other) && other.text === 'undefined') || ts.isVoidExpression(other);
    const isLoose = kind === ts.SyntaxKind.EqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
    // `c !== undefined` lets null through; `c != undefined`, `c != null` and `c !== null` do not.
    if ((isNull || (isUndefined && isLoose)) && !holds) return new Set<Guard>(['nonNull']);
    if (isStringLiteralLike(ts, other) && holds) return new Set<Guard>(['nonNull', 'string', 'notArray']);
  }
  return none;
}
