import { createWording } from '../wording/wording.ts';
import type { Wording } from '../wording/wording.ts';

/** What a usage error says, in the Wording's language. */
export type UsageWords = (wording: Wording) => string;

/**
 * The command line itself is wrong: said in words, with the usage, and exit status 2. Its message
 * is English (for a programmer who catches it); `text` is what the person reads.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly #words: UsageWords;

  constructor(words: UsageWords) {
    super(words(createWording('en')));
    this.#words = words;
  }

  text(wording: Wording): string {
    return this.#words(wording);
  }
}
