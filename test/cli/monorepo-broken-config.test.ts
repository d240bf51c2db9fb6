import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('monorepo-broken-config');

describe('a monorepo with broken workspace files', () => {
  it('warns about each broken file and scans every package it still finds', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('packages/alpha/src/index.ts'),
      {
        filePath: 'packages/beta/src/index.ts',
        messages: [
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`maxConsecutiveAutoReply` is `null` (from `GAMMA_REPLIES`, packages/gamma/src/index.ts:1), which sets no bound of your own: the library default decides, 100 replies in AutoGen 0.2 and none at all in autogen_node. Set a finite bound such as `maxConsecutiveAutoReply: 10`.',
            line: 6,
            column: 63,
            messageId: 'unboundedValue',
            endLine: 6,
            endColumn: 101,
            trace: [
              {
                filePath: 'packages/gamma/src/index.ts',
                line: 1,
                column: 30,
                endLine: 1,
                endColumn: 34,
                message: '`maxConsecutiveAutoReply` gets `null` from here',
              },
            ],
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
      clean('packages/gamma/src/index.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe(
      [
        'halting: warning: package.json:4:46: `workspaces.packages` has entries that are not strings; they are skipped',
        'halting: warning: pnpm-workspace.yaml:4:1: not valid YAML (Missing closing "quote)',
        "halting: warning: packages/alpha/package.json:4:3: not valid JSON (',' expected.)",
        'halting: warning: packages/beta/tsconfig.json:3:20: not valid JSON (Property assignment expected.)',
        'halting: warning: packages/gamma/tsconfig.json:5:83: the referenced project ../retired/tsconfig.json does not exist',
        '',
      ].join('\n'),
    );
    expectMarkers(root, results);
  });
});
