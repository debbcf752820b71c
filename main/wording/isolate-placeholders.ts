// Bidirectional isolation of the values put into right-to-left text. In an Arabic sentence a Latin
// place name with a comma and a full stop ("Washington, D.C.") or a minus-signed temperature would
// otherwise borrow the sentence's direction and have its neutral characters reordered. Each value
// goes between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, as Fluent does with
// its `useIsolating` option (https://projectfluent.org/fluent.js/bundle/ — FluentBundle's
// useIsolating, on by default) and as Unicode's UAX #9 recommends for inserted text.
import type { IntlMessageFormat } from 'intl-messageformat';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

// TYPE in @formatjs/icu-messageformat-parser, which intl-messageformat does not re-export:
// literal 0; argument 1, number 2, date 3, time 4 and the plural's `#` (pound) 7 are values.
const LITERAL = 0;
const VALUE_TYPES: ReadonlySet<number> = new Set<number>([1, 2, 3, 4, 7]);

function literal(value: string): Element {
  return { type: LITERAL, value };
}

/** The message's elements with every value isolated, inside plural, choice and tag branches too. */
export function isolatePlaceholders(elements: readonly Element[]): Element[] {
  return elements.flatMap((element): Element[] => {
    if (VALUE_TYPES.has(element.type)) return [literal(FIRST_STRONG_ISOLATE), element, literal(POP_DIRECTIONAL_ISOLATE)];
    if ('options' in element) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([name, option]) => [name, { ...option, value: isolatePlaceholders(option.value) }]),
      );
      return [{ ...element, options }];
    }
    if ('children' in element) return [{ ...element, children: isolatePlaceholders(element.children) }];
    return [element];
  });
}
