// Reading warning messages defensively: one message that cannot be read is set aside and counted,
// never allowed to hide the others; an answer that is not a list of messages at all is 'malformed'.
import { WeatherError } from '../errors.ts';
import { ShapeError, stringOrNull } from '../providers/json-shape.ts';
import type { WeatherAlert } from './alert.ts';

export type ParsedAlerts = Readonly<{
  /** Every readable message, Updates and Cancels included: `activeAlerts` decides what is in force. */
  messages: readonly WeatherAlert[];
  /** Why each unreadable message could not be read, for the log. */
  unreadable: readonly string[];
  /** Warnings of a country-wide feed that name other areas: "2 more elsewhere in the country". */
  elsewhere: number;
}>;

/** Text a person reads, or null when the issuer left it empty. */
export function text(value: unknown, path: string): string | null {
  const s = stringOrNull(value, path)?.trim();
  return s ? s : null;
}

/** An ISO 8601 instant, kept as sent; null when absent. */
export function instant(value: unknown, path: string): string | null {
  const s = text(value, path);
  if (s !== null && Number.isNaN(Date.parse(s))) throw new ShapeError(path, 'an ISO 8601 time', value);
  return s;
}

/**
 * Each item read on its own: a ShapeError costs that item, counted in `unreadable`; `null` from `read`
 * means the item is deliberately not a public warning (a test message, an Ack).
 */
export function readEach<T>(items: readonly T[], read: (item: T, index: number) => WeatherAlert | null): ParsedAlerts {
  const messages: WeatherAlert[] = [];
  const unreadable: string[] = [];
  items.forEach((item, index) => {
    try {
      const message = read(item, index);
      if (message) messages.push(message);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      unreadable.push(error.message);
    }
  });
  return { messages, unreadable, elsewhere: 0 };
}

/** Runs a parser; an answer in the wrong shape becomes the typed error every caller handles. */
export function parseAlertsOrFail(label: string, parse: () => ParsedAlerts): ParsedAlerts {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw malformedFeed(error, label);
  }
}

export function malformedFeed(error: ShapeError, label: string): WeatherError {
  return new WeatherError('malformed', `${label} sent warnings Skytray does not understand.`, {
    provider: label,
    status: 200,
    cause: error.message,
  });
}
