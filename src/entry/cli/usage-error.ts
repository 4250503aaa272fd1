/** A problem with what the user asked for (arguments, input files): printed plainly, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
