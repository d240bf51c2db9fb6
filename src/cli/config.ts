/**
 * The scanner's config file: JSON data, never executed. Rule levels (and options),
 * `headless` / `interactive` globs and `maxBound`. Errors name the path of the bad
 * value (`rules.require-fetch-timeout[1].scope`) and end the run with exit code 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checks, type RuleId } from '../analyzer/checks/index.js';
import type { HeadlessSettings } from '../analyzer/checks/types.js';
import type { RuleSetting, Severity } from '../analyzer/project/index.js';
import { UsageError } from './errors.js';

export const DEFAULT_CONFIG_FILE = '.haltingrc.json';

export interface ScanConfig {
  rules: Map<RuleId, RuleSetting>;
  settings: HeadlessSettings;
}

type Level = 'off' | 'warn' | 'error';
const LEVELS: Record<Level | '0' | '1' | '2', Severity | 0> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

const ruleIds = Object.keys(checks) as RuleId[];

function normaliseRuleId(id: string, where: string): RuleId {
  const bare = id.startsWith('halting/') ? id.slice('halting/'.length) : id;
  if (!ruleIds.includes(bare as RuleId)) throw new UsageError(`${where}: unknown rule "${id}" (known: ${ruleIds.join(', ')})`);
  return bare as RuleId;
}

function parseLevel(value: unknown, where: string): Severity | 0 {
  const key = String(value);
  if (!(key in LEVELS) || (typeof value !== 'string' && typeof value !== 'number')) {
    throw new UsageError(`${where}: expected "off", "warn" or "error" (got ${JSON.stringify(value)})`);
  }
  return LEVELS[key as Level];
}

interface SchemaProperty {
  type: string;
  enum?: readonly string[];
  minimum?: number;
}

function validateOptions(ruleId: RuleId, value: unknown, where: string): object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${where}: expected an object of options`);
  const schema = checks[ruleId].schema[0] as { properties?: Record<string, SchemaProperty> } | undefined;
  const properties = schema?.properties ?? {};
  for (const [key, option] of Object.entries(value)) {
    const property = properties[key];
    if (!property) throw new UsageError(`${where}.${key}: unknown option (known: ${Object.keys(properties).join(', ') || 'none'})`);
    const ok =
      typeof option === property.type &&
      (property.enum === undefined || property.enum.includes(option as string)) &&
      (property.minimum === undefined || (option as number) >= property.minimum);
    if (!ok) {
      const expected = property.enum
        ? property.enum.map((item) => JSON.stringify(item)).join(' or ')
        : `a ${property.type}${property.minimum === undefined ? '' : ` of at least ${property.minimum}`}`;
      throw new UsageError(`${where}.${key}: expected ${expected} (got ${JSON.stringify(option)})`);
    }
  }
  return value;
}

function stringArray(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new UsageError(`${where}: expected an array of glob strings`);
  return value;
}

/** Every rule at `error` with its default options: the scanner's equivalent of `recommended`. */
function defaultRules(): Map<RuleId, RuleSetting> {
  return new Map(ruleIds.map((id) => [id, { severity: 2, options: undefined }]));
}

function applyLevel(rules: Map<RuleId, RuleSetting>, id: RuleId, level: Severity | 0, options: object | undefined): void {
  if (level === 0) {
    rules.delete(id);
    return;
  }
  rules.set(id, { severity: level, options: options ?? rules.get(id)?.options });
}

/** Reads the config (explicit `--config`, else `.haltingrc.json` when present) and applies `--rule` flags. */
export function loadConfig(cwd: string, configPath: string | undefined, ruleFlags: readonly { id: string; level: string }[]): ScanConfig {
  const rules = defaultRules();
  const settings: { headless: string[]; interactive: string[] } = { headless: [], interactive: [] };
  const file = configPath ? path.resolve(cwd, configPath) : path.join(cwd, DEFAULT_CONFIG_FILE);
  const exists = fs.existsSync(file);
  if (configPath && !exists) throw new UsageError(`config file not found: ${configPath}`);
  if (exists) {
    const label = path.relative(cwd, file) || file;
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`${label}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`${label}: expected a JSON object`);
    const { rules: ruleConfig, headless, interactive, maxBound, ...rest } = data as Record<string, unknown>;
    const unknownKey = Object.keys(rest)[0];
    if (unknownKey !== undefined)
      throw new UsageError(`${label}: unknown key "${unknownKey}" (known: rules, headless, interactive, maxBound)`);
    settings.headless = stringArray(headless, `${label}: headless`);
    settings.interactive = stringArray(interactive, `${label}: interactive`);
    if (maxBound !== undefined) {
      if (typeof maxBound !== 'number' || maxBound < 0)
        throw new UsageError(`${label}: maxBound: expected a number of at least 0 (got ${JSON.stringify(maxBound)})`);
      applyLevel(rules, 'no-unbounded-agent-loop', 2, { maxBound });
    }
    if (ruleConfig !== undefined) {
      if (typeof ruleConfig !== 'object' || ruleConfig === null || Array.isArray(ruleConfig))
        throw new UsageError(`${label}: rules: expected an object`);
      for (const [rawId, entry] of Object.entries(ruleConfig)) {
        const where = `${label}: rules.${rawId}`;
        const id = normaliseRuleId(rawId, `${label}: rules`);
        if (Array.isArray(entry)) {
          const [level, options, ...extra] = entry as unknown[];
          if (extra.length > 0) throw new UsageError(`${where}: expected [level] or [level, options]`);
          const parsedOptions =
            options === undefined ? undefined : { ...(rules.get(id)?.options ?? {}), ...validateOptions(id, options, `${where}[1]`) };
          applyLevel(rules, id, parseLevel(level, `${where}[0]`), parsedOptions);
        } else {
          applyLevel(rules, id, parseLevel(entry, where), undefined);
        }
      }
    }
  }
  for (const flag of ruleFlags) {
    const id = normaliseRuleId(flag.id, '--rule');
    applyLevel(rules, id, parseLevel(flag.level, `--rule ${flag.id}`), undefined);
  }
  return { rules, settings };
}
