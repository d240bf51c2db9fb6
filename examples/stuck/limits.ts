// Shared limits. "No limit" here becomes an endless chat wherever it is used.
export const CHAT_LIMITS = {
  turns: Infinity,
  autoReplies: null,
} as const;
