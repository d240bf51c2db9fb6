/**
 * `eslint-disable` comments, read the way ESLint reads them, for the scanner: block
 * `eslint-disable` / `eslint-enable`, `eslint-disable-line`, `eslint-disable-next-line`,
 * with or without a rule list, and a `-- reason` suffix. Only comments are read (the
 * TypeScript scanner tells comments from strings).
 */
import { ts, type TS } from './typescript.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  rules: string[] | 'all';
  line: number;
  justification: string;
}

export interface Suppression {
  kind: 'directive';
  justification: string;
}

const DIRECTIVE = /^\s*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s|$)([\s\S]*)$/;

function readDirectives(sourceFile: TS.SourceFile): Directive[] {
  const directives: Directive[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, sourceFile.languageVariant, sourceFile.text);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token !== ts.SyntaxKind.SingleLineCommentTrivia && token !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const raw = scanner.getTokenText();
    const body = token === ts.SyntaxKind.SingleLineCommentTrivia ? raw.slice(2) : raw.slice(2, -2);
    const match = DIRECTIVE.exec(body);
    if (!match?.[1]) continue;
    const kind = match[1].slice('eslint-'.length) as Directive['kind'];
    if (token === ts.SyntaxKind.SingleLineCommentTrivia && (kind === 'disable' || kind === 'enable')) continue;
    const [list = '', justification = ''] = (match[2] ?? '').split(/\s--\s?|^--\s?/);
    const rules = list.split(',').map((rule) => rule.trim()).filter(Boolean);
    const line = sourceFile.getLineAndCharacterOfPosition(scanner.getTokenStart()).line + 1;
    const endLine = sourceFile.getLineAndCharacterOfPosition(scanner.getTokenEnd()).line + 1;
    directives.push({ kind, rules: rules.length === 0 ? 'all' : rules, line: kind === 'disable-line' ? endLine : line, justification: justification.trim() });
  }
  return directives;
}

function covers(rules: Directive['rules'], ruleId: string): boolean {
  return rules === 'all' || rules.includes(ruleId);
}

/** Returns a function telling whether a rule's finding at a line is suppressed, and by what. */
export function getSuppressor(sourceFile: TS.SourceFile): (ruleId: string, line: number, column: number) => Suppression | undefined {
  if (!sourceFile.text.includes('eslint-')) return () => undefined;
  const directives = readDirectives(sourceFile);
  if (directives.length === 0) return () => undefined;
  return (ruleId, line) => {
    let blockState: Suppression | undefined;
    for (const directive of directives) {
      if ((directive.kind === 'disable' || directive.kind === 'enable') && directive.line <= line && covers(directive.rules, ruleId)) {
        blockState = directive.kind === 'disable' ? { kind: 'directive', justification: directive.justification } : undefined;
      }
    }
    if (blockState) return blockState;
    for (const directive of directives) {
      const target = directive.kind === 'disable-next-line' ? directive.line + 1 : directive.kind === 'disable-line' ? directive.line : -1;
      if (target === line && covers(directive.rules, ruleId)) return { kind: 'directive', justification: directive.justification };
    }
    return undefined;
  };
}
