// What the tray shows, as a pure function of the service's state: the icon's temperature and
// condition, the title (macOS), the tooltip (also what a screen reader reads) and the menu.
import type { ConditionCode, Weather } from '../core/model/model.ts';
import type { PlaceSnapshot, ServiceStatus } from '../core/service/service-types.ts';
import { conditionWords } from '../wording/condition.ts';
import { freshnessOf, freshnessSummary, updatedNote } from '../wording/freshness.ts';
import { describePlace } from '../wording/place.ts';
import { formatTemperature, wholeDegrees } from '../wording/temperature.ts';

export type TrayState = 'ok' | 'stale' | 'offline' | 'empty';

export type TrayIconModel = Readonly<{
  /** Whole degrees, as the tooltip writes them; null when there is nothing to show. */
  temperature: number | null;
  condition: ConditionCode | null;
  /** Night at the place (the condition's icon says so): a clear sky is not drawn sun-orange. */
  night: boolean;
  state: TrayState;
}>;

export type TrayMenuItem =
  | Readonly<{ kind: 'place'; favouriteId: number; label: string; primary: boolean }>
  | Readonly<{ kind: 'info'; label: string }>
  | Readonly<{ kind: 'separator' }>
  | Readonly<{ kind: 'action'; action: 'refresh' | 'open' | 'settings' | 'quit'; label: string; enabled: boolean }>;

export type TrayModel = Readonly<{
  icon: TrayIconModel;
  /** Text beside the icon where the OS has tray titles (macOS); null elsewhere. */
  title: string | null;
  tooltip: string;
  menu: readonly TrayMenuItem[];
}>;

export type TrayInput = Readonly<{
  snapshots: readonly PlaceSnapshot[];
  status: ServiceStatus;
  /** Whether the OS shows a text title next to tray icons (macOS). */
  hasTitle: boolean;
}>;

/** "7°C, Partly cloudy": the reading the tooltip and the menu give for a place. */
const reading = (w: Weather): string => `${formatTemperature(w.current.temperature, w.units.temperature)}, ${conditionWords(w.current.condition.code)}`;

function placeLabel(s: PlaceSnapshot): string {
  const name = `${s.favourite.primary ? '★ ' : ''}${describePlace(s.favourite.place)}`;
  if (!s.weather) return `${name}: ${s.lastError ? 'unavailable' : 'loading…'}`;
  return `${name}: ${reading(s.weather)}${s.stale ? ' (stale)' : ''}`;
}

function stateOf(primary: PlaceSnapshot | undefined, status: ServiceStatus): TrayState {
  if (!primary) return 'empty';
  if (!status.online) return 'offline';
  return primary.stale || !primary.weather ? 'stale' : 'ok';
}

function tooltipFor(primary: PlaceSnapshot | undefined, state: TrayState): string {
  if (!primary) return 'Skytray: no places yet. Open Skytray to add one.';
  const { name } = primary.favourite.place;
  if (!primary.weather) return `Skytray: ${name}, no weather yet${primary.lastError ? ` (${primary.lastError.message})` : ''}.`;
  const freshness = freshnessOf(state !== 'offline', state === 'stale');
  return `${name}: ${reading(primary.weather)} (${updatedNote(primary.ageMs, freshness)})`;
}

function menuFor(snapshots: readonly PlaceSnapshot[], status: ServiceStatus): TrayMenuItem[] {
  const { refresh } = status;
  return [
    ...snapshots.map((s): TrayMenuItem => ({ kind: 'place', favouriteId: s.favourite.id, label: placeLabel(s), primary: s.favourite.primary })),
    ...(snapshots.length ? [{ kind: 'separator' } as const] : []),
    { kind: 'info', label: freshnessSummary(snapshots, status.online) },
    {
      kind: 'action',
      action: 'refresh',
      label: refresh.running ? `Refreshing… ${refresh.done}/${refresh.total}` : 'Refresh now',
      enabled: !refresh.running && snapshots.length > 0,
    },
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: 'Open Skytray', enabled: true },
    { kind: 'action', action: 'settings', label: 'Settings…', enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: 'Quit Skytray', enabled: true },
  ];
}

export function buildTrayModel({ snapshots, status, hasTitle }: TrayInput): TrayModel {
  const primary = snapshots.find((s) => s.favourite.primary) ?? snapshots[0];
  const state = stateOf(primary, status);
  const weather = primary?.weather ?? null;
  const temperature = weather?.current.temperature ?? null;
  return {
    icon: {
      temperature: temperature === null ? null : wholeDegrees(temperature),
      condition: weather?.current.condition.code ?? null,
      night: weather?.current.condition.icon.endsWith('-night') ?? false,
      state,
    },
    title: hasTitle && weather ? formatTemperature(temperature, '°') : null,
    tooltip: tooltipFor(primary, state),
    menu: menuFor(snapshots, status),
  };
}
