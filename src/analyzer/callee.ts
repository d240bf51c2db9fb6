/**
 * Where a called expression comes from: a path of member names and calls starting at
 * an imported module or a global (`readline` → `createInterface` → `()` → `question`).
 * Adapters match these paths against their tables, so an API is recognised through
 * its import, never by a bare name. Local consts are followed; with a project
 * resolver, so are imports of project files.
 */
import type * as TS from 'typescript';
import { getRequiredModule, resolveIdentifier } from './scope.js';
import { getAccessedName, unwrap, type Ts } from './syntax.js';
import type { ProjectResolver } from './values/evaluate.js';

export interface CalleeOrigin {
  /** The module (`axios`, `node:readline`), or undefined for a global. */
  module: string | undefined;
  /** Member names and `()` for calls, from the module object or the global scope. */
  path: string[];
  /** The calls met on the way, in order (`readline.createInterface({...})`). */
  calls: (TS.CallExpression | TS.NewExpression)[];
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);
const MAX_DEPTH = 16;

/** Resolves the origin of an expression used as a callee or a receiver. */
export function resolveOrigin(
  ts: Ts,
  resolver: ProjectResolver | undefined,
  expression: TS.Expression,
  depth = 0,
): CalleeOrigin | undefined {
  if (depth > MAX_DEPTH) return undefined;
  let node = unwrap(ts, expression);
  if (ts.isAwaitExpression(node)) node = unwrap(ts, node.expression);
  if (ts.isIdentifier(node)) return resolveIdentifierOrigin(ts, resolver, node, depth);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const name = getAccessedName(ts, node);
    if (name === undefined) return undefined;
    const base = resolveOrigin(ts, resolver, node.expression, depth + 1);
    if (!base) return undefined;
    if (base.module === undefined && base.path.length === 1 && GLOBAL_OBJECTS.has(base.path[0] ?? '')) {
      return { module: undefined, path: [name], calls: base.calls };
    }
    return { ...base, path: [...base.path, name] };
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    // `require("m")` is the module itself, as `import m from "m"` or `import * as m` is.
    const required = ts.isCallExpression(node) ? getRequiredModule(ts, node) : undefined;
    if (required) return { module: required.module, path: [], calls: [] };
    const base = resolveOrigin(ts, resolver, node.expression, depth + 1);
    if (!base) return undefined;
    return { module: base.module, path: [...base.path, '()'], calls: [...base.calls, node] };
  }
  return undefined;
}

function resolveIdentifierOrigin(
  ts: Ts,
  resolver: ProjectResolver | undefined,
  node: TS.Identifier,
  depth: number,
): CalleeOrigin | undefined {
  const binding = resolveIdentifier(ts, node);
  switch (binding.kind) {
    case 'global':
      return { module: undefined, path: [node.text], calls: [] };
    case 'import': {
      const followed = followProjectImport(ts, resolver, node.getSourceFile(), binding.module, binding.imported, depth);
      if (followed !== null) return followed;
      const path = binding.imported === '*' || binding.imported === 'default' ? [] : [binding.imported];
      return { module: binding.module, path, calls: [] };
    }
    case 'variable': {
      if (!binding.isConst || !binding.declaration.initializer) return undefined;
      const base = resolveOrigin(ts, resolver, binding.declaration.initializer, depth + 1);
      return base ? { ...base, path: [...base.path, ...binding.path] } : undefined;
    }
    default:
      return undefined;
  }
}

/** Follows an import of a project file; null when the module is not one. */
function followProjectImport(
  ts: Ts,
  resolver: ProjectResolver | undefined,
  fromFile: TS.SourceFile,
  module: string,
  imported: string,
  depth: number,
): CalleeOrigin | undefined | null {
  if (!resolver || !(module.startsWith('.') || module.startsWith('/'))) return null;
  const resolved = resolver.resolveImport(fromFile, module, imported);
  if (!resolved) return null;
  if (resolved.kind === 'expression') return resolveOrigin(ts, resolver, resolved.node, depth + 1);
  if (resolved.kind === 'declaration' && ts.isVariableDeclaration(resolved.node)) {
    const list = resolved.node.parent;
    const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
    if (isConst && resolved.node.initializer) return resolveOrigin(ts, resolver, resolved.node.initializer, depth + 1);
  }
  return undefined;
}

/** Whether an origin is a module (any spelling such as `node:readline`) followed by a path. */
export function matchesOrigin(origin: CalleeOrigin | undefined, modules: readonly string[], path: readonly string[]): boolean {
  if (origin?.module === undefined) return false;
  const module = stripNodePrefix(origin.module);
  if (!modules.some((candidate) => stripNodePrefix(candidate) === module)) return false;
  return origin.path.length === path.length && path.every((segment, index) => segment === '*' || origin.path[index] === segment);
}

export function stripNodePrefix(module: string): string {
  return module.startsWith('node:') ? module.slice(5) : module;
}
