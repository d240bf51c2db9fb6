/**
 * Runs a check for the file ESLint is linting and reports its findings. The facts are
 * collected once per file for all halting rules (cached by the AST object) and the
 * check's messages are the rule's messages, so both hosts render the same text.
 */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import type { FileFacts, HeadlessSettings, RuleId } from '../../analyzer/index.js';
import { analyzeSourceFile, runCheck } from '../../analyzer/index.js';
import { createCheckerOracle, type TypeOracle } from '../../analyzer/type-oracle.js';
import { getTypeScriptTree, type ParsedFile } from './typescript.js';

const factsCache = new WeakMap<object, FileFacts | null>();

function getFacts(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileFacts | null {
  const { sourceCode } = context;
  const key = sourceCode.ast as object;
  const cached = factsCache.get(key);
  if (cached !== undefined) return cached;
  const parsed = getTypeScriptTree(sourceCode, context.filename);
  const facts = parsed ? analyzeSourceFile(parsed.ts, parsed.sourceFile, undefined, getTypes(parsed)) : null;
  // Internal errors never stop a lint run; HALTING_DEBUG (set by our own tests) surfaces them.
  if (facts && facts.errors.length > 0 && process.env.HALTING_DEBUG) {
    throw new Error(`halting: internal error in ${context.filename}: ${facts.errors.join('; ')}`);
  }
  factsCache.set(key, facts);
  return facts;
}

/**
 * With type information (typescript-eslint's `projectService` or `project`), the checker of the
 * parser's program answers the same questions as the scanner's; without it, none are asked.
 */
function getTypes(parsed: ParsedFile): TypeOracle | undefined {
  const { program } = parsed;
  if (!program) return undefined;
  const options = program.getCompilerOptions();
  const strictNulls = options.strictNullChecks ?? options.strict ?? false;
  return createCheckerOracle(parsed.ts, (node) =>
    program.getSourceFile(node.getSourceFile().fileName) === node.getSourceFile()
      ? { checker: program.getTypeChecker(), strictNulls }
      : undefined,
  );
}

function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): HeadlessSettings {
  const raw = (context.settings as { halting?: { headless?: unknown; interactive?: unknown } }).halting ?? {};
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return { headless: strings(raw.headless), interactive: strings(raw.interactive) };
}

export function reportFindings<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  ruleId: RuleId,
  options: object | undefined,
): TSESLint.RuleListener {
  return {
    Program() {
      const facts = getFacts(context);
      if (!facts) return;
      const cwd = context.cwd;
      const fileName = context.filename;
      const findings = runCheck(ruleId, facts, options, {
        fileName,
        displayPath: (file) => path.relative(cwd, file).split(path.sep).join('/'),
        settings: getSettings(context),
        headlessEntry: undefined,
      });
      for (const finding of findings) {
        if (finding.fileName !== undefined) continue;
        context.report({
          loc: {
            start: context.sourceCode.getLocFromIndex(finding.range.start),
            end: context.sourceCode.getLocFromIndex(finding.range.end),
          },
          messageId: finding.messageId as MessageIds,
          data: finding.data,
        });
      }
    },
  };
}
