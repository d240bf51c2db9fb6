/**
 * Facts: the small, serialisable model that framework adapters produce and checks
 * read. Checks never walk syntax; adapters never decide what is reported. Every
 * fact carries the range (offsets in its file's text) a finding would point at.
 */
import type { Range } from './syntax.js';

/** Where a resolved value was written, when not at the option itself. */
export interface Origin {
  /** The expression the option was written as (`LIMITS.turns`). */
  text: string;
  /** Absolute path of the file holding the literal. */
  fileName: string;
  line: number;
  /** The literal itself, for the scanner's trace when it lies in another file. */
  range?: Range;
}

export type BoundValue =
  | { kind: 'number'; value: number; text: string; origin?: Origin }
  | { kind: 'null'; text: string; origin?: Origin }
  | { kind: 'undefined'; text: string; origin?: Origin }
  | { kind: 'unknown'; text: string; reason: string };

/** An explicit loop bound: an option set to a value. */
export interface BoundFact {
  framework: string;
  /** The option as written (`max_consecutive_auto_reply`). */
  option: string;
  /** What the bound counts, plural (`auto-replies`, `turns`). */
  unit: string;
  /** The smallest count that is a bound (0 auto-replies is one). */
  minimum: number;
  /**
   * What a count below `minimum` does, when the framework gives it a meaning (Claude Agent
   * SDK `maxTurns: 0` is unlimited); undefined makes such a count merely invalid.
   */
  belowMinimumMeaning?: string;
  /** What null or undefined does, for the message; undefined when they keep the default. */
  nullMeaning: string | undefined;
  /** A finite count to show in the fix (`10`). */
  example: string;
  /** How the bound is written: an option (`maxTurns: 10`, the default) or a call (`stepCountIs(10)`). */
  form?: 'option' | 'call';
  range: Range;
  /** One entry per reachable value (a ternary gives two). */
  values: BoundValue[];
}

/** A loop whose framework default is unbounded and that sets no bound. */
export interface MissingBoundFact {
  framework: string;
  /** The API as written (`RoundRobinGroupChat`). */
  api: string;
  /** What is missing, as a phrase (`neither a termination condition nor \`maxTurns\``). */
  missing: string;
  /** What the framework does then (`the team runs until the process is stopped`). */
  effect: string;
  /** What to write instead, as a sentence. */
  fix: string;
  range: Range;
}

/** A chat whose initiator has no way to end it. */
export interface InitiatorFact {
  framework: string;
  call: string;
  initiator: string;
  range: Range;
  /** Where the initiator is created, when that is in another file (scanner only). */
  createdAt?: { fileName: string; range: Range };
}

export type InputMode = 'ALWAYS' | 'TERMINATE';

/** A human-input mode that prompts a person: set explicitly, or the API's default. */
export interface InputModeFact {
  framework: string;
  /** The option as written, or undefined when the API's default applies. */
  option: string | undefined;
  api: string;
  mode: InputMode;
  origin?: Origin;
  range: Range;
}

/** An interactive prompt that reads a terminal (`rl.question`, `prompt-sync`). */
export interface PromptFact {
  /** The call as written (`rl.question`). */
  call: string;
  /** The library it comes from (`node:readline`). */
  library: string;
  range: Range;
}

/** Why a file runs without a terminal. */
export interface EntryFact {
  /** A phrase: `imports \`express\``, `is a Next.js route handler`. */
  reason: string;
}

export type TimeoutProblem = 'noInit' | 'noSignal' | 'nullSignal' | 'noTimeout' | 'zeroTimeout' | 'unknownInit';

/** An HTTP call whose deadline is missing, disabled or unknown. */
export interface NetworkFact {
  client: 'fetch' | 'axios';
  /** The callee as written (`fetch`, `axios.get`, `api.post`). */
  call: string;
  problem: TimeoutProblem;
  /** The offending value as written, when there is one (`0`, `undefined`). */
  detail: string | undefined;
  range: Range;
  /** Where a fetch init object literal ends, for suggestions. */
  initRange?: Range;
}

/** The body of an agent tool: code the model can make run. */
export interface ToolFact {
  /** The tool's name, when it has one (`lookupPolicy`); undefined for an anonymous inline function. */
  name: string | undefined;
  /** Absolute path of the file holding the tool's function, when it is not the analysed one (scanner only). */
  fileName?: string;
  /**
   * Where the tool is registered, when its function lies in another file: in the analysed file
   * while collecting; the scanner adds `fileName` when it hands the tool to its function's file.
   */
  registered?: { fileName?: string; range: Range };
  range: Range;
}

