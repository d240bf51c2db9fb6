/**
 * The scanner's project resolver: module specifiers to project files, and export names
 * to the declarations they name, through re-exports. A specifier is resolved with the
 * compiler options of the importing file's package (its `paths`, `moduleResolution`),
 * by TypeScript's own module resolution; a workspace package's name (`@acme/tools`,
 * `@acme/tools/http`) resolves to that package's source, without node_modules. It plugs
 * into the one evaluator; nothing here judges a value.
 */
import path from 'node:path';
import type { Project } from 'ts-morph';
import { getParseDiagnostics, ts, type TS } from './typescript.js';
import { ensureParents } from '../syntax.js';
import type { ProjectResolver, ResolvedImport } from '../values/evaluate.js';
import { resolvePackageEntry, splitPackageSpecifier, type EntryPackage } from './package-entry.js';
import { isDeclarationFile, isWithin } from './paths.js';

const MAX_DEPTH = 16;

/** A package as the resolver sees it (a `ProjectPackage` of load.ts fits). */
export type ResolverPackage = EntryPackage & { name?: string | undefined };

interface OptionsSet {
  id: number;
  options: TS.CompilerOptions;
  cache: TS.ModuleResolutionCache;
}

export class ProjectModuleResolver implements ProjectResolver {
  private readonly moduleCache = new Map<string, TS.SourceFile | null>();
  private readonly optionsSets = new Map<TS.CompilerOptions, OptionsSet>();
  private readonly packageOfFile = new Map<string, ResolverPackage>();
  /** Packages by folder, deepest first: the owner of a file no package lists is the nearest. */
  private readonly byDepth: ResolverPackage[];
  private readonly byName = new Map<string, ResolverPackage>();
  private readonly nearestCache = new Map<string, ResolverPackage | undefined>();
  private readonly entryCache = new Map<string, string | null>();
  private readonly existsCache = new Map<string, boolean>();

  /**
   * @param compilerOptions the options of files in no package
   * @param packages the project's packages (load.ts `LoadedProject.packages`); none is one project with `compilerOptions`
   */
  constructor(
    private readonly project: Project,
    private readonly compilerOptions: TS.CompilerOptions,
    packages: readonly ResolverPackage[] = [],
  ) {
    for (const projectPackage of packages) {
      for (const file of projectPackage.files) this.packageOfFile.set(file, projectPackage);
      // The first package of a name wins, as a package manager would refuse the second.
      if (projectPackage.name !== undefined && !this.byName.has(projectPackage.name)) this.byName.set(projectPackage.name, projectPackage);
    }
    this.byDepth = [...packages].sort((a, b) => b.root.length - a.root.length);
  }

  /** A file already loaded into the project (the scanned files and those imports reached). */
  getSourceFile(fileName: string): TS.SourceFile | undefined {
    return this.project.getSourceFile(fileName)?.compilerNode;
  }

  /** The package a file belongs to: the one that loaded it, else the nearest by folder. */
  getPackage(fileName: string): ResolverPackage | undefined {
    const owner = this.packageOfFile.get(fileName);
    if (owner) return owner;
    if (this.nearestCache.has(fileName)) return this.nearestCache.get(fileName);
    const normalised = path.resolve(fileName);
    const found = this.packageOfFile.get(normalised) ?? this.byDepth.find((candidate) => isWithin(candidate.root, normalised));
    this.nearestCache.set(fileName, found);
    return found;
  }

  /** The compiler options a file is resolved (and may be type-checked) with: those of its package. */
  getCompilerOptions(fileName: string): TS.CompilerOptions {
    return this.getPackage(fileName)?.compilerOptions ?? this.compilerOptions;
  }

  /** The project file a specifier names, if it is one (not an installed package or a declaration file). */
  resolveModule(fromFile: string, specifier: string): TS.SourceFile | undefined {
    const optionsSet = this.getOptionsSet(this.getCompilerOptions(fromFile));
    const key = `${optionsSet.id}\0${path.dirname(fromFile)}\0${specifier}`;
    const cached = this.moduleCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let result: TS.SourceFile | undefined;
    const fileName = this.resolveFileName(fromFile, specifier, optionsSet);
    if (fileName !== undefined && !isDeclarationFile(fileName)) {
      const file = this.project.getSourceFile(fileName) ?? this.project.addSourceFileAtPathIfExists(fileName);
      result = file?.compilerNode;
      // A file that does not parse is reported as such; nothing is read out of it.
      if (result && getParseDiagnostics(result).length > 0) result = undefined;
      if (result) ensureParents(ts, result);
    }
    this.moduleCache.set(key, result ?? null);
    return result;
  }

  /** A workspace package's name wins over node_modules, unless the importer's own `paths` map the specifier. */
  private resolveFileName(fromFile: string, specifier: string, optionsSet: OptionsSet): string | undefined {
    const viaPaths = matchesPaths(optionsSet.options.paths, specifier);
    if (viaPaths) {
      const found = this.resolveWithTypeScript(fromFile, specifier, optionsSet);
      if (found) return found;
    }
    const bare = splitPackageSpecifier(specifier);
    const target = bare && this.byName.get(bare.name);
    if (bare && target) return this.resolveWorkspace(target, bare.subpath);
    return viaPaths ? undefined : this.resolveWithTypeScript(fromFile, specifier, optionsSet);
  }

  private resolveWithTypeScript(fromFile: string, specifier: string, optionsSet: OptionsSet): string | undefined {
    const resolution = ts.resolveModuleName(specifier, fromFile, optionsSet.options, ts.sys, optionsSet.cache).resolvedModule;
    return resolution && !resolution.isExternalLibraryImport ? resolution.resolvedFileName : undefined;
  }

  private resolveWorkspace(target: ResolverPackage, subpath: string): string | undefined {
    const key = `${target.root}\0${target.tsconfig ?? ''}\0${subpath}`;
    let found = this.entryCache.get(key);
    if (found === undefined) {
      found = resolvePackageEntry(target, subpath, (file) => this.fileExists(file)) ?? null;
      this.entryCache.set(key, found);
    }
    return found ?? undefined;
  }

  private fileExists(file: string): boolean {
    let exists = this.existsCache.get(file);
    if (exists === undefined) {
      exists = this.packageOfFile.has(file) || ts.sys.fileExists(file);
      this.existsCache.set(file, exists);
    }
    return exists;
  }

  /** One TypeScript resolution cache per set of compiler options. */
  private getOptionsSet(options: TS.CompilerOptions): OptionsSet {
    let set = this.optionsSets.get(options);
    if (!set) {
      const cache = ts.createModuleResolutionCache(process.cwd(), (name) => name, options);
      set = { id: this.optionsSets.size, options, cache };
      this.optionsSets.set(options, set);
    }
    return set;
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

/** Whether a tsconfig `paths` pattern (`~/*`, `@app/config`) matches the specifier. */
function matchesPaths(paths: TS.MapLike<string[]> | undefined, specifier: string): boolean {
  if (!paths) return false;
  return Object.keys(paths).some((pattern) => {
    const star = pattern.indexOf('*');
    if (star < 0) return pattern === specifier;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    return specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
  });
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
