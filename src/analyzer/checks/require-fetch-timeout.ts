/**
 * `require-fetch-timeout`: reads network, tool and chain facts. Reports fetch calls with no
 * abort signal and axios calls with no positive timeout; with `scope: "tools"` only those
 * inside agent tool bodies or reached from one. A tool that reaches such a call through
 * helpers is reported at the call in its body, with the chain. Calls whose options cannot
 * be resolved are silent unless `strict` is on.
 */
import type { ChainFact, NetworkFact, ToolFact } from '../facts.js';
import type { Range } from '../syntax.js';
import type { Check, CheckContext, Finding, TraceStep } from './types.js';

export interface Options {
  scope: 'all' | 'tools';
  strict: boolean;
}

const ruleId = 'require-fetch-timeout';

function containingTool(range: Range, tools: readonly ToolFact[]): ToolFact | undefined {
  return tools.find((tool) => tool.fileName === undefined && tool.range.start <= range.start && range.end <= tool.range.end);
}

function getMessageId(fact: Pick<NetworkFact, 'problem'>): string {
  switch (fact.problem) {
    case 'noInit':
    case 'noSignal':
      return 'fetchNoSignal';
    case 'nullSignal':
      return 'fetchNullSignal';
    case 'noTimeout':
      return 'axiosNoTimeout';
    case 'zeroTimeout':
      return 'axiosZeroTimeout';
    case 'unknownInit':
      return 'unknownOptions';
  }
}

const CHAIN_MESSAGE_IDS: Record<NetworkFact['problem'], string> = {
  noInit: 'chainFetchNoSignal',
  noSignal: 'chainFetchNoSignal',
  nullSignal: 'chainFetchNullSignal',
  noTimeout: 'chainAxiosNoTimeout',
  zeroTimeout: 'chainAxiosZeroTimeout',
  unknownInit: 'chainUnknownOptions',
};

/** What the network call does wrong, as a trace step says it. */
const PROBLEM_PHRASES: Record<NetworkFact['problem'], (detail: string) => string> = {
  noInit: () => 'has no abort signal',
  noSignal: () => 'has no abort signal',
  nullSignal: (detail) => `has \`signal: ${detail}\``,
  noTimeout: () => 'has no `timeout`',
  zeroTimeout: (detail) => `has \`timeout: ${detail}\``,
  unknownInit: () => 'has options halting cannot resolve',
};

const toolLabel = (name: string | undefined): string => (name === undefined ? 'an agent tool' : `tool \`${name}\``);

/** "line 30" in the analysed file, else "src/policy.ts:30". */
function formatPlace(fileName: string, line: number, analyzedFile: string, ctx: CheckContext): string {
  return fileName === analyzedFile || fileName === ctx.fileName ? `line ${String(line)}` : `${ctx.displayPath(fileName)}:${String(line)}`;
}

function chainTrace(chain: ChainFact, analyzedFile: string): TraceStep[] {
  // A tool whose body lies in another file starts where it is registered.
  const registered: TraceStep[] = chain.registeredAt
    ? [{ fileName: analyzedFile, range: chain.registeredAt, message: `registered as ${toolLabel(chain.tool)} here` }]
    : [];
  const trace: TraceStep[] = chain.steps.map((step, index) => ({
    fileName: step.fileName,
    range: step.range,
    message: `${index === 0 ? (chain.tool === undefined ? 'the tool' : `\`${chain.tool}\``) : `\`${chain.steps[index - 1]?.callee ?? ''}\``} calls \`${step.callee}\``,
  }));
  const { network } = chain;
  trace.push({
    fileName: network.fileName,
    range: network.range,
    message: `\`${network.call}\` ${PROBLEM_PHRASES[network.problem](network.detail ?? '')}`,
  });
  return [...registered, ...trace];
}

/** The finding at the call in the tool body that starts the chain. */
function chainFinding(chain: ChainFact, analyzedFile: string, ctx: CheckContext): Finding | undefined {
  const [first] = chain.steps;
  if (!first) return undefined;
  const helpers = chain.steps
    .map((step) => `\`${step.callee}\` (${formatPlace(step.definedIn, step.line, analyzedFile, ctx)})`)
    .join(' → ');
  const tool = toolLabel(chain.tool);
  return {
    ruleId,
    messageId: CHAIN_MESSAGE_IDS[chain.network.problem],
    data: {
      tool: tool.charAt(0).toUpperCase() + tool.slice(1),
      chain: helpers,
      call: chain.network.call,
      detail: chain.network.detail ?? '',
      at: formatPlace(chain.network.fileName, chain.network.line, analyzedFile, ctx),
    },
    range: first.range,
    ...(first.fileName === analyzedFile ? {} : { fileName: first.fileName }),
    trace: chainTrace(chain, analyzedFile),
  };
}

/**
 * Under `scope: "tools"`, the network calls reached from tools that are reported on their own
 * (their file reports them under `"all"`), each naming the tools that reach it.
 */
