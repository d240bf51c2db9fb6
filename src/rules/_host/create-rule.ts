import { ESLintUtils } from '@typescript-eslint/utils';

export interface HaltingRuleDocs {
  recommended: boolean;
  requiresTypeChecking?: boolean;
}

export const DOCS_BASE = 'https://github.com/halting-dev/eslint-plugin-halting/blob/main/docs/rules/';

export const createRule = ESLintUtils.RuleCreator<HaltingRuleDocs>((name) => `${DOCS_BASE}${name}.md`);
