// The UV index's WHO category and the sentence over the next two hours' quarter-hours.
import { describe, expect, it } from 'vitest';
import { nextTwoHoursSentence, uvCategory, type QuarterHoursInput } from '../../renderer/uv-and-rain-words.ts';
import { ENGLISH } from './wordings.ts';

/** Quarter-hours ending 12:15 ... in Berlin's winter time; `amounts[i]` falls in the quarter ending at 12:15 + 15 i. */
function quarters(amounts: (number | null)[], source: QuarterHoursInput['source'] = 'regional-model'): QuarterHoursInput {
  const first = Date.parse('2026-11-25T12:15:00+01:00');
  const local = (ms: number): string => `${new Date(ms + 3_600_000).toISOString().slice(0, 16)}:00+01:00`;
  return { source, intervalMinutes: 15, points: amounts.map((precipitation, i) => ({ time: local(first + i * 900_000), precipitation })) };
}
const NOW = Date.parse('2026-11-25T12:05:00+01:00');

describe('UV category', () => {
  it('reads the index as the WHO does, a whole number: 0-2 low, 3-5 moderate, 6-7 high, 8-10 very high, 11+ extreme', () => {
    const cases: [number, string][] = [
      [0, 'Low'],
      [2.4, 'Low'],
      [2.5, 'Moderate'],
      [5.4, 'Moderate'],
      [6, 'High'],
      [7.49, 'High'],
      [8, 'Very high'],
      [10.4, 'Very high'],
      [10.5, 'Extreme'],
      [14, 'Extreme'],
    ];
    expect(cases.map(([value]) => uvCategory(value).label(ENGLISH))).toEqual(cases.map(([, label]) => label));
  });
});

describe('the next two hours in one sentence', () => {
  it('says when rain starts, on the place’s clock, and how heavy its wettest quarter-hour is', () => {
    expect(nextTwoHoursSentence(quarters([0, 0, 0.2, 0.4, 0, 0, 0, 0, 0]), false, NOW, ENGLISH)).toBe('Rain from 12:30, light');
    expect(nextTwoHoursSentence(quarters([0, 0, 0, 0.3, 1.2, 0.4, 0, 0, 0]), false, NOW, ENGLISH)).toBe('Rain from 12:45, moderate');
    expect(nextTwoHoursSentence(quarters([0, 0, 0, 0, 0, 0, 0.5, 2.5, 1]), false, NOW, ENGLISH)).toBe('Rain from 13:30, heavy');
  });

  it('counts a spell through a dry quarter-hour, not through half an hour', () => {
    expect(nextTwoHoursSentence(quarters([0, 0.2, 0, 1.5, 0, 0, 0, 0, 0]), false, NOW, ENGLISH)).toBe('Rain from 12:15, moderate');
    expect(nextTwoHoursSentence(quarters([0, 0.2, 0, 0, 1.5, 0, 0, 0, 0]), false, NOW, ENGLISH)).toBe('Rain from 12:15, light');
  });

  it('says it is raining when the running quarter-hour is wet, and dry when nothing reaches 0.1 mm', () => {
    expect(nextTwoHoursSentence(quarters([0.3, 0.3, 0, 0, 0, 0, 0, 0, 0]), false, NOW, ENGLISH)).toBe('Rain now, light');
    expect(nextTwoHoursSentence(quarters([0, 0.05, 0, null, 0, 0.09, 0, 0, 0]), false, NOW, ENGLISH)).toBe('No rain in the next two hours');
  });

  it('reads inches as inches, and leaves out quarter-hours already over or more than two hours away', () => {
    expect(nextTwoHoursSentence(quarters([0, 0, 0, 0, 0.04, 0, 0, 0, 0]), true, NOW, ENGLISH)).toBe('Rain from 13:00, moderate');
    expect(nextTwoHoursSentence(quarters([0.5, 0, 0, 0, 0, 0, 0, 0, 0]), false, NOW + 15 * 60_000, ENGLISH)).toBe('No rain in the next two hours');
    expect(nextTwoHoursSentence(quarters([0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5]), false, NOW, ENGLISH)).toBe('No rain in the next two hours');
  });
});
