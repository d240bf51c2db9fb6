/**
 * The type oracle: what TypeScript's checker says about an expression, asked lazily and
 * only where a check needs it. The scanner supplies one when the project has a tsconfig
 * (and `--no-types` is not given); without it every analysis stays syntactic. The engine
 * never builds a program itself.
 */
import type * as TS from 'typescript';
import type { Ts } from './syntax.js';

/** How a declared type (after TypeScript's narrowing) admits message content. */
export interface ContentType {
  /** The type as TypeScript prints it (`string | MessageContentComplex[]`). */
  text: string;
  /** The type admits `null` or `undefined`; undefined without `strictNullChecks`, where types never say. */
  nullable: boolean | undefined;
  /** The type admits an array or tuple (list content). */
  list: boolean;
  /** The type the reference was declared with, before narrowing (the same when there was none to see). */
  declared: { text: string; list: boolean };
}

/** The literal values a type allows, when it allows nothing else, with the type literal that says so when one is found. */
export type LiteralOption = (
  { kind: 'number'; value: number } | { kind: 'string'; value: string } | { kind: 'null' } | { kind: 'undefined' }
) & { source?: { node: TS.Node; sourceFile: TS.SourceFile } };

export interface TypeOracle {
  /**
   * The declared type of a content expression at its use: undefined when the type says
   * nothing (`any`, `unknown`, a type parameter, an error type) or the file has no checker.
   */
  getContentType(expression: TS.Expression): ContentType | undefined;
  /** The literals an expression's type allows (`10`, `10 | 20`, `null`), or undefined when it allows other values. */
  getLiteralOptions(expression: TS.Expression): LiteralOption[] | undefined;
  /** The function a call runs, when its signature resolves to one declaration with a body. */
  getCalledFunction(call: TS.CallExpression): TS.FunctionLikeDeclaration | undefined;
}

/** What a host knows for a node: the checker of the program that holds its file, and whether nulls are in its types. */
export interface CheckerAnswer {
  checker: TS.TypeChecker;
  /** `strictNullChecks`: without it no type contains `null` or `undefined`. */
  strictNulls: boolean;
}

/**
 * The questions, asked of whatever checker the host has for a node's file (the scanner's lazily
 * built program, or typescript-eslint's when linting with type information). `ask` returns
 * undefined when the node's file is in no program: every answer is then "the type says nothing".
 */
export function createCheckerOracle(ts: Ts, ask: (node: TS.Node) => CheckerAnswer | undefined): TypeOracle {
  return {
    getContentType(expression: TS.Expression): ContentType | undefined {
      const answer = ask(expression);
      if (!answer) return undefined;
      const { checker, strictNulls } = answer;
      const type = checker.getTypeAtLocation(expression);
      const shape = describeType(ts, checker, type);
      if (!shape) return undefined;
      const text = printType(ts, checker, type);
      // Before narrowing: what the reference was declared to hold (a `typeof` guard may have dropped lists).
      const reference = ts.isPropertyAccessExpression(expression) ? expression.name : ts.isIdentifier(expression) ? expression : undefined;
      const symbol = reference && checker.getSymbolAtLocation(reference);
      const declaredType = symbol && checker.getTypeOfSymbol(symbol);
      const declared =
        declaredType && declaredType !== type
          ? { shape: describeType(ts, checker, declaredType), text: printType(ts, checker, declaredType) }
          : undefined;
      return {
        text,
        nullable: strictNulls ? shape.nullable : undefined,
        list: shape.list,
        declared: declared?.shape ? { text: declared.text, list: declared.shape.list } : { text, list: shape.list },
      };
    },

    getLiteralOptions(expression: TS.Expression): LiteralOption[] | undefined {
      const answer = ask(expression);
      if (!answer) return undefined;
      const { checker, strictNulls } = answer;
      const type = checker.getTypeAtLocation(expression);
      const options: LiteralOption[] = [];
      for (const member of type.isUnion() ? type.types : [type]) {
        if (member.isNumberLiteral()) options.push({ kind: 'number', value: member.value });
        else if (member.isStringLiteral()) options.push({ kind: 'string', value: member.value });
        else if (member.flags & ts.TypeFlags.Null && strictNulls) options.push({ kind: 'null' });
        else if (member.flags & ts.TypeFlags.Undefined && strictNulls) options.push({ kind: 'undefined' });
        else return undefined;
      }
      if (options.length === 0) return undefined;
      const typeNode = getDeclaredTypeNode(ts, checker, expression);
      return options.map((option) => {
        const literal = typeNode && findLiteral(ts, typeNode, option);
        return literal ? { ...option, source: { node: literal, sourceFile: literal.getSourceFile() } } : option;
      });
    },

    getCalledFunction(call: TS.CallExpression): TS.FunctionLikeDeclaration | undefined {
      const answer = ask(call);
      if (!answer) return undefined;
      const declaration: TS.Declaration | undefined = answer.checker.getResolvedSignature(call)?.getDeclaration();
      if (!declaration || !ts.isFunctionLike(declaration) || !('body' in declaration) || !declaration.body) return undefined;
      const file = declaration.getSourceFile();
      if (file.isDeclarationFile || file.fileName.split(/[\\/]/).includes('node_modules')) return undefined;
      return declaration;
    },
  };
}