function reachedCallFindings(chains: readonly ChainFact[], analyzedFile: string, strict: boolean): Finding[] {
  const sites = new Map<string, { chain: ChainFact; tools: string[] }>();
  for (const chain of chains) {
    const { own } = chain.network;
    if (!own || (own.problem === 'unknownInit' && !strict)) continue;
    const key = `${chain.network.fileName}:${String(own.range.start)}:${own.problem}`;
    const site = sites.get(key) ?? { chain, tools: [] };
    const tool = toolLabel(chain.tool);
    if (!site.tools.includes(tool)) site.tools.push(tool);
    sites.set(key, site);
  }
  return [...sites.values()].flatMap(({ chain, tools }) => {
    const { network } = chain;
    if (!network.own) return [];
    return [
      {
        ruleId,
        messageId: getMessageId(network.own),
        data: { call: network.call, detail: network.own.detail ?? '', where: ` (reached from ${tools.join(', ')})` },
        range: network.own.range,
        ...(network.fileName === analyzedFile ? {} : { fileName: network.fileName }),
        trace: chainTrace(chain, analyzedFile),
      },
    ];
  });
}

export const requireFetchTimeout: Check<Options> = {
  id: ruleId,
  messages: {
    fetchNoSignal:
      "`{{call}}` has no abort signal{{where}}, so a server that stops answering (or trickles its body) holds the call, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
    fetchNullSignal:
      "`{{call}}` passes `signal: {{detail}}`{{where}}, which is no signal at all, so the call has no overall deadline and can hold the agent indefinitely. Pass `signal: AbortSignal.timeout(30_000)`, or forward the caller's signal.",
    axiosNoTimeout:
      '`{{call}}` sets no `timeout`{{where}} and axios defaults to `0` (none), so a server that stops answering holds the call, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on the call or on the instance.',
    axiosZeroTimeout:
      '`timeout` is `{{detail}}` for `{{call}}`{{where}}, which turns the axios timeout off, so a server that stops answering holds the call indefinitely. Set a positive timeout such as `timeout: 30_000`.',
    unknownOptions:
      'The options of `{{call}}`{{where}} cannot be resolved, so halting cannot tell whether the call has a deadline. Pass `signal` (fetch) or `timeout` (axios) where the call is made.',
    chainFetchNoSignal:
      "{{tool}} can hang: {{chain}} calls `{{call}}` without an abort signal ({{at}}), so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass `signal: AbortSignal.timeout(30_000)` to that call, or forward the tool's abort signal to it through each helper.",
    chainFetchNullSignal:
      "{{tool}} can hang: {{chain}} calls `{{call}}` with `signal: {{detail}}` ({{at}}), which is no signal at all, so a server that stops answering holds the tool, and the agent waiting on it, with no overall deadline. Pass a signal such as `AbortSignal.timeout(30_000)` down to that call, or forward the tool's abort signal through each helper.",
    chainAxiosNoTimeout:
      '{{tool}} can hang: {{chain}} calls `{{call}}` with no `timeout` ({{at}}) and axios defaults to `0` (none), so a server that stops answering holds the tool, and the agent waiting on it, indefinitely. Set `timeout: 30_000` on that call or on its instance.',
    chainAxiosZeroTimeout:
      '{{tool}} can hang: {{chain}} calls `{{call}}` with `timeout: {{detail}}` ({{at}}), which turns the axios timeout off, so a server that stops answering holds the tool indefinitely. Set a positive timeout such as `timeout: 30_000`.',
    chainUnknownOptions:
      "{{tool}} reaches `{{call}}` ({{at}}) through {{chain}}, and that call's options cannot be resolved, so halting cannot tell whether it has a deadline. Pass `signal` (fetch) or `timeout` (axios) where the call is made, or forward the tool's abort signal to it.",
  },
  schema: [
    {
      type: 'object',
      properties: {
        scope: {
          type: 'string',
          enum: ['all', 'tools'],
          description: 'Report calls everywhere (`"all"`) or only inside agent tool bodies (`"tools"`).',
        },
        strict: {
          type: 'boolean',
          description: 'Also report calls whose options cannot be resolved (a parameter, the result of a call).',
        },
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ scope: 'all', strict: false }],
  run(facts, options, ctx) {
    const findings: Finding[] = [];
    for (const chain of facts.chains) {
      if (chain.network.problem === 'unknownInit' && !options.strict) continue;
      const finding = chainFinding(chain, facts.fileName, ctx);
      if (finding) findings.push(finding);
    }
    for (const fact of facts.network) {
      if (fact.problem === 'unknownInit' && !options.strict) continue;
      const tool = containingTool(fact.range, facts.tools);
      if (options.scope === 'tools' && !tool) continue;
      const where = !tool ? '' : tool.name === undefined ? ' inside an agent tool' : ` inside tool \`${tool.name}\``;
      // A tool registered in another file: the trace shows where it becomes a tool.
      const registered = tool?.registered;
      const trace =
        registered?.fileName === undefined
          ? undefined
          : [{ fileName: registered.fileName, range: registered.range, message: `registered as ${toolLabel(tool?.name)} here` }];
      findings.push({
        ruleId,
        messageId: getMessageId(fact),
        data: { call: fact.call, detail: fact.detail ?? '', where },
        range: fact.range,
        ...(trace ? { trace } : {}),
      });
    }
    // After the calls inside tools: a call that is both keeps "inside tool" (duplicates are dropped).
    if (options.scope === 'tools') findings.push(...reachedCallFindings(facts.chains, facts.fileName, options.strict));
    return findings;
  },
};
