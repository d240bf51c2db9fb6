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
        const data = { expression: use.expression, operation: use.operation, role: predicate.role };
        const at = { ruleId, range: use.range, ...(predicate.fileName === undefined ? {} : { fileName: predicate.fileName }) };
        if (!use.nullHandled && predicate.nullableContent) {
          findings.push({ ...at, messageId: 'nullContent', data });
        } else if (options.list && !use.listHandled) {
          const listEffect = {
            throws: `\`${use.operation}\` on a list throws a TypeError, so this ${predicate.role} crashes the run instead of ending it`,
            false: `\`${use.operation}\` on a list is quietly false, so this ${predicate.role} never sees the stop word there`,
            skipped: `the \`typeof\` check lets a list go by unread, so this ${predicate.role} never sees the stop word there`,
          }[use.listOutcome];
          findings.push({ ...at, messageId: 'listContent', data: { ...data, listEffect } });
        }
      }
    }
    return findings;
  },
};
