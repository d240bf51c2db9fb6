/**
 * The scanner's project resolver: module specifiers to project files (TypeScript's
 * own module resolution, with the project's compiler options), and export names to
 * the declarations they name, through re-exports. It plugs into the one evaluator;
 * nothing here judges a value.
 */
import path from 'node:path';
import type { Project } from 'ts-morph';
import { getParseDiagnostics, ts, type TS } from './typescript.js';
import { ensureParents } from '../syntax.js';
import type { ProjectResolver, ResolvedImport } from '../values/evaluate.js';

const MAX_DEPTH = 16;

export class ProjectModuleResolver implements ProjectResolver {
  private readonly cache: TS.ModuleResolutionCache;
  private readonly moduleCache = new Map<string, TS.SourceFile | null>();

  constructor(
    private readonly project: Project,
    private readonly compilerOptions: TS.CompilerOptions,
  ) {
    this.cache = ts.createModuleResolutionCache(process.cwd(), (name) => name, compilerOptions);
  }

  /** A file already loaded into the project (the scanned files and those imports reached). */
  getSourceFile(fileName: string): TS.SourceFile | undefined {
    return this.project.getSourceFile(fileName)?.compilerNode;
  }

  /** The project file a specifier names, if it is one (not a package or a declaration file). */
  resolveModule(fromFile: string, specifier: string): TS.SourceFile | undefined {
    const key = `${path.dirname(fromFile)}\0${specifier}`;
    const cached = this.moduleCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let result: TS.SourceFile | undefined;
    const resolution = ts.resolveModuleName(specifier, fromFile, this.compilerOptions, ts.sys, this.cache).resolvedModule;
    if (resolution && !resolution.isExternalLibraryImport && !/\.d\.[cm]?ts$/.test(resolution.resolvedFileName)) {
      const file =
        this.project.getSourceFile(resolution.resolvedFileName) ?? this.project.addSourceFileAtPathIfExists(resolution.resolvedFileName);
      result = file?.compilerNode;
      // A file that does not parse is reported as such; nothing is read out of it.
      if (result && getParseDiagnostics(result).length > 0) result = undefined;
      if (result) ensureParents(ts, result);
    }
    this.moduleCache.set(key, result ?? null);
    return result;
  }

  resolveImport(fromFile: TS.SourceFile, module: string, imported: string): ResolvedImport | undefined {
    const target = this.resolveModule(fromFile.fileName, module);
    if (!target) return undefined;
    if (imported === '*') return { kind: 'module', sourceFile: target };
    return this.findExport(target, imported, 0);
  }

  resolveExport(file: TS.SourceFile, name: string): ResolvedImport | undefined {
    return this.findExport(file, name, 0);
  }

  private findExport(file: TS.SourceFile, name: string, depth: number): ResolvedImport | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const starModules: string[] = [];
    for (const statement of file.statements) {
      const found = this.matchStatement(file, statement, name, depth, starModules);
      if (found) return found;
    }
    for (const module of starModules) {
      const target = this.resolveModule(file.fileName, module);
      const found = target && name !== 'default' ? this.findExport(target, name, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  private matchStatement(
    file: TS.SourceFile,
    statement: TS.Statement,
    name: string,
    depth: number,
    starModules: string[],
  ): ResolvedImport | undefined {
    if (ts.isExportAssignment(statement)) {
      return !statement.isExportEquals && name === 'default' ? { kind: 'expression', node: statement.expression } : undefined;
    }
    if (ts.isExportDeclaration(statement)) {
      const module =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (module) starModules.push(module);
        return undefined;
      }
      if (ts.isNamespaceExport(clause)) {
        if (clause.name.text !== name || !module) return undefined;
        const target = this.resolveModule(file.fileName, module);
        return target ? { kind: 'module', sourceFile: target } : undefined;
      }
      for (const element of clause.elements) {
        if (element.name.text !== name) continue;
        const local = (element.propertyName ?? element.name).text;
        if (module) {
          const target = this.resolveModule(file.fileName, module);
          if (!target) return undefined;
          return local === '*' ? { kind: 'module', sourceFile: target } : this.findExport(target, local, depth + 1);
        }
        return this.findLocal(file, local, depth);
      }
      return undefined;
    }
    if (!hasExport(statement)) return undefined;
    const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
    if (isDefault !== (name === 'default')) return undefined;
    return declarationNamed(statement, isDefault ? undefined : name);
  }

  /** A top-level declaration of `name` in a file, following it when it is itself imported. */
  private findLocal(file: TS.SourceFile, name: string, depth: number): ResolvedImport | undefined {
    for (const statement of file.statements) {
      const found = declarationNamed(statement, name);
      if (found) return found;
      if (ts.isImportDeclaration(statement) && statement.importClause && ts.isStringLiteral(statement.moduleSpecifier)) {
        const module = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        if (clause.name?.text === name) return this.resolveImportAt(file, module, 'default', depth);
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name)
          return this.resolveImportAt(file, module, '*', depth);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            if (element.name.text === name) return this.resolveImportAt(file, module, (element.propertyName ?? element.name).text, depth);
          }
        }
      }
    }
    return undefined;
  }

  private resolveImportAt(file: TS.SourceFile, module: string, imported: string, depth: number): ResolvedImport | undefined {
    const target = this.resolveModule(file.fileName, module);
    if (!target) return undefined;
    return imported === '*' ? { kind: 'module', sourceFile: target } : this.findExport(target, imported, depth + 1);
  }
}

function hasModifier(node: TS.Node, kind: TS.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

function hasExport(node: TS.Node): boolean {
  return hasModifier(node, ts.SyntaxKind.ExportKeyword);
}

/** The declaration a statement makes under `name` (any name for `export default function`). */
function declarationNamed(statement: TS.Statement, name: string | undefined): ResolvedImport | undefined {
  if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return { kind: 'declaration', node: declaration };
    }
    return undefined;
  }
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
    if (name === undefined || statement.name?.text === name) return { kind: 'declaration', node: statement };
  }
  return undefined;
}
