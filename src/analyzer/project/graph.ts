/**
 * The import graph for headless reachability: imports, re-exports, `require("./x")` and
 * `import("./x")` with literal specifiers, each with the range that names it so a finding
 * can show the way it was reached. Type-only imports are left out (they load nothing), and
 * so is a specifier that is not a literal. Traversal stops where `isInteractive` says so.
 */
import { ts, type TS } from './typescript.js';
import { getRequiredModule } from '../scope.js';
import type { Range } from '../syntax.js';
import type { ProjectModuleResolver } from './resolver.js';

/** How a file loads another: the three words a trace step uses. */
export type ImportKind = 'import' | 'export' | 'require' | 'dynamic';

/** One edge of the graph: the project file loaded, and where the importing file names it. */
export interface ImportEdge {
  /** Absolute path of the file loaded. */
  fileName: string;
  specifier: string;
  kind: ImportKind;
  /** The import declaration, the `require(...)` or the `import(...)` call, in the importing file. */
  range: Range;
}

function isTypeOnlyImport(node: TS.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  // `import { type A, type B } from './x'` loads nothing either; a default or namespace import does.
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function getLiteralText(node: TS.Expression | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

function rangeOf(node: TS.Node, sourceFile: TS.SourceFile): Range {
  return { start: node.getStart(sourceFile), end: node.end };
}

/** The project files a file loads, in source order, each once (the first place that names it). */
export function getImports(resolver: ProjectModuleResolver, sourceFile: TS.SourceFile): ImportEdge[] {
  const found: { specifier: string; kind: ImportKind; range: Range }[] = [];
  for (const statement of sourceFile.statements) {
    let specifier: string | undefined;
    let kind: ImportKind = 'import';
    if (ts.isImportDeclaration(statement) && !isTypeOnlyImport(statement)) specifier = getLiteralText(statement.moduleSpecifier);
    else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier) {
      specifier = getLiteralText(statement.moduleSpecifier);
      kind = 'export';
    } else if (
      ts.isImportEqualsDeclaration(statement) &&
      !statement.isTypeOnly &&
      ts.isExternalModuleReference(statement.moduleReference)
    ) {
      specifier = getLiteralText(statement.moduleReference.expression);
      kind = 'require';
    }
    if (specifier !== undefined) found.push({ specifier, kind, range: rangeOf(statement, sourceFile) });
  }
  if (sourceFile.text.includes('require(') || /\bimport\s*\(/.test(sourceFile.text)) {
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node)) {
        const required = getRequiredModule(ts, node);
        if (required) found.push({ specifier: required.module, kind: 'require', range: rangeOf(node, sourceFile) });
        else if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
          const specifier = getLiteralText(node.arguments[0]);
          if (specifier !== undefined) found.push({ specifier, kind: 'dynamic', range: rangeOf(node, sourceFile) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    found.sort((a, b) => a.range.start - b.range.start);
  }
  const edges: ImportEdge[] = [];
  for (const { specifier, kind, range } of found) {
    const target = resolver.resolveModule(sourceFile.fileName, specifier);
    if (target && !edges.some((edge) => edge.fileName === target.fileName))
      edges.push({ fileName: target.fileName, specifier, kind, range });
  }
  return edges;
}

/** One step of the way from an entry to a module: the file that imports, and the edge it follows. */
export interface Hop {
  from: string;
  edge: ImportEdge;
}

/** How a module was first reached: the entry, and the imports followed from it, in order. */
export interface Reached {
  entry: string;
  hops: Hop[];
}

/**
 * Breadth-first from each entry (in the order given): the first entry that reaches a module
 * is the one its findings name, along the shortest way from it. Entries are not marked as
 * reached (they have their own reason); `isInteractive` modules are not entered.
 */
export function markReachable(
  entries: readonly string[],
  importsOf: (file: string) => readonly ImportEdge[],
  isInteractive: (file: string) => boolean,
): Map<string, Reached> {
  const reached = new Map<string, Reached>();
  const entrySet = new Set(entries);
  for (const entry of entries) {
    const queue = [entry];
    const cameFrom = new Map<string, Hop | undefined>([[entry, undefined]]);
    // The array iterator sees what is pushed while it runs: a queue without shift()'s cost.
    for (const file of queue) {
      for (const edge of importsOf(file)) {
        const target = edge.fileName;
        if (cameFrom.has(target) || isInteractive(target)) continue;
        cameFrom.set(target, { from: file, edge });
        if (!reached.has(target) && !entrySet.has(target)) {
          const hops: Hop[] = [];
          for (let hop = cameFrom.get(target); hop; hop = cameFrom.get(hop.from)) hops.unshift(hop);
          reached.set(target, { entry, hops });
        }
        queue.push(target);
      }
    }
  }
  return reached;
}
