// The AutoGen-style API these examples are written against: a port or wrapper of AutoGen 0.2,
// whose message content follows AutoGen's (text, a list of parts, or null on a tool call).
// Declarations only: nothing here is meant to run.

export interface ContentPart {
  type: string;
  text?: string;
}

export interface ChatMessage {
  role: string;
  content: string | ContentPart[] | null;
}

export interface AgentConfig {
  name: string;
  humanInputMode?: 'ALWAYS' | 'TERMINATE' | 'NEVER';
  maxConsecutiveAutoReply?: number | null;
  isTerminationMsg?: (message: ChatMessage) => boolean;
}

export interface ChatOptions {
  message: string;
  maxTurns?: number;
}

export declare class AssistantAgent {
  constructor(config: AgentConfig);
  registerFunction(tool: (...args: never[]) => unknown): void;
}

export declare class UserProxyAgent {
  constructor(config: AgentConfig);
  initiateChat(recipient: AssistantAgent, options: ChatOptions): Promise<ChatMessage[]>;
}
