// The placeholders of each English message, read by the type checker from the message itself, so
// t('common.freshness.updated') without `{ age }`, or with `{ ages }`, is a type error. Every
// catalogue has the same placeholders (the catalogue check sees to that), so English's are all.
// The reader walks the braces as ICU does: a plural's or choice's option bodies are text (with
// placeholders of their own), not placeholders, and text quoted with an apostrophe ('{name}') is
// literal.
import type { MessageKey, en } from './messages/en.ts';

/** A placeholder's value: text, a number (formatted and pluralised for the language) or a date. */
type MessageValue = string | number | Date;

type Trim<S extends string> = S extends ` ${infer R}` | `\n${infer R}` ? Trim<R> : S extends `${infer R} ` | `${infer R}\n` ? Trim<R> : S;

/** A placeholder's name as written: a word, never empty or holding a space, brace, '#' or apostrophe. */
type Name<S extends string> = Trim<S> extends infer N extends string ? (N extends '' | `${string}${' ' | '{' | '}' | '#' | "'"}${string}` ? never : N) : never;

/** Whether a string holds none of the given characters. */
type Free<S extends string, C extends string> = S extends `${string}${C}${string}` ? false : true;

/**
 * Message text up to its closing '}' (or the end): [the names of its placeholders, what follows].
 * Jumps from one '{', '}' or apostrophe to the next, whichever comes first.
 */
type Text<S extends string, Found extends string = never> = S extends `${infer Before}{${infer Rest}`
  ? Free<Before, '}' | "'"> extends true
    ? Placeholder<Rest> extends [infer N extends string, infer After extends string]
      ? Text<After, Found | N>
      : [Found, '']
    : TextAfterCloseOrQuote<S, Found>
  : TextAfterCloseOrQuote<S, Found>;

type TextAfterCloseOrQuote<S extends string, Found extends string> = S extends `${infer Before}}${infer Rest}`
  ? Free<Before, "'"> extends true
    ? [Found, Rest]
    : Quote<S, Found>
  : Quote<S, Found>;

/** ICU's apostrophe: '' is one apostrophe; before '{', '}' or '#' it quotes up to the next one. */
type Quote<S extends string, Found extends string> = S extends `${string}'${infer Rest}`
  ? Rest extends `'${infer After}`
    ? Text<After, Found>
    : Rest extends `${'{' | '}' | '#'}${string}`
      ? Rest extends `${string}'${infer After}`
        ? Text<After, Found>
        : [Found, '']
      : Text<Rest, Found>
  : [Found, ''];

/** After a '{': `name}`, `name, number…}` or `name, plural|select|selectordinal, options}`. */
type Placeholder<S extends string> = S extends `${infer Head}}${infer Rest}`
  ? Free<Head, ','> extends true
    ? [Name<Head>, Rest]
    : S extends `${infer Head},${infer Kind},${infer Options}`
      ? Trim<Kind> extends 'plural' | 'select' | 'selectordinal'
        ? Choices<Options> extends [infer N extends string, infer After extends string]
          ? [Name<Head> | N, After]
          : [Name<Head>, '']
        : [Name<Head>, Rest]
      : S extends `${infer Head},${string}}${infer After}`
        ? [Name<Head>, After]
        : [never, '']
  : [never, ''];

/** A plural's or choice's options: `one {# place} =0 {none} other {…}}`; each body is text. */
type Choices<S extends string, Found extends string = never> = S extends `${infer Key}{${infer Body}`
  ? Free<Key, '}'> extends true
    ? Text<Body> extends [infer N extends string, infer After extends string]
      ? Choices<After, Found | N>
      : [Found, '']
    : S extends `${string}}${infer After}`
      ? [Found, After]
      : [Found, '']
  : S extends `${string}}${infer After}`
    ? [Found, After]
    : [Found, ''];

/** Every placeholder name in a message, inside plural and choice branches too. */
export type PlaceholderNames<S extends string> = Text<S>[0];

/** The placeholders of one key's message. */
type MessageArguments<K extends MessageKey> = PlaceholderNames<(typeof en)[K]>;

/** What t() takes after the key: nothing for a message without placeholders, else a value for each. */
export type MessageValuesFor<K extends MessageKey> = [MessageArguments<K>] extends [never]
  ? [values?: Readonly<Record<string, never>>]
  : [values: Readonly<Record<MessageArguments<K>, MessageValue>>];
