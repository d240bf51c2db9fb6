/**
 * `no-unbounded-agent-loop`: reads bound, missing-bound and initiator facts. Reports a
 * bound whose value removes the limit (null where that means none, Infinity, a count
 * above `maxBound`, a negative or fractional count), a loop whose framework default is
 * unbounded and that sets nothing, and a chat whose initiator cannot end it.
 * Silent on values it cannot resolve unless `strict` is on.
 */
import type { BoundFact, BoundValue } from '../facts.js';
import { formatOrigin, type Check, type CheckContext, type Finding } from './types.js';

export interface Options {
  maxBound: number;
  strict: boolean;
}

const ruleId = 'no-unbounded-agent-loop';

const UNKNOWN_REASONS: Record<string, string> = {
  parameter: 'it comes from a parameter',
  env: 'it comes from an environment variable',
  import: 'it is imported from another file',
  global: 'it is a global halting does not know',
  call: 'it is the result of a call',
  mutable: 'it is a variable that may change',
  expression: 'it is computed at run time',
  depth: 'it is nested too deeply to follow',
  spread: 'a spread written after it may replace it',
};

/** Counts from `Number.MAX_SAFE_INTEGER` up are sentinels for "no limit", whatever `maxBound` says. */
const VACUOUS_COUNT = Number.MAX_SAFE_INTEGER;

function judgeValue(fact: BoundFact, value: BoundValue, options: Options, ctx: CheckContext, analyzedFile: string): Finding | undefined {
  // The example never exceeds the configured `maxBound`.
  const example = Number(fact.example) > options.maxBound ? String(Math.floor(options.maxBound)) : fact.example;
  const written = fact.form === 'call' ? `${fact.option}(${example})` : `${fact.option}: ${example}`;
  const base = { option: fact.option, example: written, unit: fact.unit };
  // A value written in another file is a step the scanner followed: the trace shows where.
  const from = value.kind === 'unknown' ? undefined : value.origin;
  const trace =
    from?.range && from.fileName !== analyzedFile
      ? [{ fileName: from.fileName, range: from.range, message: `\`${fact.option}\` gets \`${value.text}\` from here` }]
      : undefined;
  const at = (messageId: string, data: Record<string, string>): Finding => ({
    ruleId,
    messageId,
    data: { ...base, ...data },
    range: fact.range,
    ...(trace ? { trace } : {}),
  });
  if (value.kind === 'unknown') {
    return options.strict
      ? at('unknownValue', { value: value.text, reason: UNKNOWN_REASONS[value.reason] ?? 'it is computed at run time' })
      : undefined;
  }
  const origin = formatOrigin(value.origin, ctx, analyzedFile);
  if (value.kind === 'null' || value.kind === 'undefined') {
    return fact.nullMeaning === undefined ? undefined : at('unboundedValue', { value: value.text, origin, effect: fact.nullMeaning });
  }
  const count = value.value;
  if (count === Infinity || count >= VACUOUS_COUNT) {
    return at('unboundedValue', { value: value.text, origin, effect: 'so the loop stops only when the model decides to' });
  }
  if (count < fact.minimum && fact.belowMinimumMeaning !== undefined) {
    return at('unboundedValue', { value: value.text, origin, effect: fact.belowMinimumMeaning });
  }
  if (Number.isNaN(count) || !Number.isInteger(count) || count < fact.minimum) {
    return at('invalidValue', { value: value.text, origin, minimum: String(fact.minimum) });
  }
  if (count > options.maxBound) return at('valueAboveMax', { value: value.text, origin, maxBound: String(options.maxBound) });
  return undefined;
}

export const noUnboundedAgentLoop: Check<Options> = {
  id: ruleId,
  messages: {
    unboundedValue: '`{{option}}` is `{{value}}`{{origin}}, {{effect}}. Set a finite bound such as `{{example}}`.',
    valueAboveMax:
      '`{{option}}` is `{{value}}`{{origin}}, above the `maxBound` of {{maxBound}}, so in practice the loop stops only when the model decides to. Set a bound of at most {{maxBound}}, such as `{{example}}`.',
    invalidValue:
      '`{{option}}` is `{{value}}`{{origin}}, which is not a whole number of {{unit}} of at least {{minimum}}, so the bound does not say when the loop stops. Set a whole number such as `{{example}}`.',
    unknownValue:
      '`{{option}}` is `{{value}}`, which halting cannot resolve ({{reason}}), so this loop may have no bound. Set a literal finite bound such as `{{example}}`.',
    missingBound: '`{{api}}` has {{missing}}, so {{effect}}. {{fix}}',
    initiatorCannotStop:
      '`{{call}}` sets no `{{maxTurns}}`, and its initiator `{{initiator}}` has neither `{{predicate}}` nor a finite `{{autoReply}}`, so the chat ends only if the model happens to stop. Pass `{{maxTurns}}: 10`, or give `{{initiator}}` a termination predicate and a finite auto-reply bound.',
  },
  schema: [
    {
      type: 'object',
      properties: {
        maxBound: {
          type: 'number',
          minimum: 0,
          description: 'The largest bound accepted as finite; larger counts are reported as unbounded in practice.',
        },
        strict: {
          type: 'boolean',
          description: 'Also report bounds whose value cannot be resolved (parameters, environment variables, imports).',
        },
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ maxBound: 1000, strict: false }],
  run(facts, options, ctx) {
    const findings: Finding[] = [];
    for (const fact of facts.bounds) {
      for (const value of fact.values) {
        const finding = judgeValue(fact, value, options, ctx, facts.fileName);
        if (finding) {
          findings.push(finding);
          break;
        }
      }
    }
    for (const fact of facts.missingBounds) {
      findings.push({
        ruleId,
        messageId: 'missingBound',
        data: { api: fact.api, missing: fact.missing, effect: fact.effect, fix: fact.fix },
        range: fact.range,
      });
    }
    for (const fact of facts.initiators) {
      const snake = fact.call.includes('_');
      findings.push({
        ruleId,
        messageId: 'initiatorCannotStop',
        data: {
          call: fact.call,
          initiator: fact.initiator,
          maxTurns: snake ? 'max_turns' : 'maxTurns',
          predicate: snake ? 'is_termination_msg' : 'isTerminationMsg',
          autoReply: snake ? 'max_consecutive_auto_reply' : 'maxConsecutiveAutoReply',
        },
        range: fact.range,
        ...(fact.createdAt
          ? {
              trace: [{ fileName: fact.createdAt.fileName, range: fact.createdAt.range, message: `\`${fact.initiator}\` is created here` }],
            }
          : {}),
      });
    }
    return findings;
  },
};
