// Precipitation amounts: a tenth of a millimetre is the smallest amount worth telling apart, but
// a tenth of an inch is 2.5 mm, so inches get two decimals ("0.04 in", not "0.0 in").
import type { Units } from '../core/model/model.ts';
import { UNKNOWN, formatNumber } from './numbers.ts';

const DIGITS: Record<Units['precipitation'], number> = { mm: 1, in: 2 };

/** "0.3 mm", "0.04 in"; UNKNOWN when there is no value. */
export function formatPrecipitation(amount: number | null, unit: Units['precipitation']): string {
  if (amount === null || !Number.isFinite(amount)) return UNKNOWN;
  return `${formatNumber(amount, DIGITS[unit])} ${unit}`;
}
