/**
 * The scanner's type oracle: TypeScript's checker over the project, built lazily (the first
 * question builds the program of the asking file's tsconfig, nothing before) and asked only
 * at the sites where a check needs a type. The program reuses the syntax trees the scanner
 * already parsed, so the engine's nodes are the checker's nodes; files it has not parsed
 * (libraries' declarations, the default libs) are parsed once and shared between programs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCheckerOracle, type CheckerAnswer, type ContentType, type LiteralOption, type TypeOracle } from '../type-oracle.js';
import type { ProjectModuleResolver } from './resolver.js';
import { ts, type TS } from './typescript.js';

/** One tsconfig's worth of files: the program the checker answers from. */
export interface TypedGroup {
  compilerOptions: TS.CompilerOptions;
  /** Every file of the tsconfig: questions about them are answered from this group's program. */
  files: readonly string[];
  /**
   * The program's roots: the files that can ask (those a framework adapter looks at) and the
   * declaration files. Their imports come in on their own; the rest of the project is never bound.
   */
  roots: readonly string[];
}

/** The default libs (`lib.es2022.d.ts`, ...) ship with the `typescript` package we depend on. */
const LIB_DIRECTORY = path.dirname(createRequire(import.meta.url).resolve('typescript/lib/lib.d.ts'));

export class ProjectTypeOracle implements TypeOracle {
  private readonly groupOf = new Map<string, TypedGroup>();
  private readonly programs = new Map<TypedGroup, { program: TS.Program; checker: TS.TypeChecker } | null>();
  /** Declaration files and libs parsed for programs, shared between them. */
  private readonly parsed = new Map<string, TS.SourceFile | undefined>();

  constructor(
    groups: readonly TypedGroup[],
    private readonly loaded: (fileName: string) => TS.SourceFile | undefined,
    private readonly resolver: ProjectModuleResolver,
  ) {
    for (const group of groups) for (const file of group.files) if (!this.groupOf.has(file)) this.groupOf.set(file, group);
  }

  private readonly questions = createCheckerOracle(ts, (node) => this.ask(node));

  getContentType(expression: TS.Expression): ContentType | undefined {
    return this.questions.getContentType(expression);
  }

  getLiteralOptions(expression: TS.Expression): LiteralOption[] | undefined {
    return this.questions.getLiteralOptions(expression);
  }

  getCalledFunction(call: TS.CallExpression): TS.FunctionLikeDeclaration | undefined {
    return this.questions.getCalledFunction(call);
  }

  /** The checker for a node's file, and whether that program sees `null` in types. */
  private ask(node: TS.Node): CheckerAnswer | undefined {
    const sourceFile = node.getSourceFile();
    const group = this.groupOf.get(sourceFile.fileName);
    if (!group) return undefined;
    const built = this.getProgram(group);
    // A file no root imports is not in the program: its nodes have no types there.
    if (built?.program.getSourceFile(sourceFile.fileName) !== sourceFile) return undefined;
    const options = group.compilerOptions;
    return { checker: built.checker, strictNulls: options.strictNullChecks ?? options.strict ?? false };
  }

  private getProgram(group: TypedGroup): { program: TS.Program; checker: TS.TypeChecker } | undefined {
    let built = this.programs.get(group);
    if (built === undefined) {
      try {
        const program = this.createProgram(group);
        built = { program, checker: program.getTypeChecker() };
      } catch {
        // A program TypeScript cannot build leaves the scan syntactic, as `--no-types` would.
        built = null;
      }
      this.programs.set(group, built);
    }
    return built ?? undefined;
  }

  private createProgram(group: TypedGroup): TS.Program {
    const options: TS.CompilerOptions = { ...group.compilerOptions, noEmit: true, skipLibCheck: true, allowJs: true };
    // Without a `lib` of its own a program gets the DOM too: two thirds of the default libs' text,
    // and no question halting asks depends on it (a type that would need it reads as unresolved,
    // and the syntactic analysis decides). A `lib` the project names is kept as it is.
    if (!options.lib && !options.noLib)
      options.lib = [
        ts
          .getDefaultLibFileName(options)
          .replace(/^lib\.d\.ts$/, 'lib.es5.d.ts')
          .replace('.full', ''),
      ];
    // Declaration files and libs need no parent pointers until the binder sets them: parsing them bare is a third faster.
    const host = ts.createCompilerHost(options, false);
    host.getDefaultLibLocation = () => LIB_DIRECTORY;
    host.getDefaultLibFileName = (compilerOptions) => path.join(LIB_DIRECTORY, ts.getDefaultLibFileName(compilerOptions));
    const readSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError) => {
      const known = this.loaded(fileName);
      if (known) return known;
      if (!this.parsed.has(fileName)) this.parsed.set(fileName, readSourceFile(fileName, languageVersion, onError));
      return this.parsed.get(fileName);
    };
    const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (name) => name, options);
    host.resolveModuleNameLiterals = (literals, containingFile, redirected, compilerOptions, containingSourceFile) =>
      literals.map((literal) => {
        // The scanner's resolver knows the project's own files first (workspace packages included).
        const own = this.resolver.resolveModule(containingFile, literal.text);
        if (own) {
          return {
            resolvedModule: { resolvedFileName: own.fileName, extension: extensionOf(own.fileName), isExternalLibraryImport: false },
          };
        }
        const mode = ts.getModeForUsageLocation(containingSourceFile, literal, compilerOptions);
        return ts.resolveModuleName(literal.text, containingFile, compilerOptions, host, cache, redirected, mode);
      });
    return ts.createProgram({ rootNames: group.roots, options, host });
  }
}

/** The extension TypeScript records for a resolved project file (`.d.ts` files never get here). */
function extensionOf(fileName: string): TS.Extension {
  const extensions: readonly TS.Extension[] = [
    ts.Extension.Tsx,
    ts.Extension.Mts,
    ts.Extension.Cts,
    ts.Extension.Js,
    ts.Extension.Jsx,
    ts.Extension.Mjs,
    ts.Extension.Cjs,
  ];
  return extensions.find((extension) => fileName.endsWith(extension)) ?? ts.Extension.Ts;
}
