/**
 * Nothing drifts: the rule index equals the folder; each rule has a check, a test, a
 * doc page and a README row; its docs URL points at its page; configs hold exactly the
 * rules their meta names; no rule file imports typescript or ts-morph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/analyzer/checks/index.js';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const root = path.resolve(import.meta.dirname, '..');
const ruleFiles = fs
  .readdirSync(path.join(root, 'src/rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
  .sort();
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

describe('rule index', () => {
  it('lists exactly the rule files, sorted', () => {
    expect(Object.keys(rules)).toEqual(ruleFiles);
  });

  it('has one check per rule and no other', () => {
    expect(Object.keys(checks).sort()).toEqual(ruleFiles);
  });
});

describe.each(ruleFiles)('%s', (id) => {
  const rule = rules[id as keyof typeof rules];

  it('has a test file, a doc page and a README row', () => {
    expect(fs.existsSync(path.join(root, 'test/rules', `${id}.test.ts`))).toBe(true);
    expect(fs.existsSync(path.join(root, 'docs/rules', `${id}.md`))).toBe(true);
    expect(readme).toContain(`[${id}](docs/rules/${id}.md)`);
  });

  it('points its docs URL at its page', () => {
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
  });

  it('describes itself as Enforce/Require/Disallow without a final period', () => {
    expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/);
  });

  it('takes its messages, schema and defaults from its check', () => {
    const check = checks[id as keyof typeof checks];
    expect(rule.meta.messages).toBe(check.messages);
    expect(rule.meta.defaultOptions).toEqual(check.defaultOptions);
  });

  it('describes every schema property', () => {
    for (const schema of rule.meta.schema as unknown as { properties?: Record<string, { description?: string }> }[]) {
      for (const property of Object.values(schema.properties ?? {})) expect(property.description).toBeTruthy();
    }
  });

  it('does not import typescript or ts-morph', () => {
    const source = fs.readFileSync(path.join(root, 'src/rules', `${id}.ts`), 'utf8');
    expect(source).not.toMatch(/from ['"](typescript|ts-morph)['"]/);
  });
});

describe('configs', () => {
  const recommended = ruleFiles.filter((id) => rules[id as keyof typeof rules].meta.docs?.recommended);

  it('recommended holds exactly the recommended rules', () => {
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(recommended.map((id) => `halting/${id}`));
  });

  it('strict holds the recommended rules', () => {
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(recommended.map((id) => `halting/${id}`));
  });

  it('all holds every rule', () => {
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(ruleFiles.map((id) => `halting/${id}`));
  });

  it('registers the plugin under the halting namespace', () => {
    for (const config of Object.values(plugin.configs)) expect(config.plugins?.halting).toBe(plugin);
  });
});

describe('golden files', () => {
  it('has no orphan golden files: each is named by a test beside its folder', () => {
    const testRoot = path.join(root, 'test');
    const goldenFolders = fs
      .readdirSync(testRoot, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory() && (entry.name === '__golden__' || entry.name === '__snapshots__'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((folder) => !folder.includes(`${path.sep}fixtures${path.sep}`));
    expect(goldenFolders.length).toBeGreaterThan(0);
    for (const folder of goldenFolders) {
      const tests = fs
        .readdirSync(path.dirname(folder))
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => fs.readFileSync(path.join(path.dirname(folder), file), 'utf8'))
        .join('\n');
      for (const golden of fs.readdirSync(folder)) {
        const stem = golden.split('.')[0] ?? golden;
        expect(tests.includes(`'${stem}'`) || tests.includes(golden), `${path.relative(root, folder)}/${golden}`).toBe(true);
      }
    }
  });
});
