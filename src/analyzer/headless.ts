/**
 * Whether a file runs without a terminal, and why. A file is headless when it is an
 * entry of a headless kind (server, handler, worker, cron job, CI action), matches a
 * `headless` glob, or (scanner) is run by a deployment config or imported from a headless
 * entry. A TTY check or an `interactive` glob says it expects a terminal, and that wins.
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

/** Options of `getOwnHeadlessKind`. */
export interface OwnHeadlessOptions {
  /**
   * Whether the `headless` globs apply (default true). The scanner turns them off for a module
   * reached only from interactive entries (a `bin` with a TTY check).
   */
  globs?: boolean;
}

/** Why the file runs headless on its own (not through imports), as a bare phrase (`runs an HTTP server (\`express\`)`), or undefined. */
export function getOwnHeadlessKind(
  facts: FileFacts,
  settings: HeadlessSettings,
  relativePath: string,
  options: OwnHeadlessOptions = {},
): string | undefined {
  if (isInteractive(facts, settings, relativePath)) return undefined;
  const entry = facts.entries[0];
  if (entry) return entry.reason;
  if (options.globs !== false && matches(settings.headless, relativePath)) return 'matches the `headless` setting';
  return undefined;
}

/** Why the file runs headless on its own (not through imports), or undefined. */
export function getOwnHeadlessReason(
  facts: FileFacts,
  settings: HeadlessSettings,
  relativePath: string,
  options: OwnHeadlessOptions = {},
): string | undefined {
  const kind = getOwnHeadlessKind(facts, settings, relativePath, options);
  return kind === undefined ? undefined : `this file ${kind}`;
}
