import { describe, expect, it } from 'vitest';
import { formatAge } from '../../main/wording/age.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('ages', () => {
  it('says "never" when there is no data', () => {
    expect(formatAge(null)).toBe('never');
  });

  it.each([
    [0, 'just now'],
    [MIN - 1, 'just now'],
    [MIN, '1 min ago'],
    [4 * MIN + 59_999, '4 min ago'],
    [HOUR - 1, '59 min ago'],
    [HOUR, '1 h ago'],
    [48 * HOUR - 1, '47 h ago'],
    [48 * HOUR, '2 days ago'],
    [72 * HOUR - 1, '2 days ago'],
    [72 * HOUR, '3 days ago'],
  ])('%i ms old is "%s"', (ageMs, words) => {
    expect(formatAge(ageMs)).toBe(words);
  });

  it('a clock that ran backwards still reads "just now", never a negative age', () => {
    expect(formatAge(-5 * MIN)).toBe('just now');
  });
});
