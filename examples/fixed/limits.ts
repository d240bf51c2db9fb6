// Hard ceilings for every chat: the model decides when to stop, these decide when it must.
export const CHAT_LIMITS = {
  turns: 12,
  autoReplies: 8,
} as const;
