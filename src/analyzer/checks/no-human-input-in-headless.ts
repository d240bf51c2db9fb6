/**
 * `no-human-input-in-headless`: reads input-mode and prompt facts, and reports them
 * only in files that run headless (their own entry kind, the `headless` globs, or, in
 * the scanner, a deployment config that runs them or an import from a headless entry,
 * with the trace of how it was reached). Silent in files with a TTY check or matching
 * the `interactive` globs, and, in the scanner, to the `headless` globs in modules that
 * only interactive entries reach.
 */
import { getOwnHeadlessReason, isInteractive } from '../headless.js';
import type { Check, Finding, TraceStep } from './types.js';

const ruleId = 'no-human-input-in-headless';

const withTrace = (trace: TraceStep[]): Pick<Finding, 'trace'> => (trace.length > 0 ? { trace } : {});

export const noHumanInputInHeadless: Check<Record<string, never>> = {
  id: ruleId,
  messages: {
    humanInputMode:
      '`{{option}}` is `"{{mode}}"`{{origin}} in code that runs without a terminal ({{why}}), so the agent waits for a person who is not there and the request hangs. Set `{{option}}: "NEVER"` and end the chat with a termination predicate and a finite bound.',
    defaultHumanInput:
      '`{{api}}` without `humanInputMode` prompts a person by default (`ALWAYS` in AutoGen 0.2, `TERMINATE` in autogen_node) in code that runs without a terminal ({{why}}), so the chat waits for input that never comes. Pass `humanInputMode: "NEVER"` (for an AutoGen 0.4-style agent, an `inputFunc` that does not read the terminal).',
    interactivePrompt:
      '`{{call}}` ({{library}}) asks a question on the terminal in code that runs without one ({{why}}), so it never gets an answer: the process exits silently or hangs. Take the input from the request, a config or an environment variable instead.',
  },
  schema: [],
  defaultOptions: [],
  run(facts, _options, ctx) {
    if (facts.inputModes.length === 0 && facts.prompts.length === 0) return [];
    const relativePath = ctx.displayPath(ctx.fileName);
    // Its own entry kind first, then (scanner) the entry that runs it, then the `headless` globs,
    // which do not apply to a module only interactive entries reach.
    let why = getOwnHeadlessReason(facts, ctx.settings, relativePath, { globs: false });
    let trace: TraceStep[] = [];
    const entry = ctx.headlessEntry;
    if (!why && entry && !isInteractive(facts, ctx.settings, relativePath)) {
      why =
        entry.fileName === ctx.fileName
          ? `this file ${entry.reason}`
          : `imported by ${ctx.displayPath(entry.fileName)}, which ${entry.reason}`;
      trace = entry.trace;
    }
    why ??= getOwnHeadlessReason(facts, ctx.settings, relativePath, { globs: ctx.interactiveEntry === undefined });
    if (!why) return [];
    const findings: Finding[] = [];
    for (const fact of facts.inputModes) {
      if (fact.option === undefined) {
        findings.push({ ruleId, messageId: 'defaultHumanInput', data: { api: fact.api, why }, range: fact.range, ...withTrace(trace) });
      } else {
        const origin = fact.origin ? ` (from \`${fact.origin.text}\`)` : '';
        // A mode written in another file: the trace shows where, before the way to the entry.
        const from = fact.origin?.range && fact.origin.fileName !== facts.fileName ? fact.origin : undefined;
        const valueStep = from?.range
          ? [{ fileName: from.fileName, range: from.range, message: `\`${fact.option}\` gets \`"${fact.mode}"\` from here` }]
          : [];
        findings.push({
          ruleId,
          messageId: 'humanInputMode',
          data: { option: fact.option, mode: fact.mode, origin, why },
          range: fact.range,
          ...withTrace([...valueStep, ...trace]),
        });
      }
    }
    for (const fact of facts.prompts) {
      findings.push({
        ruleId,
        messageId: 'interactivePrompt',
        data: { call: fact.call, library: fact.library, why },
        range: fact.range,
        ...withTrace(trace),
      });
    }
    return findings;
  },
};
