import { describe, expect, it } from 'vitest';
import { clean, expectMarkers, fixture, scan } from './scan.js';

const root = fixture('tool-chains-signals');

// Forwarded signals (OpenAI Agents `details.signal`, AI SDK `options.abortSignal` and `{ abortSignal }`) are silent.
const expected = [
  clean('src/claims-api.ts'),
  {
    filePath: 'src/claims-tools.ts',
    messages: [
      {
        ruleId: 'halting/require-fetch-timeout',
        severity: 2,
        message:
          "Tool `count_claims` can hang: `searchClaims` (src/claims-api.ts:6) calls `fetch` with `signal: undefined` (src/claims-api.ts:8), which is no signal at all, so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass a signal such as `AbortSignal.timeout(30_000)` down to that call, or forward the tool's abort signal through each helper.",
        line: 20,
        column: 26,
        messageId: 'chainFetchNullSignal',
        endLine: 20,
        endColumn: 38,
        trace: [
          {
            filePath: 'src/claims-tools.ts',
            line: 20,
            column: 26,
            endLine: 20,
            endColumn: 38,
            message: '`count_claims` calls `searchClaims`',
          },
          {
            filePath: 'src/claims-api.ts',
            line: 8,
            column: 26,
            endLine: 8,
            endColumn: 31,
            message: '`fetch` has `signal: undefined`',
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
  clean('src/forecast.ts'),
  {
    filePath: 'src/weather-tools.ts',
    messages: [
      {
        ruleId: 'halting/require-fetch-timeout',
        severity: 2,
        message:
          "Tool `windTool` can hang: `getForecast` (src/forecast.ts:6) → `getJson` (src/forecast.ts:10) calls `fetch` with `signal: undefined` (src/forecast.ts:11), which is no signal at all, so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass a signal such as `AbortSignal.timeout(30_000)` down to that call, or forward the tool's abort signal through each helper.",
        line: 27,
        column: 32,
        messageId: 'chainFetchNullSignal',
        endLine: 27,
        endColumn: 43,
        trace: [
          {
            filePath: 'src/weather-tools.ts',
            line: 27,
            column: 32,
            endLine: 27,
            endColumn: 43,
            message: '`windTool` calls `getForecast`',
          },
          {
            filePath: 'src/forecast.ts',
            line: 7,
            column: 10,
            endLine: 7,
            endColumn: 17,
            message: '`getForecast` calls `getJson`',
          },
          {
            filePath: 'src/forecast.ts',
            line: 11,
            column: 26,
            endLine: 11,
            endColumn: 31,
            message: '`fetch` has `signal: undefined`',
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
];

describe('tools that forward their abort signal through helpers', () => {
  it('is silent when the signal is forwarded, and reports the tools that pass none', async () => {
    const { exitCode, results, stderr } = await scan(root);
    expect(results).toEqual(expected);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expectMarkers(root, results);
  });

  it('keeps a forwarded signal bounded under strict', async () => {
    const { exitCode, results, stderr } = await scan(root, ['--config', 'strict.json']);
    expect(results).toEqual(expected);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
  });
});
