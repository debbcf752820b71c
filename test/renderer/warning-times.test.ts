// Warning times as the window writes them: an issuer's instant read on the place's own clock.
import { describe, expect, it } from 'vitest';
import { weekdayClockIn } from '../../main/wording/time.ts';

describe('weekdayClockIn', () => {
  it("reads an instant with the issuer's offset on the place's zone, across a date line and daylight saving", () => {
    // 2026-11-25 was a Wednesday.
    expect(weekdayClockIn('2026-11-25T18:00:00+00:00', 'Europe/Berlin')).toBe('Wed 19:00');
    expect(weekdayClockIn('2026-11-25T18:00:00-05:00', 'Asia/Tokyo')).toBe('Thu 08:00');
    expect(weekdayClockIn('2026-07-01T12:00:00Z', 'Europe/Berlin')).toBe('Wed 14:00');
    expect(weekdayClockIn('2026-11-25T00:30:00+01:00', 'America/Anchorage')).toBe('Tue 14:30');
  });

  it("keeps the issuer's own clock for a zone still to be worked out, and says nothing for no time", () => {
    expect(weekdayClockIn('2026-11-25T07:15:00+09:00', 'auto')).toBe('Wed 07:15');
    expect(weekdayClockIn(null, 'Europe/Berlin')).toBe('–');
    expect(weekdayClockIn('soon', 'Europe/Berlin')).toBe('–');
  });
});
