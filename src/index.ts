/**
 * The plugin object: meta, rules, and the flat configs, computed from rule meta
 * (`recommended`) so that no list is kept by hand.
 */
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type RuleName = keyof typeof rules;
type Severity = 'error' | 'warn' | 'off';

/** Options the `strict` config turns on for rules that have them. */
const STRICT_OPTIONS: Partial<Record<RuleName, object>> = {
  'no-unbounded-agent-loop': { strict: true },
  'require-fetch-timeout': { strict: true },
};

const ruleNames = Object.keys(rules) as RuleName[];

function buildRules(select: (rule: RuleName) => boolean, withOptions: boolean): Record<string, Severity | [Severity, object]> {
  return Object.fromEntries(
    ruleNames.filter(select).map((rule) => {
      const options = withOptions ? STRICT_OPTIONS[rule] : undefined;
      return [`halting/${rule}`, options ? ['error', options] : 'error'];
    }),
  );
}

const plugin = {
  meta: { name, version, namespace: 'halting' },
  rules,
  configs: {} as Record<'recommended' | 'strict' | 'all', TSESLint.FlatConfig.Config>,
};

const isRecommended = (rule: RuleName): boolean => rules[rule].meta.docs?.recommended === true;

plugin.configs.recommended = { name: 'halting/recommended', plugins: { halting: plugin }, rules: buildRules(isRecommended, false) };
plugin.configs.strict = { name: 'halting/strict', plugins: { halting: plugin }, rules: buildRules(isRecommended, true) };
plugin.configs.all = { name: 'halting/all', plugins: { halting: plugin }, rules: buildRules(() => true, false) };

export default plugin;
