// Time-zone arithmetic for the local provider, written apart from Skytray's own on purpose.

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** UTC offset of `timeZone` at `epochMs`, in seconds. */
export function offsetSeconds(epochMs: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, f);
  }
  const name = f.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60;
  return m[1] === '-' ? -seconds : seconds;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Epoch seconds of local midnight of the local day containing `epochMs`. */
export function localMidnight(epochMs: number, timeZone: string): number {
  const local = epochMs + offsetSeconds(epochMs, timeZone) * 1000;
  const midnightAsUtc = Math.floor(local / 86_400_000) * 86_400_000;
  // The offset at midnight can differ from now's on a DST day: settle it with a second look.
  const guess = midnightAsUtc - offsetSeconds(midnightAsUtc, timeZone) * 1000;
  return Math.round((midnightAsUtc - offsetSeconds(guess, timeZone) * 1000) / 1000);
}

/** `2026-11-25T07:00` in the zone, as Open-Meteo's iso8601 time format writes it. */
export function localIsoMinutes(epochSeconds: number, timeZone: string): string {
  const shifted = new Date((epochSeconds + offsetSeconds(epochSeconds * 1000, timeZone)) * 1000);
  return shifted.toISOString().slice(0, 16);
}

export function abbreviation(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
}
