import { describe, expect, it } from 'vitest';
import type { PlaceholderNames } from '../../main/wording/message-arguments.ts';

/** True only when both types are the same; a mismatch is a type error at the `true` below. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(verdict: Equal<A, B>): Equal<A, B> => verdict;

describe("the placeholders read from a message's text", () => {
  it('are the names of plain placeholders, plurals and choices, inside branches too', () => {
    expect(same<PlaceholderNames<'Updated {age}'>, 'age'>(true)).toBe(true);
    expect(same<PlaceholderNames<'{n, plural, one {# at {place}} other {# at {place} by {who}}}'>, 'n' | 'place' | 'who'>(true)).toBe(true);
    expect(same<PlaceholderNames<'{when, time, short} and {size, number, ::percent}'>, 'when' | 'size'>(true)).toBe(true);
    expect(same<PlaceholderNames<'No placeholders at all'>, never>(true)).toBe(true);
  });

  it("never take a choice's one-word branch for a placeholder", () => {
    expect(same<PlaceholderNames<'{window, select, hour {Hourly} other {Daily}}'>, 'window'>(true)).toBe(true);
    expect(same<PlaceholderNames<'{count, plural, =0 {none} one {# item} other {# items}}'>, 'count'>(true)).toBe(true);
    expect(same<PlaceholderNames<'{rank, selectordinal, one {#st} other {#th}} of {total}'>, 'rank' | 'total'>(true)).toBe(true);
    expect(same<PlaceholderNames<'{a, select, x {{b, plural, one {one} other {{c}}}} other {plain}} then {d}'>, 'a' | 'b' | 'c' | 'd'>(true)).toBe(true);
  });

  it('follow ICU apostrophe quoting', () => {
    expect(same<PlaceholderNames<"Type '{name}' literally">, never>(true)).toBe(true);
    expect(same<PlaceholderNames<"It''s {place}'s turn">, 'place'>(true)).toBe(true);
    expect(same<PlaceholderNames<"Don't '{skip}' but {keep}">, 'keep'>(true)).toBe(true);
  });

  it('differ from a wrong answer, so the checks above can fail', () => {
    // @ts-expect-error 'Hourly' is a branch, not a placeholder
    expect(same<PlaceholderNames<'{window, select, hour {Hourly} other {Daily}}'>, 'window' | 'Hourly'>(true)).toBe(true);
  });
});
