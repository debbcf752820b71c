// A catalogue's messages with their placeholders filled, through intl-messageformat: ICU plurals by
// the language's own rules ("1 minuta", "2 minuty", "5 minut"), numbers in its digits. Each message
// is compiled on first use and kept.
import { IntlMessageFormat } from 'intl-messageformat';
import { cached } from './cached.ts';
import { en } from './messages/en.ts';
import type { MessageValuesFor } from './message-arguments.ts';
import type { Catalogue, MessageKey } from './messages/en.ts';

/** The message for a key with its placeholders filled; the values a message needs are type-checked. */
export type MessageFormatter = <K extends MessageKey>(key: K, ...values: MessageValuesFor<K>) => string;

function messageText(formatted: unknown): string {
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

/**
 * `t` for one catalogue; `formatLocale` sets the plural rules' language and the digits of `#`.
 * Without a catalogue (a language not translated yet), English with English plural rules.
 */
export function messageFormatter(catalogue: Catalogue | null, formatLocale: string): MessageFormatter {
  const compiled = cached((key: MessageKey) => {
    // A key a translation lacks (the catalogue check fails on it) still reads, in English.
    const own = catalogue?.[key];
    return own === undefined ? new IntlMessageFormat(en[key], 'en') : new IntlMessageFormat(own, formatLocale);
  });
  return (key, ...[values]) => messageText(compiled(key).format(values));
}
