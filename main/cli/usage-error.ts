/** The command line itself is wrong: said in words, with the usage, and exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
