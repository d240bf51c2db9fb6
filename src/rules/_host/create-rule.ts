/**
 * `createRule`: a rule object with its docs URL, typed as typescript-eslint's RuleCreator
 * types it. Option defaults are merged by the engine (`runCheck`), so no default-merging
 * wrapper runs per file; measured, RuleCreator's cost about 100 ms once per ESLint run.
 */
import type { RuleContext, RuleListener, RuleModule } from '@typescript-eslint/utils/ts-eslint';

export interface HaltingRuleDocs {
  description: string;
  recommended: boolean;
  requiresTypeChecking?: boolean;
  url?: string;
}

export const DOCS_BASE = 'https://github.com/halting-dev/eslint-plugin-halting/blob/main/docs/rules/';

interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  name: string;
  meta: Omit<RuleModule<MessageIds, Options, HaltingRuleDocs>['meta'], 'docs'> & { docs: Omit<HaltingRuleDocs, 'url'> };
  create: (context: Readonly<RuleContext<MessageIds, Options>>, options: Options) => RuleListener;
}

export function createRule<MessageIds extends string, Options extends readonly unknown[]>({
  name,
  meta,
  create,
}: RuleDefinition<MessageIds, Options>): RuleModule<MessageIds, Options, HaltingRuleDocs> & { name: string } {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE}${name}.md` } },
    create: (context) => create(context, context.options),
  };
}