/** Whether a type admits null/undefined and lists; undefined when part of it says nothing. */
function describeType(ts: Ts, checker: TS.TypeChecker, type: TS.Type): { nullable: boolean; list: boolean } | undefined {
  let nullable = false;
  let list = false;
  for (const member of type.isUnion() ? type.types : [type]) {
    if (isOpaque(ts, member)) return undefined;
    if (member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) nullable = true;
    else if ((checker.isArrayType(member) || checker.isTupleType(member)) && !holdsOnlyStrings(ts, checker, member)) list = true;
  }
  return { nullable, list };
}

/**
 * A list of strings (`string[]`) is not list content of parts: `includes("DONE")` on it asks
 * for an element, which is what its author meant, and a string method on it does not compile.
 */
function holdsOnlyStrings(ts: Ts, checker: TS.TypeChecker, list: TS.Type): boolean {
  const elements = checker.getTypeArguments(list as TS.TypeReference);
  return (
    elements.length > 0 &&
    elements.every((element) =>
      (element.isUnion() ? element.types : [element]).every((member) => (member.flags & ts.TypeFlags.StringLike) !== 0),
    )
  );
}

/** A union behind an alias is spelt out (`string | MessageContentComplex[]`, not `MessageContent`): the members are the point. */
function printType(ts: Ts, checker: TS.TypeChecker, type: TS.Type): string {
  const flags = ts.TypeFormatFlags.NoTruncation;
  if (type.isUnion() && type.aliasSymbol) return type.types.map((member) => checker.typeToString(member, undefined, flags)).join(' | ');
  return checker.typeToString(type, undefined, flags);
}

/** Types that say nothing about content: any, unknown, type parameters, and the checker's error type. */
function isOpaque(ts: Ts, type: TS.Type): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.Never)) return true;
  return type.isIntersection() && type.types.some((member) => isOpaque(ts, member));
}

/** The type annotation a value's type was read from: its declaration's (`readonly turns: 10`), or a call's return type. */
function getDeclaredTypeNode(ts: Ts, checker: TS.TypeChecker, expression: TS.Expression): TS.TypeNode | undefined {
  let declaration: TS.Node | undefined;
  if (ts.isCallExpression(expression)) {
    declaration = checker.getResolvedSignature(expression)?.getDeclaration();
  } else {
    const named = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
    declaration = checker.getSymbolAtLocation(named)?.declarations?.[0];
  }
  const typeNode = declaration && (declaration as { type?: TS.Node }).type;
  return typeNode && ts.isTypeNode(typeNode) ? typeNode : undefined;
}

/** The literal type node in an annotation that spells a value (`10` in `10 | 20`), for messages that say where it was written. */
function findLiteral(ts: Ts, typeNode: TS.TypeNode, option: LiteralOption): TS.Node | undefined {
  let found: TS.Node | undefined;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isLiteralTypeNode(node) && spells(ts, node.literal, option)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(typeNode);
  return found;
}

function spells(ts: Ts, literal: TS.LiteralTypeNode['literal'], option: LiteralOption): boolean {
  switch (option.kind) {
    case 'number':
      if (ts.isNumericLiteral(literal)) return Number(literal.text) === option.value;
      return (
        ts.isPrefixUnaryExpression(literal) &&
        literal.operator === ts.SyntaxKind.MinusToken &&
        ts.isNumericLiteral(literal.operand) &&
        -Number(literal.operand.text) === option.value
      );
    case 'string':
      return ts.isStringLiteral(literal) && literal.text === option.value;
    case 'null':
      return literal.kind === ts.SyntaxKind.NullKeyword;
    case 'undefined':
      return false;
  }
}
