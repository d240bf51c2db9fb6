/**
 * The scanner's TypeScript: the copy ts-morph bundles, typed with the `typescript`
 * package's declarations (the same 6.0 API) so the engine sees one `Ts` type.
 */
import type * as TS from 'typescript';
import { ts as morphTs } from 'ts-morph';
import type { Ts } from '../syntax.js';

export const ts = morphTs as unknown as Ts & typeof TS;
export type { TS };

/** The syntax errors TypeScript recorded while parsing a file (an internal but long-stable field). */
export function getParseDiagnostics(sourceFile: TS.SourceFile): readonly TS.DiagnosticWithLocation[] {
  return (sourceFile as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

/** A ts-morph compiler node seen through the `typescript` package's types. */
export function toEngineNode(node: object): TS.SourceFile {
  return node as TS.SourceFile;
}
