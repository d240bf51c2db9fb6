/**
 * Headless reachability: every module reachable through static imports (and
 * re-exports) from a headless entry file runs headless too. Traversal stops at a
 * module that says it expects a terminal (a TTY check or an `interactive` glob).
 */
import { ts, type TS } from './typescript.js';
import { getRequiredModule } from '../scope.js';
import type { ProjectModuleResolver } from './resolver.js';

/** The project files a file imports statically: imports, re-exports, and `require("./literal")`. */
export function getStaticImports(resolver: ProjectModuleResolver, sourceFile: TS.SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of sourceFile.statements) {
    let specifier: TS.Expression | undefined;
    if (ts.isImportDeclaration(statement) && statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword)
      specifier = statement.moduleSpecifier;
    else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) specifier = statement.moduleSpecifier;
    else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      specifier = statement.moduleReference.expression;
    }
    if (specifier && ts.isStringLiteral(specifier)) specifiers.push(specifier.text);
  }
  if (sourceFile.text.includes('require(')) {
    const visit = (node: TS.Node): void => {
      const required = getRequiredModule(ts, ts.isCallExpression(node) ? node : undefined);
      if (required) specifiers.push(required.module);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  const targets: string[] = [];
  for (const specifier of specifiers) {
    const target = resolver.resolveModule(sourceFile.fileName, specifier);
    if (target) targets.push(target.fileName);
  }
  return targets;
}

/**
 * Breadth-first from the entries (in the order given): the first entry that reaches a
 * module is the one its findings name.
 */
export function markReachable(
  entries: readonly string[],
  importsOf: (file: string) => readonly string[],
  isInteractive: (file: string) => boolean,
): Map<string, string> {
  const reachedFrom = new Map<string, string>();
  for (const entry of entries) {
    const queue = [entry];
    const seen = new Set(queue);
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const target of importsOf(file)) {
        if (seen.has(target) || isInteractive(target)) continue;
        seen.add(target);
        if (!reachedFrom.has(target) && !entries.includes(target)) reachedFrom.set(target, entry);
        queue.push(target);
      }
    }
  }
  return reachedFrom;
}
