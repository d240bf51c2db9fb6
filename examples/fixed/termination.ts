import type { ChatMessage } from '../autogen.js';

// Content may be text, a list of parts, or null (a tool call): read the text of each.
function contentText(content: ChatMessage['content']): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part.text === 'string' ? part.text : '')).join('\n');
  return '';
}

export function isReportDone(message: ChatMessage): boolean {
  return contentText(message.content).includes('REPORT COMPLETE');
}
