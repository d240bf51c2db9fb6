/**
 * `safe-termination-check`: reads predicate facts. Reports each use of message content
 * as a string that can throw on null content (where the framework's content can be null),
 * or (with `list`, the default) that never sees the stop word in list content. A predicate
 * that never reads content is fine.
 */
import type { Check, Finding } from './types.js';

export interface Options {
  list: boolean;
}

const ruleId = 'safe-termination-check';

export const safeTerminationCheck: Check<Options> = {
  id: ruleId,
  messages: {
    nullContent:
      '`{{expression}}` can be `null` (a message that only calls a tool has no text), and `{{operation}}` on it throws a TypeError, so this {{role}} crashes the run instead of ending it. Check `typeof {{expression}} === "string"` first, or read the text through a helper that handles every content shape.',
    listContent:
      '`{{expression}}` can be a list of parts (`[{ type: "text", text: "..." }]`), and {{listEffect}}. Add an `Array.isArray({{expression}})` branch that joins the parts\' `text`, or read the text through a helper that handles every content shape.',

    nullContentType:
      '`{{expression}}` is `{{type}}`, which admits `null` or `undefined`, and `{{operation}}` on it then throws a TypeError, so this {{role}} crashes the run instead of ending it. Check `typeof {{expression}} === "string"` first, or read the text through a helper that handles every content shape.',
    listContentType:
      "`{{expression}}` is `{{type}}`, which admits a list of parts, and {{listEffect}}. Add an `Array.isArray({{expression}})` branch that joins the parts' `text`, or read the text through a helper that handles every content shape.",
  },
  schema: [
    {
      type: 'object',
      properties: {
        list: {
          type: 'boolean',
          description: 'Also require handling of list content (arrays of parts), not only of null.',
        },
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ list: true }],
  run(facts, options) {
    const findings: Finding[] = [];
    for (const predicate of facts.predicates) {
      for (const use of predicate.uses) {
        const data = { expression: use.expression, operation: use.operation, role: predicate.role, type: use.type?.text ?? '' };
        // A predicate written in another file is reported there, with a trace back to where it is used.
        const at = {
          ruleId,
          range: use.range,
          ...(predicate.fileName === undefined
            ? {}
            : {
                fileName: predicate.fileName,
                trace: [{ fileName: facts.fileName, range: predicate.usedAt, message: `used as the ${predicate.role} here` }],
              }),
        };
        // A declared type that admits null is a risk whatever the framework's content can be.
        if (!use.nullHandled && (predicate.nullableContent || use.type?.nullable === true)) {
          findings.push({ ...at, messageId: use.type?.nullable === true ? 'nullContentType' : 'nullContent', data });
        } else if (options.list && !use.listHandled) {
          const listEffect = {
            throws: `\`${use.operation}\` on a list throws a TypeError, so this ${predicate.role} crashes the run instead of ending it`,
            false: `\`${use.operation}\` on a list is quietly false, so this ${predicate.role} never sees the stop word there`,
            skipped: `the \`typeof\` check lets a list go by unread, so this ${predicate.role} never sees the stop word there`,
          }[use.listOutcome];
          // A skipped list is a fact about the declared type, not the narrowed one at the use.
          const type = use.listOutcome === 'skipped' ? use.type?.declared.text : use.type?.text;
          findings.push({
            ...at,
            messageId: type === undefined ? 'listContent' : 'listContentType',
            data: { ...data, listEffect, type: type ?? '' },
          });
        }
      }
    }
    return findings;
  },
};
