// What the CLI says about a failed fetch. The app keeps retrying on its own ("Skytray will try
// again later"); a command that has ended cannot promise that, so for the failures that pass the
// CLI says what the person can do instead. A person reads it in their language; --json carries
// the same words in English, as it always has.
import type { WeatherErrorInfo } from '../core/errors.ts';
import { errorText, type ErrorTextInfo } from '../wording/error-text.ts';
import { createWording, type Wording } from '../wording/wording.ts';

/** A query or name shown as a label before an error: long ones are cut, never echoed whole. */
const LABEL_LIMIT = 60;

/** JSON's words never change with the person's language: scripts read them. */
const JSON_WORDING = createWording('en');

export function cliErrorText(wording: Wording, error: ErrorTextInfo): string {
  return errorText(wording, error, { retrying: false });
}

/**
 * The error as --json prints it: the engine's English message, except where the CLI words it
 * differently (a trouble that passes), and the same four fields as ever.
 */
export function cliErrorInfo(error: WeatherErrorInfo): WeatherErrorInfo {
  const ownWords = error.code === 'server' || (error.code === 'rate-limited' && error.detail?.kind !== 'next-try');
  return { code: error.code, message: ownWords ? cliErrorText(JSON_WORDING, error) : error.message, provider: error.provider, status: error.status };
}

export function cliLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_LIMIT ? flat : `${flat.slice(0, LABEL_LIMIT - 1)}…`;
}
