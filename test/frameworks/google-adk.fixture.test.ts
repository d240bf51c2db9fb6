import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/google-adk');

const NO_LLM_CALL_LIMIT =
  'which ADK treats as no limit (it logs a warning and enforces nothing), so the run stops only when the model decides to. Set a finite bound such as `maxLlmCalls: 500`.';

describe('Google ADK fixture', () => {
  it('reports an unbounded LoopAgent, disabled LLM-call limits, a tool fetch and an unguarded event text read, and leaves the refinement loop and the guarded reads silent', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      {
        filePath: 'src/nightly-digest.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `fetch_headlines`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 8,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 8,
            endColumn: 33,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`LoopAgent` has no `maxIterations`, so it repeats its sub-agents until one of them escalates (an exit-loop tool), the run is aborted, or the run uses up its `maxLlmCalls` (500 by default). Set a finite `maxIterations` such as `maxIterations: 5`.',
            line: 15,
            column: 31,
            messageId: 'missingBound',
            endLine: 15,
            endColumn: 40,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message: `\`maxLlmCalls\` is \`-1\`, ${NO_LLM_CALL_LIMIT}`,
            line: 17,
            column: 50,
            messageId: 'unboundedValue',
            endLine: 17,
            endColumn: 65,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message: `\`maxLlmCalls\` is \`0\` (from \`nightlyRunConfig\`, src/run-config.ts:1), ${NO_LLM_CALL_LIMIT}`,
            line: 25,
            column: 16,
            messageId: 'unboundedValue',
            endLine: 25,
            endColumn: 32,
            trace: [
              {
                filePath: 'src/run-config.ts',
                line: 1,
                column: 35,
                endLine: 1,
                endColumn: 49,
                message: '`maxLlmCalls` gets `0` from here',
              },
            ],
          },
        ],
        suppressedMessages: [],
        errorCount: 4,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      clean('src/refine-essay.ts'),
      {
        filePath: 'src/review-loop.ts',
        messages: [
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`event.content!.parts![0].text` can be `null` (a message that only calls a tool has no text), and `.includes()` on it throws a TypeError, so this exit condition of a `for await` loop over an ADK runner crashes the run instead of ending it. Check `typeof event.content!.parts![0].text === "string"` first, or read the text through a helper that handles every content shape.',
            line: 11,
            column: 9,
            messageId: 'nullContent',
            endLine: 11,
            endColumn: 48,
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
      clean('src/run-config.ts'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });
});
