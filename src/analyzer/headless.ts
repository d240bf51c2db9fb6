/**
 * Whether a file runs without a terminal, and why. A file is headless when it is an
 * entry of a headless kind (server, handler, worker, cron job, CI action), matches a
 * `headless` glob, or (scanner) is imported from such an entry. A TTY check or an
 * `interactive` glob says it expects a terminal, and that wins.
 */
import picomatch from 'picomatch';
import type { HeadlessSettings } from './checks/types.js';
import type { FileFacts } from './facts.js';

const matchers = new Map<string, (path: string) => boolean>();

function matches(globs: readonly string[], relativePath: string): boolean {
  return globs.some((glob) => {
    let matcher = matchers.get(glob);
    if (!matcher) {
      matcher = picomatch(glob, { dot: true });
      matchers.set(glob, matcher);
    }
    return matcher(relativePath);
  });
}

/** Whether the file says it expects a terminal. */
export function isInteractive(facts: FileFacts, settings: HeadlessSettings, relativePath: string): boolean {
  return facts.ttyGuarded || matches(settings.interactive, relativePath);
}

/** Why the file runs headless on its own (not through imports), or undefined. */
export function getOwnHeadlessReason(facts: FileFacts, settings: HeadlessSettings, relativePath: string): string | undefined {
  if (isInteractive(facts, settings, relativePath)) return undefined;
  const entry = facts.entries[0];
  if (entry) return `this file ${entry.reason}`;
  if (matches(settings.headless, relativePath)) return 'this file matches the `headless` setting';
  return undefined;
}
