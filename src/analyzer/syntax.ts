/**
 * Small helpers over TypeScript's raw syntax tree. The engine never imports
 * TypeScript's runtime: the host hands it the `ts` namespace its tree came from,
 * so `SyntaxKind` numbers always match the nodes. Only type imports here.
 */
import type * as TS from 'typescript';

export type Ts = Omit<typeof TS, 'default'>;

/** A half-open range of UTF-16 offsets in a file's text. */
export interface Range {
  start: number;
  end: number;
}

export function getRange(node: TS.Node, sourceFile: TS.SourceFile): Range {
  return { start: node.getStart(sourceFile), end: node.getEnd() };
}

/** One-based line of a position. */
export function getLine(sourceFile: TS.SourceFile, pos: number): number {
  return sourceFile.getLineAndCharacterOfPosition(pos).line + 1;
}

/** Strips parentheses, `as`, `satisfies`, `!` and `<T>x` around an expression. */
export function unwrap(ts: Ts, expr: TS.Expression): TS.Expression {
  let current = expr;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The static name of a property name node, or undefined when it is computed from a non-literal. */
export function getPropertyName(ts: Ts, name: TS.PropertyName | TS.MemberName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) {
    return name.text;
  }
  if (ts.isComputedPropertyName(name)) {
    const inner = unwrap(ts, name.expression);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  }
  return undefined;
}

/** The key of a member access (`a.b`, `a?.b`, `a["b"]`), or undefined. */
export function getAccessedName(ts: Ts, expr: TS.Expression): string | undefined {
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  if (ts.isElementAccessExpression(expr)) {
    const arg = unwrap(ts, expr.argumentExpression);
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  }
  return undefined;
}

/** `a.b.c` for a chain of identifiers and property accesses, else undefined. */
export function getDottedName(ts: Ts, expr: TS.Expression): string | undefined {
  // A loop, not recursion: a member chain may be as long as the file.
  const names: string[] = [];
  let inner = unwrap(ts, expr);
  while (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
    const name = getAccessedName(ts, inner);
    if (name === undefined) return undefined;
    names.push(name);
    inner = unwrap(ts, inner.expression);
  }
  let root: string;
  if (ts.isIdentifier(inner)) root = inner.text;
  else if (inner.kind === ts.SyntaxKind.ThisKeyword) root = 'this';
  else return undefined;
  return [root, ...names.reverse()].join('.');
}

/** The leftmost identifier of a member chain (`a` in `a.b.c()`), if any. */
export function getRootIdentifier(ts: Ts, expr: TS.Expression): TS.Identifier | undefined {
  let current = unwrap(ts, expr);
  for (;;) {
    if (ts.isIdentifier(current)) return current;
    if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isCallExpression(current)) {
      current = unwrap(ts, current.expression);
    } else {
      return undefined;
    }
  }
}

export function isFunctionLike(ts: Ts, node: TS.Node): node is TS.FunctionLikeDeclaration {
  return (
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  );
}

/** A node's parent; undefined for a source file (TypeScript's types say it is always set). */
export function getParent(node: TS.Node): TS.Node | undefined {
  const parent: TS.Node | undefined = node.parent;
  return parent;
}

/**
 * Parent pointers are set by every host we know (typescript-estree and ts-morph both
 * parse with `setParentNodes`); a tree without them gets them here, once.
 */
export function ensureParents(ts: Ts, sourceFile: TS.SourceFile): void {
  const first = sourceFile.statements[0];
  if (!first || getParent(first)) return;
  const visit = (node: TS.Node): void => {
    ts.forEachChild(node, (child) => {
      if (!getParent(child)) (child as { parent: TS.Node }).parent = node;
      visit(child);
    });
  };
  visit(sourceFile);
}

/** Whether a statement always leaves its block: return, throw, break, continue, or a block ending so. */
export function exitsAbruptly(ts: Ts, statement: TS.Statement): boolean {
  if (
    ts.isReturnStatement(statement) ||
    ts.isThrowStatement(statement) ||
    ts.isContinueStatement(statement) ||
    ts.isBreakStatement(statement)
  ) {
    return true;
  }
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exitsAbruptly(ts, last);
  }
  return false;
}
