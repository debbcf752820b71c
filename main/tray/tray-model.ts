// What the tray shows, as a pure function of the service's state: the icon's temperature and
// condition, the title (macOS), the tooltip (also what a screen reader reads) and the menu.
import type { ConditionCode } from '../core/model/model.ts';
import type { PlaceSnapshot, ServiceStatus } from '../core/service/service-types.ts';
import { describePlace } from '../core/model/place-query.ts';
import { formatAge, fullTemperature, shortTemperature } from './format.ts';

export type TrayState = 'ok' | 'stale' | 'offline' | 'empty';

export type TrayIconModel = Readonly<{
  /** Rounded temperature, or null when there is nothing to show. */
  temperature: number | null;
  condition: ConditionCode | null;
  isDay: boolean;
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

function placeLabel(s: PlaceSnapshot): string {
  const name = describePlace(s.favourite.place);
  if (!s.weather) return `${name}: ${s.lastError ? 'unavailable' : 'loading…'}`;
  return `${name}: ${fullTemperature(s.weather)}, ${s.weather.current.condition.text}${s.stale ? ' (stale)' : ''}`;
}

function stateOf(primary: PlaceSnapshot | undefined, status: ServiceStatus): TrayState {
  if (!primary) return 'empty';
  if (!status.online) return 'offline';
  return primary.stale || !primary.weather ? 'stale' : 'ok';
}

export function buildTrayModel({ snapshots, status, hasTitle }: TrayInput): TrayModel {
  const primary = snapshots.find((s) => s.favourite.primary) ?? snapshots[0];
  const state = stateOf(primary, status);
  const weather = primary?.weather ?? null;
  const refresh = status.refresh;

  let tooltip: string;
  if (!primary) tooltip = 'Skytray: no places yet. Open Skytray to add one.';
  else if (!weather) tooltip = `Skytray: ${primary.favourite.place.name}, no weather yet${primary.lastError ? ` (${primary.lastError.message})` : ''}.`;
  else {
    const age = `updated ${formatAge(primary.ageMs)}`;
    const marker = state === 'offline' ? ', offline' : state === 'stale' ? ', out of date' : '';
    tooltip = `${primary.favourite.place.name}: ${fullTemperature(weather)}, ${weather.current.condition.text} (${age}${marker})`;
  }

  const ages = snapshots.map((s) => s.ageMs).filter((a): a is number => a !== null);
  const oldest = ages.length ? Math.max(...ages) : null;
  const info =
    !status.online ? `Offline: showing data from ${formatAge(oldest)}`
    : oldest === null ? 'No data yet'
    : `Updated ${formatAge(Math.min(...ages))}${snapshots.some((s) => s.stale) ? ' (some places out of date)' : ''}`;

  const menu: TrayMenuItem[] = [
    ...snapshots.map((s): TrayMenuItem => ({ kind: 'place', favouriteId: s.favourite.id, label: `${s.favourite.primary ? '★ ' : ''}${placeLabel(s)}`, primary: s.favourite.primary })),
    ...(snapshots.length ? [{ kind: 'separator' } as const] : []),
    { kind: 'info', label: info },
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

  return {
    icon: {
      temperature: weather?.current.temperature === null || weather?.current.temperature === undefined ? null : Math.round(weather.current.temperature),
      condition: weather?.current.condition.code ?? null,
      isDay: weather?.current.isDay ?? true,
      state,
    },
    title: hasTitle && weather ? shortTemperature(weather) : null,
    tooltip,
    menu,
  };
}
