/**
 * Abstract values: what the evaluator knows about an expression. Primitive values
 * keep the literal they were written as (`source`), so messages can say where a
 * bound came from. `unknown` always carries why, and checks stay silent on it.
 */
import type * as TS from 'typescript';

/** Where a value was written, when it was not written at the option itself. */
export interface ValueSource {
  node: TS.Node;
  sourceFile: TS.SourceFile;
}

export type UnknownReason = 'parameter' | 'env' | 'import' | 'global' | 'call' | 'mutable' | 'expression' | 'depth';

export type Value =
  | { kind: 'number'; value: number; source?: ValueSource }
  | { kind: 'string'; value: string; source?: ValueSource }
  | { kind: 'boolean'; value: boolean; source?: ValueSource }
  | { kind: 'null'; source?: ValueSource }
  | { kind: 'undefined'; source?: ValueSource }
  | { kind: 'object'; object: ObjectValue }
  | { kind: 'array'; elements: Value[]; open: boolean }
  | { kind: 'function'; node: TS.FunctionLikeDeclaration }
  | { kind: 'class'; node: TS.ClassLikeDeclaration }
  | { kind: 'call'; callee: string | undefined; node: TS.CallExpression | TS.NewExpression; isNew: boolean }
  | { kind: 'union'; options: Value[] }
  | { kind: 'unknown'; reason: UnknownReason };

export interface PropertyEntry {
  name: string;
  /** The property, method or enum member that defines the key. */
  node: TS.Node;
  /** The expression of its value (a shorthand's identifier); absent for methods. */
  valueNode: TS.Expression | undefined;
  value: () => Value;
}

export interface ObjectValue {
  node: TS.Node;
  entries: Map<string, PropertyEntry>;
  /** True when a spread or computed key we could not resolve may hold any key. */
  open: boolean;
  /** For namespace imports: keys resolved on demand. */
  lookup?: (name: string) => PropertyEntry | undefined;
}

export const unknownValue = (reason: UnknownReason): Value => ({ kind: 'unknown', reason });

/** Looks a key up: the entry, `missing` when the object surely lacks it, or `unknown`. */
export function getEntry(object: ObjectValue, names: readonly string[]): PropertyEntry | 'missing' | 'unknown' {
  let found: PropertyEntry | undefined;
  for (const name of names) found = object.entries.get(name) ?? object.lookup?.(name) ?? found;
  if (found) return found;
  return object.open ? 'unknown' : 'missing';
}

/** The options a value may take: a union's members, or the value itself. */
export function getOptions(value: Value): Value[] {
  return value.kind === 'union' ? value.options : [value];
}
