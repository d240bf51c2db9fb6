/**
 * The scanner's type oracle: TypeScript's checker over the project, built lazily (the first
 * question builds the program of the asking file's tsconfig, nothing before) and asked only
 * at the sites where a check needs a type. The program reuses the syntax trees the scanner
 * already parsed, so the engine's nodes are the checker's nodes; files it has not parsed
 * (libraries' declarations, the default libs) are parsed once and shared between programs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ContentType, LiteralOption, TypeOracle } from '../type-oracle.js';
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

  getContentType(expression: TS.Expression): ContentType | undefined {
    const answer = this.ask(expression);
    if (!answer) return undefined;
    const { checker, strictNulls } = answer;
    const type = checker.getTypeAtLocation(expression);
    const shape = describe(checker, type);
    if (!shape) return undefined;
    const text = printType(checker, type);
    // Before narrowing: what the reference was declared to hold (a `typeof` guard may have dropped lists).
    const reference = ts.isPropertyAccessExpression(expression) ? expression.name : ts.isIdentifier(expression) ? expression : undefined;
    const symbol = reference && checker.getSymbolAtLocation(reference);
    const declaredType = symbol && checker.getTypeOfSymbol(symbol);
    const declared =
      declaredType && declaredType !== type
        ? { shape: describe(checker, declaredType), text: printType(checker, declaredType) }
        : undefined;
    return {
      text,
      nullable: strictNulls ? shape.nullable : undefined,
      list: shape.list,
      declared: declared?.shape ? { text: declared.text, list: declared.shape.list } : { text, list: shape.list },
    };
  }

  getLiteralOptions(expression: TS.Expression): LiteralOption[] | undefined {
    const answer = this.ask(expression);
    if (!answer) return undefined;
    const { checker, strictNulls } = answer;
    const type = checker.getTypeAtLocation(expression);
    const options: LiteralOption[] = [];
    for (const member of type.isUnion() ? type.types : [type]) {
      if (member.isNumberLiteral()) options.push({ kind: 'number', value: member.value });
      else if (member.isStringLiteral()) options.push({ kind: 'string', value: member.value });
      else if (member.flags & ts.TypeFlags.Null && strictNulls) options.push({ kind: 'null' });
      else if (member.flags & ts.TypeFlags.Undefined && strictNulls) options.push({ kind: 'undefined' });
      else return undefined;
    }
    if (options.length === 0) return undefined;
    const typeNode = getDeclaredTypeNode(checker, expression);
    return options.map((option) => {
      const literal = typeNode && findLiteral(typeNode, option);
      return literal ? { ...option, source: { node: literal, sourceFile: literal.getSourceFile() } } : option;
    });
  }

  getCalledFunction(call: TS.CallExpression): TS.FunctionLikeDeclaration | undefined {
    const answer = this.ask(call);
    if (!answer) return undefined;
    const declaration: TS.Declaration | undefined = answer.checker.getResolvedSignature(call)?.getDeclaration();
    if (!declaration || !ts.isFunctionLike(declaration) || !('body' in declaration) || !declaration.body) return undefined;
    const file = declaration.getSourceFile();
    if (file.isDeclarationFile || file.fileName.split(/[\\/]/).includes('node_modules')) return undefined;
    return declaration;
  }

  /** The checker for a node's file, and whether that program sees `null` in types. */
  private ask(node: TS.Node): { checker: TS.TypeChecker; strictNulls: boolean } | undefined {
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

/** Whether a type admits null/undefined and lists; undefined when part of it says nothing. */
function describe(checker: TS.TypeChecker, type: TS.Type): { nullable: boolean; list: boolean } | undefined {
  let nullable = false;
  let list = false;
  for (const member of type.isUnion() ? type.types : [type]) {
    if (isOpaque(member)) return undefined;
    if (member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) nullable = true;
    else if (checker.isArrayType(member) || checker.isTupleType(member)) list = true;
  }
  return { nullable, list };
}

/** A union behind an alias is spelt out (`string | MessageContentComplex[]`, not `MessageContent`): the members are the point. */
function printType(checker: TS.TypeChecker, type: TS.Type): string {
  const flags = ts.TypeFormatFlags.NoTruncation;
  if (type.isUnion() && type.aliasSymbol) return type.types.map((member) => checker.typeToString(member, undefined, flags)).join(' | ');
  return checker.typeToString(type, undefined, flags);
}

/** Types that say nothing about content: any, unknown, type parameters, and the checker's error type. */
function isOpaque(type: TS.Type): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.Never)) return true;
  return type.isIntersection() && type.types.some(isOpaque);
}

/** The type annotation a value's type was read from: its declaration's (`readonly turns: 10`), or a call's return type. */
function getDeclaredTypeNode(checker: TS.TypeChecker, expression: TS.Expression): TS.TypeNode | undefined {
  let declaration: TS.Node | undefined;
  if (ts.isCallExpression(expression)) {
    declaration = checker.getResolvedSignature(expression)?.getDeclaration();
  } else {
    const named = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
    declaration = checker.getSymbolAtLocation(named)?.declarations?.[0];
  }
  const typeNode = declaration && (declaration as { type?: TS.Node }).type;
  return typeNode && ts.isTypeNode(typeNode) ? typeNode : undefined;
}

/** The literal type node in an annotation that spells a value (`10` in `10 | 20`), for messages that say where it was written. */
function findLiteral(typeNode: TS.TypeNode, option: LiteralOption): TS.Node | undefined {
  let found: TS.Node | undefined;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isLiteralTypeNode(node) && spells(node.literal, option)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(typeNode);
  return found;
}

function spells(literal: TS.LiteralTypeNode['literal'], option: LiteralOption): boolean {
  switch (option.kind) {
    case 'number':
      if (ts.isNumericLiteral(literal)) return Number(literal.text) === option.value;
      return (
        ts.isPrefixUnaryExpression(literal) &&
        literal.operator === ts.SyntaxKind.MinusToken &&
        ts.isNumericLiteral(literal.operand) &&
        -Number(literal.operand.text) === option.value
      );
    case 'string':
      return ts.isStringLiteral(literal) && literal.text === option.value;
    case 'null':
      return literal.kind === ts.SyntaxKind.NullKeyword;
    case 'undefined':
      return false;
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
