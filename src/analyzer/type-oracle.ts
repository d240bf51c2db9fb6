/**
 * The type oracle: what TypeScript's checker says about an expression, asked lazily and
 * only where a check needs it. The scanner supplies one when the project has a tsconfig
 * (and `--no-types` is not given); without it every analysis stays syntactic. The engine
 * never builds a program itself.
 */
import type * as TS from 'typescript';

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
