// The placeholders of each English message, read by the type checker from the message itself, so
// t('common.freshness.updated') without `{ age }`, or with `{ ages }`, is a type error. Every
// catalogue has the same placeholders (the catalogue check sees to that), so English's are all.
import type { MessageKey, en } from './messages/en.ts';

/** A placeholder's value: text, a number (formatted and pluralised for the language) or a date. */
type MessageValue = string | number | Date;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** `count` from "count, plural, one {# place", `age` from "age"; never for "# place" or "{used". */
type NameAt<S extends string> =
  Trim<S extends `${infer Name},${string}` ? Name : S> extends infer N extends string
    ? N extends '' | `${string}${' ' | '{' | '#' | "'"}${string}`
      ? never
      : N
    : never;

/** Every `{name}`, `{name, plural, …}` and `{name, select, …}` in a message, inside branches too. */
type PlaceholderNames<S extends string> = S extends `${string}{${infer Rest}`
  ? (Rest extends `${infer Head}}${string}` ? NameAt<Head> : never) | PlaceholderNames<Rest>
  : never;

/** The placeholders of one key's message. */
type MessageArguments<K extends MessageKey> = PlaceholderNames<(typeof en)[K]>;

/** What t() takes after the key: nothing for a message without placeholders, else a value for each. */
export type MessageValuesFor<K extends MessageKey> = [MessageArguments<K>] extends [never]
  ? [values?: Readonly<Record<string, never>>]
  : [values: Readonly<Record<MessageArguments<K>, MessageValue>>];
