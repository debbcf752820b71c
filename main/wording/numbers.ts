// Every number a person reads is rounded and written here, so the tray, the window and the CLI
// agree to the digit, and a locale's digits and separators can later be applied in one place
// (Intl.NumberFormat with the same half-away-from-zero rounding and signDisplay 'negative').

/** What stands in for a value the provider did not give. */
export const UNKNOWN = '–';

/**
 * "3", "-2.5", "0.04": rounded half away from zero (as Intl.NumberFormat does) to exactly `digits`
 * decimals. Never "-0": a value that rounds to zero has no sign.
 */
export function formatNumber(value: number, digits: number): string {
  // toFixed rounds the exact decimal value half up; on the magnitude that is half away from zero.
  const magnitude = Math.abs(value).toFixed(digits);
  return value < 0 && Number(magnitude) !== 0 ? `-${magnitude}` : magnitude;
}

/** The number formatNumber writes, as a number: what a drawing shows must match the words beside it. */
export function roundNumber(value: number, digits: number): number {
  return Number(formatNumber(value, digits));
}

/** "83%"; UNKNOWN when there is no value. */
export function formatPercent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? UNKNOWN : `${formatNumber(value, 0)}%`;
}
