/**
 * Lexical name lookup inside one file, on raw TypeScript nodes. It answers "what does
 * this identifier refer to" for the value evaluator; it never follows imports (the
 * project resolver does that) and never asks the type checker.
 */
import type * as TS from 'typescript';
import { isFunctionLike, type Ts } from './syntax.js';

export type Binding =
  | { kind: 'variable'; declaration: TS.VariableDeclaration; isConst: boolean; path: string[] }
  | { kind: 'function'; declaration: TS.FunctionDeclaration }
  | { kind: 'class'; declaration: TS.ClassDeclaration }
  | { kind: 'enum'; declaration: TS.EnumDeclaration }
  | { kind: 'import'; module: string; imported: string; declaration: TS.Node }
  | { kind: 'parameter'; declaration: TS.Node }
  | { kind: 'other'; declaration: TS.Node }
  | { kind: 'global' };

type ScopeTable = Map<string, Binding>;

const tables = new WeakMap<TS.Node, ScopeTable>();

/** Resolves an identifier to the declaration it names in its own file. */
export function resolveIdentifier(ts: Ts, identifier: TS.Identifier): Binding {
  const name = identifier.text;
  for (let scope: TS.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (!isScope(ts, scope)) continue;
    const binding = getTable(ts, scope).get(name);
    if (binding) return binding;
  }
  return { kind: 'global' };
}

function isScope(ts: Ts, node: TS.Node): boolean {
  return (
    ts.isSourceFile(node) ||
    ts.isBlock(node) ||
    ts.isModuleBlock(node) ||
    ts.isCaseClause(node) ||
    ts.isDefaultClause(node) ||
    ts.isForStatement(node) ||
    ts.isForOfStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isCatchClause(node) ||
    ts.isClassExpression(node) ||
    isFunctionLike(ts, node)
  );
}

function getTable(ts: Ts, scope: TS.Node): ScopeTable {
  let table = tables.get(scope);
  if (!table) {
    table = buildTable(ts, scope);
    tables.set(scope, table);
  }
  return table;
}

function buildTable(ts: Ts, scope: TS.Node): ScopeTable {
  const table: ScopeTable = new Map();
  if (isFunctionLike(ts, scope)) {
    for (const parameter of scope.parameters) addPatternNames(ts, parameter.name, table, () => ({ kind: 'parameter', declaration: parameter }));
    if ((ts.isFunctionExpression(scope) || ts.isFunctionDeclaration(scope)) && scope.name && ts.isFunctionExpression(scope)) {
      table.set(scope.name.text, { kind: 'other', declaration: scope });
    }
    return table;
  }
  if (ts.isClassExpression(scope)) {
    if (scope.name) table.set(scope.name.text, { kind: 'other', declaration: scope });
    return table;
  }
  if (ts.isCatchClause(scope)) {
    const declaration = scope.variableDeclaration;
    if (declaration) addPatternNames(ts, declaration.name, table, () => ({ kind: 'other', declaration }));
    return table;
  }
  if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
    const initializer = scope.initializer;
    if (initializer && ts.isVariableDeclarationList(initializer)) {
      for (const declaration of initializer.declarations) {
        addPatternNames(ts, declaration.name, table, () => ({ kind: 'other', declaration }));
      }
    }
    return table;
  }
  const statements = ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)
    ? scope.statements
    : [];
  for (const statement of statements) addStatement(ts, statement, table);
  return table;
}

function addStatement(ts: Ts, statement: TS.Statement, table: ScopeTable): void {
  if (ts.isVariableStatement(statement)) {
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) addVariable(ts, declaration, isConst, table);
  } else if (ts.isFunctionDeclaration(statement) && statement.name) {
    if (!table.has(statement.name.text) || statement.body) {
      table.set(statement.name.text, { kind: 'function', declaration: statement });
    }
  } else if (ts.isClassDeclaration(statement) && statement.name) {
    table.set(statement.name.text, { kind: 'class', declaration: statement });
  } else if (ts.isEnumDeclaration(statement)) {
    table.set(statement.name.text, { kind: 'enum', declaration: statement });
  } else if (ts.isImportDeclaration(statement)) {
    addImport(ts, statement, table);
  } else if (ts.isImportEqualsDeclaration(statement)) {
    const reference = statement.moduleReference;
    if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) {
      table.set(statement.name.text, { kind: 'import', module: reference.expression.text, imported: '*', declaration: statement });
    }
  }
}

function addImport(ts: Ts, statement: TS.ImportDeclaration, table: ScopeTable): void {
  const clause = statement.importClause;
  if (!clause || !ts.isStringLiteral(statement.moduleSpecifier)) return;
  const module = statement.moduleSpecifier.text;
  if (clause.name) table.set(clause.name.text, { kind: 'import', module, imported: 'default', declaration: statement });
  const bindings = clause.namedBindings;
  if (!bindings) return;
  if (ts.isNamespaceImport(bindings)) {
    table.set(bindings.name.text, { kind: 'import', module, imported: '*', declaration: statement });
  } else {
    for (const element of bindings.elements) {
      const imported = element.propertyName ? element.propertyName.text : element.name.text;
      table.set(element.name.text, { kind: 'import', module, imported, declaration: statement });
    }
  }
}

function addVariable(ts: Ts, declaration: TS.VariableDeclaration, isConst: boolean, table: ScopeTable): void {
  const required = getRequiredModule(ts, declaration.initializer);
  if (ts.isIdentifier(declaration.name)) {
    table.set(
      declaration.name.text,
      required === undefined
        ? { kind: 'variable', declaration, isConst, path: [] }
        : { kind: 'import', module: required.module, imported: required.member ?? '*', declaration },
    );
    return;
  }
  if (ts.isObjectBindingPattern(declaration.name)) {
    for (const element of declaration.name.elements) {
      if (!ts.isIdentifier(element.name) || element.dotDotDotToken) {
        addPatternNames(ts, element.name, table, () => ({ kind: 'other', declaration }));
        continue;
      }
      const key = element.propertyName ? element.propertyName.getText() : element.name.text;
      if (element.initializer) {
        table.set(element.name.text, { kind: 'other', declaration });
      } else if (required !== undefined && required.member === undefined) {
        table.set(element.name.text, { kind: 'import', module: required.module, imported: key, declaration });
      } else {
        table.set(element.name.text, { kind: 'variable', declaration, isConst, path: [key] });
      }
    }
    return;
  }
  addPatternNames(ts, declaration.name, table, () => ({ kind: 'other', declaration }));
}

/** `require("m")` or `require("m").name`: the module and member it loads. */
export function getRequiredModule(
  ts: Ts,
  expression: TS.Expression | undefined,
): { module: string; member?: string } | undefined {
  if (!expression) return undefined;
  let member: string | undefined;
  let current = expression;
  if (ts.isPropertyAccessExpression(current)) {
    member = current.name.text;
    current = current.expression;
  }
  if (
    ts.isCallExpression(current) &&
    ts.isIdentifier(current.expression) &&
    current.expression.text === 'require' &&
    current.arguments.length === 1
  ) {
    const [argument] = current.arguments;
    if (argument && ts.isStringLiteral(argument)) return member === undefined ? { module: argument.text } : { module: argument.text, member };
  }
  return undefined;
}

function addPatternNames(ts: Ts, name: TS.BindingName, table: ScopeTable, make: () => Binding): void {
  if (ts.isIdentifier(name)) {
    table.set(name.text, make());
    return;
  }
  for (const element of name.elements) {
    if (!ts.isOmittedExpression(element)) addPatternNames(ts, element.name, table, make);
  }
}
