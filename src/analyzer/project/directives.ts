/**
 * `eslint-disable` comments, read the way ESLint reads them, for the scanner: block
 * `eslint-disable` / `eslint-enable`, `eslint-disable-line`, `eslint-disable-next-line`,
 * with or without a rule list, and a `-- reason` suffix. Only comments are read: their
 * ranges come from the trivia around the parsed tree, so strings and templates never count.
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

/** Every comment of the file, from the trivia around the parsed tree's nodes (never inside a string or template). */
function getComments(sourceFile: TS.SourceFile): { pos: number; end: number; kind: TS.SyntaxKind }[] {
  const text = sourceFile.text;
  const found = new Map<number, { pos: number; end: number; kind: TS.SyntaxKind }>();
  const add = (ranges: readonly TS.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) found.set(range.pos, range);
  };
  const visit = (node: TS.Node): void => {
    add(ts.getLeadingCommentRanges(text, node.pos));
    add(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  add(ts.getLeadingCommentRanges(text, sourceFile.endOfFileToken.pos));
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

function readDirectives(sourceFile: TS.SourceFile): Directive[] {
  const directives: Directive[] = [];
  for (const comment of getComments(sourceFile)) {
    const isLine = comment.kind === ts.SyntaxKind.SingleLineCommentTrivia;
    const raw = sourceFile.text.slice(comment.pos, comment.end);
    const body = isLine ? raw.slice(2) : raw.slice(2, -2);
    const match = DIRECTIVE.exec(body);
    if (!match?.[1]) continue;
    const kind = match[1].slice('eslint-'.length) as Directive['kind'];
    if (isLine && (kind === 'disable' || kind === 'enable')) continue;
    const [list = '', justification = ''] = (match[2] ?? '').split(/\s--\s?|^--\s?/);
    const rules = list
      .split(',')
      .map((rule) => rule.trim())
      .filter(Boolean);
    const line = sourceFile.getLineAndCharacterOfPosition(comment.pos).line + 1;
    const endLine = sourceFile.getLineAndCharacterOfPosition(comment.end).line + 1;
    directives.push({
      kind,
      rules: rules.length === 0 ? 'all' : rules,
      line: kind === 'disable-line' ? endLine : line,
      justification: justification.trim(),
    });
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
