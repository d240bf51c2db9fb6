import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/analyzer/project/load.js';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('monorepo-pnpm');

describe('pnpm workspaces', () => {
  it('follows subpath exports and built paths back to sources, and honours negated workspace globs', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'packages/legacy-bot/src/index.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `Infinity` (from `LEGACY_REPLIES`, line 4), so the loop stops only when the model decides to. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 6,
            column: 67,
            messageId: 'unboundedValue',
            endLine: 6,
            endColumn: 106,
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('packages/limits/src/index.ts'),
      clean('packages/tools/src/http.ts'),
      clean('packages/tools/src/index.ts'),
      clean('packages/tools/src/internal/defaults.ts'),
      clean('packages/tools/src/presets.ts'),
      {
        filePath: 'services/gateway/src/agents.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `Number.POSITIVE_INFINITY` (from `HTTP_AGENT_LIMITS.replies`, packages/tools/src/http.ts:4), so the loop stops only when the model decides to. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 14,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 14,
            endColumn: 53,
            trace: [
              {
                filePath: 'packages/tools/src/http.ts',
                line: 4,
                column: 12,
                endLine: 4,
                endColumn: 36,
                message: '`maxConsecutiveAutoReply` gets `Number.POSITIVE_INFINITY` from here',
              },
            ],
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `null` (from `REVIEW_BUDGET.replies`, packages/limits/src/index.ts:3), which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 19,
            column: 3,
            messageId: 'unboundedValue',
            endLine: 19,
            endColumn: 49,
            trace: [
              {
                filePath: 'packages/limits/src/index.ts',
                line: 3,
                column: 12,
                endLine: 3,
                endColumn: 16,
                message: '`maxConsecutiveAutoReply` gets `null` from here',
              },
            ],
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxRound` is `2500` (from `TRIAGE_PRESET.maxRound`, packages/tools/src/presets.ts:2), above the `maxBound` of 1000, so in practice the loop stops only when the model decides to. Set a bound of at most 1000, such as `maxRound: 12`.',
            line: 24,
            column: 3,
            messageId: 'valueAboveMax',
            endLine: 24,
            endColumn: 35,
            trace: [
              {
                filePath: 'packages/tools/src/presets.ts',
                line: 2,
                column: 42,
                endLine: 2,
                endColumn: 46,
                message: '`maxRound` gets `2500` from here',
              },
            ],
          },
        ],
        suppressedMessages: [],
        errorCount: 3,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });

  it('leaves a negated folder out of the packages; its files stay with the scanned folder', () => {
    const loaded = loadProject(['.'], root);
    const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.packages.map((entry) => ({ root: relative(entry.root), name: entry.name, files: entry.files.map(relative) }))).toEqual([
      { root: '', name: 'acme-platform', files: ['packages/legacy-bot/src/index.ts'] },
      { root: 'packages/limits', name: '@acme/limits', files: ['packages/limits/src/index.ts'] },
      {
        root: 'packages/tools',
        name: '@acme/tools',
        files: [
          'packages/tools/src/http.ts',
          'packages/tools/src/index.ts',
          'packages/tools/src/internal/defaults.ts',
          'packages/tools/src/presets.ts',
        ],
      },
      { root: 'services/gateway', name: '@acme/gateway', files: ['services/gateway/src/agents.ts'] },
    ]);
  });

  it('reads lerna.json packages beside package.json workspaces, and skips folders without a package.json', () => {
    const monorepo = fs.mkdtempSync(path.join(os.tmpdir(), 'halting-lerna-'));
    try {
      const write = (file: string, text: string): void => {
        fs.mkdirSync(path.dirname(path.join(monorepo, file)), { recursive: true });
        fs.writeFileSync(path.join(monorepo, file), text);
      };
      write('lerna.json', JSON.stringify({ version: 'independent', packages: ['modules/*'] }));
      write('package.json', JSON.stringify({ name: 'lerna-root', private: true, workspaces: { packages: ['apps/*'] } }));
      write('modules/pricing/package.json', JSON.stringify({ name: '@shop/pricing' }));
      write('modules/pricing/index.js', 'export const MAX_ROUNDS = 3;\n');
      write('modules/notes/readme.ts', 'export const notes = [];\n');
      write('apps/storefront/package.json', JSON.stringify({ name: '@shop/storefront' }));
      write('apps/storefront/main.ts', "import { MAX_ROUNDS } from '@shop/pricing';\nexport const rounds = MAX_ROUNDS;\n");
      const loaded = loadProject(['.'], monorepo);
      expect(loaded.warnings).toEqual([]);
      expect(
        loaded.packages.map((entry) => [
          path.relative(monorepo, entry.root),
          entry.name,
          entry.files.map((file) => path.relative(monorepo, file)),
        ]),
      ).toEqual([
        ['', 'lerna-root', [path.join('modules', 'notes', 'readme.ts')]],
        [path.join('apps', 'storefront'), '@shop/storefront', [path.join('apps', 'storefront', 'main.ts')]],
        [path.join('modules', 'pricing'), '@shop/pricing', [path.join('modules', 'pricing', 'index.js')]],
      ]);
    } finally {
      fs.rmSync(monorepo, { recursive: true, force: true });
    }
  });
});
