/**
 * One walk per file: adapters whose text hint matches register visitors by syntax
 * kind, and the walk dispatches each node once. A file no adapter could care about
 * is never walked at all (the cheap text test is most of the speed).
 */
import type * as TS from 'typescript';
import { createFileFacts, type FileFacts } from './facts.js';
import { adapters } from './frameworks/index.js';
import type { CollectContext, FrameworkAdapter } from './frameworks/types.js';
import { ensureParents, getRange, type Ts } from './syntax.js';
import type { TypeOracle } from './type-oracle.js';
import type { ProjectResolver } from './values/evaluate.js';

type Handler = (node: never, ctx: CollectContext) => void;

/** Collects the facts of one file. */
export function collectFacts(ts: Ts, sourceFile: TS.SourceFile, resolver: ProjectResolver | undefined, types?: TypeOracle): FileFacts {
  const facts = createFileFacts(sourceFile.fileName);
  const text = sourceFile.text;
  const active = adapters.filter((adapter) => adapter.hint.test(text) || adapter.hint.test(sourceFile.fileName));
  if (active.length === 0) return facts;
  ensureParents(ts, sourceFile);
  const ctx: CollectContext = {
    ts,
    sourceFile,
    facts,
    evalContext: { ts, resolver, types },
    range: (node) => getRange(node, sourceFile),
  };
  const table = buildDispatch(ts, active);
  const walk = (node: TS.Node): void => {
    const handlers = table.get(node.kind);
    if (handlers) {
      for (const handler of handlers) {
        try {
          handler(node as never, ctx);
        } catch (error) {
          // Odd code must never crash a lint run: the node yields no fact, and the host
          // may surface the error (the scanner warns; tests fail).
          facts.errors.push(`${String(node.kind)} at ${String(node.pos)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    // Types hold no calls, objects or loops: their subtrees are skipped.
    if (isTypeOnly(ts, node)) return;
    ts.forEachChild(node, walk);
  };
  walk(sourceFile);
  for (const adapter of active) {
    try {
      adapter.finish?.(ctx);
    } catch (error) {
      facts.errors.push(`${adapter.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return facts;
}

function isTypeOnly(ts: Ts, node: TS.Node): boolean {
  const kind = node.kind;
  return (
    (kind >= ts.SyntaxKind.FirstTypeNode && kind <= ts.SyntaxKind.LastTypeNode) ||
    kind === ts.SyntaxKind.InterfaceDeclaration ||
    kind === ts.SyntaxKind.TypeAliasDeclaration
  );
}

function buildDispatch(ts: Ts, active: readonly FrameworkAdapter[]): Map<TS.SyntaxKind, Handler[]> {
  const table = new Map<TS.SyntaxKind, Handler[]>();
  for (const adapter of active) {
    for (const [name, handler] of Object.entries(adapter.visitors) as [keyof typeof ts.SyntaxKind, Handler][]) {
      const kind = ts.SyntaxKind[name];
      const list = table.get(kind) ?? [];
      list.push(handler);
      table.set(kind, list);
    }
  }
  return table;
}
