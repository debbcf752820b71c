// Temperatures: "7°C" in menus and the window, "7°" where the unit is understood, "-6.6°C" in
// the CLI table, and the whole degrees the tray icon draws.
import type { Units } from '../core/model/model.ts';
import { UNKNOWN, formatNumber, roundNumber } from './numbers.ts';

/** A unit to write after the number; '°' alone where the unit is clear from what is around it. */
export type TemperatureSymbol = Units['temperature'] | '°';

export type TemperatureOptions = Readonly<{
  /** Decimals to show. @default 0 */
  digits?: number;
}>;

/** "7°C", "-3°", "0°" (never "-0°"); UNKNOWN when there is no value. */
export function formatTemperature(value: number | null, symbol: TemperatureSymbol, options: TemperatureOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  return `${formatNumber(value, options.digits ?? 0)}${symbol}`;
}

/** The whole degrees drawn in the tray icon: rounded exactly as formatTemperature writes them, never -0. */
export function wholeDegrees(value: number): number {
  return roundNumber(value, 0);
}
