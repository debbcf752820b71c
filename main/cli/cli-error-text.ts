// What the CLI says about a failed fetch. The engine's messages are written for the app, which
// keeps retrying on its own ("Skytray will try again later"); a command that has ended cannot
// promise that, so for the failures that pass the CLI says what the person can do instead.
import type { WeatherErrorInfo } from '../core/errors.ts';

/** A query or name shown as a label before an error: long ones are cut, never echoed whole. */
const LABEL_LIMIT = 60;

export function cliErrorText(error: WeatherErrorInfo): string {
  const provider = error.provider ?? 'The weather service';
  switch (error.code) {
    case 'server':
      return `${provider} is having trouble${error.status ? ` (HTTP ${error.status})` : ''}. Try again in a few minutes.`;
    case 'rate-limited':
      // The queue's own words already say when the next try is.
      return error.message.startsWith('Rate limited by') ? error.message : `${provider} is limiting requests right now. Try again in a minute.`;
    default:
      return error.message;
  }
}

/** The error as --json prints it: the same fields, with the CLI's words. */
export function cliErrorInfo(error: WeatherErrorInfo): WeatherErrorInfo {
  return { ...error, message: cliErrorText(error) };
}

export function cliLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_LIMIT ? flat : `${flat.slice(0, LABEL_LIMIT - 1)}…`;
}
