// A catalogue's messages with their placeholders filled, through intl-messageformat: ICU plurals by
// the language's own rules ("1 minuta", "2 minuty", "5 minut"), numbers in its digits. Each message
// is compiled on first use and kept.
import { IntlMessageFormat } from 'intl-messageformat';
import { cached } from './cached.ts';
import { isolatePlaceholders } from './isolate-placeholders.ts';
import type { TextDirection } from './locales.ts';
import { en } from './messages/en.ts';
import type { MessageValuesFor } from './message-arguments.ts';
import type { Catalogue, MessageKey } from './messages/en.ts';

/** The message for a key with its placeholders filled; the values a message needs are type-checked. */
export type MessageFormatter = <K extends MessageKey>(key: K, ...values: MessageValuesFor<K>) => string;

function messageText(formatted: unknown): string {
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

/** A message compiled for its locale; in right-to-left text each value is isolated. */
function compile(message: string, locale: string, direction: TextDirection): IntlMessageFormat {
  const format = new IntlMessageFormat(message, locale);
  return direction === 'rtl' ? new IntlMessageFormat(isolatePlaceholders(format.getAst()), locale) : format;
}

/**
 * `t` for one catalogue; `formatLocale` sets the plural rules' language and the digits of `#`.
 * Without a catalogue (a language not translated yet), English with English plural rules.
 * `direction` 'rtl' isolates every filled-in value from the text around it (isolate-placeholders.ts);
 * left-to-right text is left exactly as written.
 */
export function messageFormatter(catalogue: Catalogue | null, formatLocale: string, direction: TextDirection = 'ltr'): MessageFormatter {
  const compiled = cached((key: MessageKey) => {
    // A key a translation lacks (the catalogue check fails on it) still reads, in English.
    const own = catalogue?.[key];
    return own === undefined ? compile(en[key], 'en', direction) : compile(own, formatLocale, direction);
  });
  return (key, ...[values]) => messageText(compiled(key).format(values));
}
