/**
 * The shape of a framework adapter: knowledge as data (option names, defaults, the
 * sources they were checked against) plus visitors that turn syntax into facts.
 * A new framework is a new adapter file registered in `index.ts`; checks never change.
 */
import type * as TS from 'typescript';
import type { FileFacts } from '../facts.js';
import type { Range, Ts } from '../syntax.js';
import type { EvalContext } from '../values/evaluate.js';

export interface CollectContext {
  ts: Ts;
  sourceFile: TS.SourceFile;
  facts: FileFacts;
  evalContext: EvalContext;
  range(node: TS.Node): Range;
}

type VisitorName =
  | 'CallExpression'
  | 'NewExpression'
  | 'ObjectLiteralExpression'
  | 'ClassDeclaration'
  | 'ClassExpression'
  | 'PropertyAccessExpression'
  | 'BinaryExpression'
  | 'ExportAssignment'
  | 'VariableStatement'
  | 'FunctionDeclaration'
  | 'ImportDeclaration'
  | 'WhileStatement'
  | 'DoStatement'
  | 'ForStatement'
  | 'ForOfStatement'
  | 'ArrowFunction'
  | 'FunctionExpression'
  | 'MethodDeclaration'
  | 'PropertyAssignment';

export type Visitors = Partial<Record<VisitorName, (node: never, ctx: CollectContext) => void>>;

export interface FrameworkAdapter {
  id: string;
  /** Packages whose APIs the adapter recognises (for docs and the README table). */
  packages: readonly string[];
  /** Cheap text test: the adapter can only find something in a file whose text matches. */
  hint: RegExp;
  visitors: Visitors;
  /** Runs once per file after the walk (file-level facts such as route conventions). */
  finish?: (ctx: CollectContext) => void;
}

/** Helper for typed visitors: `visit<TS.CallExpression>((node, ctx) => ...)`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- call sites name the node type they visit
export function visit<T extends TS.Node>(handler: (node: T, ctx: CollectContext) => void): (node: never, ctx: CollectContext) => void {
  return handler;
}
