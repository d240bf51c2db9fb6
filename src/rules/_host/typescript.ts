/**
 * The TypeScript tree for the file ESLint is linting. With typescript-eslint's parser
 * it is the tree that parser already built (no second parse), read with the `ts` that
 * parser uses; with espree (or a parser without node maps) the file is parsed here, and
 * only when a cheap text test shows it could hold a finding.
 */
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { couldHaveFacts } from '../../analyzer/index.js';

type Ts = typeof TS;

const localRequire = createRequire(import.meta.url);
let ownTs: Ts | undefined;
let parserTs: Ts | null | undefined;

function getOwnTs(): Ts {
  ownTs ??= localRequire('typescript') as Ts;
  return ownTs;
}

/** The `typescript` module that @typescript-eslint/typescript-estree loads. */
function getParserTs(): Ts | null {
  if (parserTs !== undefined) return parserTs;
  try {
    const estree = localRequire.resolve('@typescript-eslint/typescript-estree');
    parserTs = createRequire(estree)('typescript') as Ts;
  } catch {
    parserTs = null;
  }
  return parserTs;
}

/** The parser's tree is only trusted when its node kinds agree with this `ts`. */
function isTreeOf(ts: Ts, node: TS.Node | undefined): node is TS.SourceFile {
  if (node?.kind !== ts.SyntaxKind.SourceFile) return false;
  // Two kinds from the same tree: a `ts` of another version numbers them differently.
  const endKind: number = (node as TS.SourceFile).endOfFileToken.kind;
  const expected: number = ts.SyntaxKind.EndOfFileToken;
  return endKind === expected;
}

export interface ParsedFile {
  ts: Ts;
  sourceFile: TS.SourceFile;
  /** The parser's program, when ESLint lints with type information and the tree is that program's. */
  program?: TS.Program;
}

interface SourceCodeLike {
  text: string;
  ast: unknown;
  parserServices?: { esTreeNodeToTSNodeMap?: { get(node: unknown): unknown }; program?: unknown } | null;
}

export function getTypeScriptTree(sourceCode: SourceCodeLike, fileName: string): ParsedFile | undefined {
  const map = sourceCode.parserServices?.esTreeNodeToTSNodeMap;
  if (map) {
    const ts = getParserTs();
    const node = map.get(sourceCode.ast) as TS.Node | undefined;
    if (ts && isTreeOf(ts, node)) {
      if (!couldHaveFacts(sourceCode.text, fileName)) return undefined;
      const program = sourceCode.parserServices?.program as TS.Program | null | undefined;
      return program?.getSourceFile(node.fileName) === node ? { ts, sourceFile: node, program } : { ts, sourceFile: node };
    }
  }
  if (!couldHaveFacts(sourceCode.text, fileName)) return undefined;
  const ts = getOwnTs();
  const sourceFile = ts.createSourceFile(fileName, sourceCode.text, ts.ScriptTarget.Latest, true, getScriptKind(ts, fileName));
  return { ts, sourceFile };
}

function getScriptKind(ts: Ts, fileName: string): TS.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  // TypeScript parses .js files with JSX enabled, as the scanner does.
  return ts.ScriptKind.JS;
}
