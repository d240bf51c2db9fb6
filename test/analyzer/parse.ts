/**
 * Helpers for analyzer tests: parse a snippet with the real TypeScript (the engine is
 * handed this `ts`, as a host would hand it) and find the node a test is about.
 */
import ts from 'typescript';
import { isFunctionLike } from '../../src/analyzer/syntax.js';

export { ts };

export function parse(code: string, fileName = 't.ts'): ts.SourceFile {
  return ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
}

/** The initializer of the last variable declared as `name` (the snippet's subject). */
export function findInitializer(sourceFile: ts.SourceFile, name: string): ts.Expression {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer)
      found = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!found) throw new Error(`no \`${name} = ...\` in the snippet`);
  return found;
}

/** The first (outermost) function in a snippet. */
export function findFunction(sourceFile: ts.SourceFile): ts.FunctionLikeDeclaration {
  let found: ts.FunctionLikeDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (isFunctionLike(ts, node)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!found) throw new Error('no function in the snippet');
  return found;
}
