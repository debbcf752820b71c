import { describe, expect, it } from 'vitest';
import { formatOffset, isValidTimeZone, localDate, toLocalIso } from '../../../main/core/model/local-time.ts';

describe('local time', () => {
  it('writes a moment in the place’s own offset, following daylight saving', () => {
    expect(toLocalIso(Date.UTC(2026, 10, 25, 6, 41), 'Europe/Berlin')).toBe('2026-11-25T07:41:00+01:00');
    expect(toLocalIso(Date.UTC(2026, 6, 25, 6, 41), 'Europe/Berlin')).toBe('2026-07-25T08:41:00+02:00');
    expect(toLocalIso(Date.UTC(2026, 10, 25, 0, 0), 'Asia/Kathmandu')).toBe('2026-11-25T05:45:00+05:45');
    expect(toLocalIso(Date.UTC(2026, 10, 25, 12), '-03:30')).toBe('2026-11-25T08:30:00-03:30');
    expect(localDate(Date.UTC(2026, 10, 25, 23, 30), 'Pacific/Auckland')).toBe('2026-11-26');
  });

  it('formats offsets and recognises zones', () => {
    expect(formatOffset(19800)).toBe('+05:30');
    expect(formatOffset(-12600)).toBe('-03:30');
    expect(isValidTimeZone('America/St_Johns')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
