/**
 * Lexical name lookup inside one file, on raw TypeScript nodes. It answers "what does
 * this identifier refer to" for the value evaluator; it never follows imports (the
 * project resolver does that) and never asks the type checker.
 */
import type * as TS from 'typescript';
import { getParent, getPropertyName, isFunctionLike, type Ts } from './syntax.js';

export type Binding =
  | { kind: 'variable'; declaration: TS.VariableDeclaration; isConst: boolean; path: string[] }
  | { kind: 'function'; declaration: TS.FunctionDeclaration }
  | { kind: 'class'; declaration: TS.ClassDeclaration }
  | { kind: 'enum'; declaration: TS.EnumDeclaration }
  /** A member named bare inside its own enum (`B = A + 1`). */
  | { kind: 'enumMember'; declaration: TS.EnumMember }
  | { kind: 'import'; module: string; imported: string; declaration: TS.Node }
  | { kind: 'parameter'; declaration: TS.Node }
  | { kind: 'other'; declaration: TS.Node }
  | { kind: 'global' };

type ScopeTable = Map<string, Binding>;

const tables = new WeakMap<TS.Node, ScopeTable>();

/** Resolves an identifier to the declaration it names in its own file. */
export function resolveIdentifier(ts: Ts, identifier: TS.Identifier): Binding {
  const name = identifier.text;
  for (let scope = getParent(identifier); scope; scope = getParent(scope)) {
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
    ts.isCaseBlock(node) ||
    ts.isEnumDeclaration(node) ||
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
    for (const parameter of scope.parameters)
      addPatternNames(ts, parameter.name, table, () => ({ kind: 'parameter', declaration: parameter }));
    if ((ts.isFunctionExpression(scope) || ts.isFunctionDeclaration(scope)) && scope.name && ts.isFunctionExpression(scope)) {
      table.set(scope.name.text, { kind: 'other', declaration: scope });
    }
    return table;
  }
  if (ts.isEnumDeclaration(scope)) {
    for (const member of scope.members) {
      const name = getPropertyName(ts, member.name);
      if (name !== undefined) table.set(name, { kind: 'enumMember', declaration: member });
    }
    return table;
  }
  if (ts.isCaseBlock(scope)) {
    // One scope for the whole `switch` body, as in JavaScript.
    for (const clause of scope.clauses) for (const statement of clause.statements) addStatement(ts, statement, table);
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
  const statements = ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) ? scope.statements : [];
  for (const statement of statements) addStatement(ts, statement, table);
  if (isVarScope(ts, scope)) for (const statement of statements) hoistVars(ts, statement, table);
  return table;
}

/** Where a `var` lives: a function body, a file, a namespace body, a static block. */
function isVarScope(ts: Ts, scope: TS.Node): boolean {
  if (ts.isSourceFile(scope) || ts.isModuleBlock(scope)) return true;
  return ts.isBlock(scope) && (isFunctionLike(ts, scope.parent) || ts.isClassStaticBlockDeclaration(scope.parent));
}

/** Adds the `var`s declared in nested statements (not in nested functions) to their function's table. */
function hoistVars(ts: Ts, node: TS.Node, table: ScopeTable): void {
  if (ts.isVariableDeclarationList(node)) {
    if ((node.flags & ts.NodeFlags.BlockScoped) !== 0) return;
    for (const declaration of node.declarations) {
      addPatternNames(ts, declaration.name, table, () => ({ kind: 'variable', declaration, isConst: false, path: [] }), false);
    }
    return;
  }
  if (ts.isVariableStatement(node)) {
    hoistVars(ts, node.declarationList, table);
    return;
  }
  if (
    ts.isBlock(node) ||
    ts.isIfStatement(node) ||
    ts.isForStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isForOfStatement(node) ||
    ts.isWhileStatement(node) ||
    ts.isDoStatement(node) ||
    ts.isTryStatement(node) ||
    ts.isCatchClause(node) ||
    ts.isSwitchStatement(node) ||
    ts.isCaseBlock(node) ||
    ts.isCaseClause(node) ||
    ts.isDefaultClause(node) ||
    ts.isLabeledStatement(node) ||
    ts.isWithStatement(node)
  ) {
    ts.forEachChild(node, (child) => {
      if (ts.isVariableDeclarationList(child) || ts.isVariableStatement(child) || !ts.isExpression(child)) hoistVars(ts, child, table);
    });
  }
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
    // A merged enum (a second `enum E` or a `namespace E`) has keys this declaration does not show.
    const merged = table.has(statement.name.text);
    table.set(statement.name.text, merged ? { kind: 'other', declaration: statement } : { kind: 'enum', declaration: statement });
  } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
    const existing = table.get(statement.name.text);
    if (!existing || existing.kind === 'enum') table.set(statement.name.text, { kind: 'other', declaration: statement });
  } else if (ts.isImportDeclaration(statement)) {
    addImport(ts, statement, table);
  } else if (ts.isImportEqualsDeclaration(statement)) {
    const reference = statement.moduleReference;
    if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) {
      table.set(statement.name.text, { kind: 'import', module: reference.expression.text, imported: '*', declaration: statement });
    } else {
      table.set(statement.name.text, { kind: 'other', declaration: statement });
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
    addObjectPattern(ts, declaration, declaration.name, isConst, [], required, table);
    return;
  }
  addPatternNames(ts, declaration.name, table, () => ({ kind: 'other', declaration }));
}

/** `const { a, b: { c } } = X`: each name reads a path of keys from the initializer. */
function addObjectPattern(
  ts: Ts,
  declaration: TS.VariableDeclaration,
  pattern: TS.ObjectBindingPattern,
  isConst: boolean,
  path: readonly string[],
  required: { module: string; member?: string } | undefined,
  table: ScopeTable,
): void {
  for (const element of pattern.elements) {
    const key = element.propertyName
      ? getPropertyName(ts, element.propertyName)
      : ts.isIdentifier(element.name)
        ? element.name.text
        : undefined;
    // A rest element, a computed key or a default: the value is not a plain read of a key.
    if (key === undefined || element.dotDotDotToken || element.initializer) {
      addPatternNames(ts, element.name, table, () => ({ kind: 'other', declaration }));
    } else if (ts.isObjectBindingPattern(element.name)) {
      addObjectPattern(ts, declaration, element.name, isConst, [...path, key], required, table);
    } else if (!ts.isIdentifier(element.name)) {
      addPatternNames(ts, element.name, table, () => ({ kind: 'other', declaration }));
    } else if (required !== undefined && required.member === undefined && path.length === 0) {
      table.set(element.name.text, { kind: 'import', module: required.module, imported: key, declaration });
    } else {
      table.set(element.name.text, { kind: 'variable', declaration, isConst, path: [...path, key] });
    }
  }
}

/** `require("m")` or `require("m").name`: the module and member it loads. */
export function getRequiredModule(ts: Ts, expression: TS.Expression | undefined): { module: string; member?: string } | undefined {
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
    if (argument && ts.isStringLiteral(argument))
      return member === undefined ? { module: argument.text } : { module: argument.text, member };
  }
  return undefined;
}

function addPatternNames(ts: Ts, name: TS.BindingName, table: ScopeTable, make: () => Binding, replace = true): void {
  if (ts.isIdentifier(name)) {
    if (replace || !table.has(name.text)) table.set(name.text, make());
    return;
  }
  for (const element of name.elements) {
    if (!ts.isOmittedExpression(element)) addPatternNames(ts, element.name, table, make, replace);
  }
}
