import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, scan } from '../cli/scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks/llamaindex');

describe('LlamaIndex fixture', () => {
  it('reports every agent workflow (none has a step limit) and a tool fetch without a signal, and leaves the legacy agents silent', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual([
      clean('src/legacy-agent.ts'),
      {
        filePath: 'src/travel-agents.ts',
        messages: [
          {
            ruleId: 'halting/require-fetch-timeout',
            severity: 2,
            message:
              "`fetch` has no abort signal inside tool `flight_status`, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
            line: 12,
            column: 28,
            messageId: 'fetchNoSignal',
            endLine: 12,
            endColumn: 33,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`agent()` has no step limit (`@llamaindex/workflow` has none since 1.0.4), so the agent calls the model again after every tool call until the model stops asking for tools. Cap the steps yourself, for example by wrapping the `llm` you pass in so that it answers without tool calls after a fixed number of calls, which ends the workflow.',
            line: 27,
            column: 29,
            messageId: 'missingBound',
            endLine: 27,
            endColumn: 34,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`agent()` has no step limit, and its `timeout` is never read (`@llamaindex/workflow` 1.0.4 and later), so the agent calls the model again after every tool call until the model stops asking for tools. Cap the steps yourself, for example by wrapping the `llm` you pass in so that it answers without tool calls after a fixed number of calls, which ends the workflow.',
            line: 28,
            column: 21,
            messageId: 'missingBound',
            endLine: 28,
            endColumn: 26,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`multiAgent()` has no step limit (`@llamaindex/workflow` has none since 1.0.4), so the agent calls the model again after every tool call until the model stops asking for tools. Cap the steps yourself, for example by wrapping the `llm` you pass in so that it answers without tool calls after a fixed number of calls, which ends the workflow.',
            line: 30,
            column: 27,
            messageId: 'missingBound',
            endLine: 30,
            endColumn: 37,
          },
          {
            ruleId: 'halting/no-unbounded-agent-loop',
            severity: 2,
            message:
              '`AgentWorkflow.fromTools()` has no step limit (`@llamaindex/workflow` has none since 1.0.4), so the agent calls the model again after every tool call until the model stops asking for tools. Cap the steps yourself, for example by wrapping the `llm` you pass in so that it answers without tool calls after a fixed number of calls, which ends the workflow.',
            line: 32,
            column: 30,
            messageId: 'missingBound',
            endLine: 32,
            endColumn: 53,
          },
        ],
        suppressedMessages: [],
        errorCount: 5,
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
