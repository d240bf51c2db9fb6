// The eslint-utils entry alone: the package root also loads ts-eslint and ast-utils, about
// 80 ms on every ESLint start, for nothing a rule of ours uses.
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export interface HaltingRuleDocs {
  recommended: boolean;
  requiresTypeChecking?: boolean;
}

export const DOCS_BASE = 'https://github.com/halting-dev/eslint-plugin-halting/blob/main/docs/rules/';

export const createRule = RuleCreator<HaltingRuleDocs>((name) => `${DOCS_BASE}${name}.md`);
