import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/langgraph');

describe('LangGraph fixture', () => {
  it('reports unbounded runs, routers that miss list content and a tool fetch without a signal, and leaves the quickstart silent', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/limits.ts'),
      clean('src/quickstart.ts'),
      {
        filePath: 'src/research-graph.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `search_filings`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 12,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 12,
            endColumn: 33,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`lastMessage.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and `.includes()` on a list is quietly false, so this router of `addConditionalEdges` never sees the stop word there. Add an `Array.isArray(lastMessage.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 20,
            column: 7,
            messageId: 'listContent',
            endLine: 20,
            endColumn: 35,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`recursionLimit` is `Infinity`, so the loop stops only when the model decides to. Set a finite bound such as `recursionLimit: 50`.',
            line: 33,
            column: 86,
            messageId: 'unboundedValue',
            endLine: 33,
            endColumn: 110,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`recursionLimit` is `Infinity` (from `GRAPH_LIMITS.supersteps`, src/limits.ts:2), so the loop stops only when the model decides to. Set a finite bound such as `recursionLimit: 50`.',
            line: 38,
            column: 20,
            messageId: 'unboundedValue',
            endLine: 38,
            endColumn: 59,
            trace: [
              {
                filePath: 'src/limits.ts',
                line: 2,
                column: 43,
                endLine: 2,
                endColumn: 51,
                message: '`recursionLimit` gets `Infinity` from here',
              },
            ],
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`recursionLimit` is `Number.MAX_SAFE_INTEGER`, so the loop stops only when the model decides to. Set a finite bound such as `recursionLimit: 50`.',
            line: 42,
            column: 56,
            messageId: 'unboundedValue',
            endLine: 42,
            endColumn: 95,
          },
          {
            ruleId: 'halting/safe-termination-check',
            severity: 2,
            message:
              '`lastMessage.content` can be a list of parts (`[{ type: "text", text: "..." }]`), and the `typeof` check lets a list go by unread, so this router of `addConditionalEdges` never sees the stop word there. Add an `Array.isArray(lastMessage.content)` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',
            line: 48,
            column: 50,
            messageId: 'listContent',
            endLine: 48,
            endColumn: 78,
          },
        ],
        suppressedMessages: [],
        errorCount: 6,
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
});
