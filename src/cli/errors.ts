/** A known error of the command line or the config: one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