/** One call followed from a tool body into a project function (a helper). */
export interface ChainStep {
  /** The helper as called (`getPolicy`, `http.get`). */
  callee: string;
  /** Absolute path of the file holding the call. */
  fileName: string;
  /** The callee at the call. */
  range: Range;
  /** Absolute path of the file where the helper is written, and the line of its name. */
  definedIn: string;
  line: number;
}

/** An HTTP call at the end of a chain, judged with the arguments the chain passed down. */
export interface ChainNetworkCall {
  client: 'fetch' | 'axios';
  /** The callee as written (`fetch`, `api.get`). */
  call: string;
  problem: TimeoutProblem;
  detail: string | undefined;
  /** Absolute path of the file holding the call. */
  fileName: string;
  /** The callee of the call. */
  range: Range;
  line: number;
  /**
   * The call judged on its own, with its helper's parameters unknown: what its own file reports
   * at it (`range` is where); undefined when it has a deadline of its own or its options are forwarded.
   */
  own: { problem: TimeoutProblem; detail: string | undefined; range: Range } | undefined;
}

/** A tool that reaches an HTTP call without a deadline through project functions. */
export interface ChainFact {
  /** The tool's name, when it has one. */
  tool: string | undefined;
  /** Where the tool is registered in the analysed file, when its body lies in another file. */
  registeredAt?: Range;
  /** The calls followed, from the one in the tool body; at least one. */
  steps: ChainStep[];
  network: ChainNetworkCall;
}

/** A use of message content as a string inside a termination or routing predicate. */
export interface ContentUseFact {
  /** The content expression as written (`msg.content`). */
  expression: string;
  /** The string operation (`.includes()`, `=== "TERMINATE"`, `RegExp#test`). */
  operation: string;
  nullHandled: boolean;
  listHandled: boolean;
  /**
   * What a list does at this use: `throws` (`.endsWith` does not exist on arrays), `false`
   * (`.includes` is quietly false), or `skipped` (a `typeof` check returns before reading it).
   */
  listOutcome: 'throws' | 'false' | 'skipped';
  /**
   * The declared type at the use, after TypeScript's narrowing, when the scanner's checker
   * knows it (not `any`/`unknown`); `nullHandled` and `listHandled` then follow it, and a
   * nullable type is a risk whatever the framework says.
   */
  type?: ContentTypeFact;
  range: Range;
}

export interface ContentTypeFact {
  /** As TypeScript prints it (`string | MessageContentComplex[]`). */
  text: string;
  /** Whether the type admits null or undefined; undefined without `strictNullChecks`. */
  nullable: boolean | undefined;
  list: boolean;
  /** Before narrowing: a `typeof` guard that skips lists leaves a declared list type unread. */
  declared: { text: string; list: boolean };
}

export interface PredicateFact {
  framework: string;
  /** What the predicate is (`isTerminationMsg`, `router of addConditionalEdges`). */
  role: string;
  /** Absolute path of the file holding the function, when it is not the analysed one. */
  fileName: string | undefined;
  /** Where the predicate is used, for the scanner's trace. */
  usedAt: Range;
  /** Whether the framework's message content can be null or undefined (AutoGen 0.2 tool calls); lists are always possible. */
  nullableContent: boolean;
  uses: ContentUseFact[];
}

export interface FileFacts {
  fileName: string;
  bounds: BoundFact[];
  missingBounds: MissingBoundFact[];
  initiators: InitiatorFact[];
  inputModes: InputModeFact[];
  prompts: PromptFact[];
  entries: EntryFact[];
  /** The file checks `process.stdin.isTTY` (or stdout): it expects a terminal. */
  ttyGuarded: boolean;
  network: NetworkFact[];
  /** The file sets `axios.defaults.timeout` (or an instance's) to a positive value. */
  axiosDefaultsTimeout: boolean;
  tools: ToolFact[];
  /** HTTP calls without a deadline that tools registered in this file reach through helpers. */
  chains: ChainFact[];
  predicates: PredicateFact[];
  /** Internal errors met while collecting (a bug in halting, never in the user's code). */
  errors: string[];
}

export function createFileFacts(fileName: string): FileFacts {
  return {
    fileName,
    bounds: [],
    missingBounds: [],
    initiators: [],
    inputModes: [],
    prompts: [],
    entries: [],
    ttyGuarded: false,
    network: [],
    axiosDefaultsTimeout: false,
    tools: [],
    chains: [],
    predicates: [],
    errors: [],
  };
}
