// What the tray shows, as a pure function of the service's state: the icon's temperature and
// condition, the title (macOS), the tooltip (also what a screen reader reads) and the menu.
import type { CapSeverity, WeatherAlert } from '../core/alerts/alert.ts';
import type { FavouriteExtras } from '../core/alerts/extras-view.ts';
import type { ConditionCode, Weather } from '../core/model/model.ts';
import type { PlaceSnapshot, ServiceStatus } from '../core/service/service-types.ts';
import type { TrayWarning } from './marks.ts';
import { airQualityLine } from '../wording/air-quality.ts';
import { conditionWords } from '../wording/condition.ts';
import { errorText } from '../wording/error-text.ts';
import { freshnessOf, freshnessSummary, updatedNote } from '../wording/freshness.ts';
import { describePlace } from '../wording/place.ts';
import { wholeDegrees } from '../wording/temperature.ts';
import type { Wording } from '../wording/wording.ts';

export type TrayState = 'ok' | 'stale' | 'offline' | 'empty';

export type TrayIconModel = Readonly<{
  /** Whole degrees, as the tooltip writes them; null when there is nothing to show. */
  temperature: number | null;
  condition: ConditionCode | null;
  /** Night at the place (the condition's icon says so): a clear sky is not drawn sun-orange. */
  night: boolean;
  state: TrayState;
  /** The worst official warning of any favourite, marked on the icon when Severe or Extreme. */
  warning?: TrayWarning;
}>;

export type TrayMenuItem =
  | Readonly<{ kind: 'place'; favouriteId: number; label: string; primary: boolean }>
  | Readonly<{ kind: 'info'; label: string }>
  | Readonly<{ kind: 'separator' }>
  | Readonly<{ kind: 'action'; action: 'refresh' | 'open' | 'settings' | 'quit'; label: string; enabled: boolean }>
  /** Shown when opened: each place's air quality, which would crowd the menu and tooltip at all times. */
  | Readonly<{ kind: 'submenu'; label: string; items: readonly TrayMenuItem[] }>;

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
  /** Each favourite's warnings and air quality, as last asked; none until then. */
  extras?: readonly FavouriteExtras[];
  /** The person's language now: the tray is redrawn with a new one when it changes. */
  wording: Wording;
}>;

/** "7°C, Partly cloudy": the reading the tooltip and the menu give for a place. */
const reading = (w: Weather, wording: Wording): string =>
  wording.t('tray.reading', {
    temperature: wording.temperature(w.current.temperature, w.units.temperature),
    condition: conditionWords(w.current.condition.code, wording),
  });

/** "★ Berlin, Land Berlin, DE: 7°C, Partly cloudy (stale)": one place's menu line. */
function placeLabel(s: PlaceSnapshot, warning: WeatherAlert | null, wording: Wording): string {
  const place = describePlace(s.favourite.place);
  const name = s.favourite.primary ? wording.t('tray.place.primary', { place }) : place;
  const line = !s.weather
    ? wording.t(s.lastError ? 'tray.place.unavailable' : 'tray.place.loading', { place: name })
    : wording.t(s.stale ? 'tray.place.stale' : 'tray.place.reading', { place: name, reading: reading(s.weather, wording) });
  return warning ? wording.t('tray.placeWithWarning', { line, event: warning.event }) : line;
}

const SEVERITY_RANK: Readonly<Record<CapSeverity, number>> = { Extreme: 4, Severe: 3, Moderate: 2, Minor: 1, Unknown: 0 };

/**
 * The warning a place's menu line names: its worst in force, from Moderate up (a yellow warning is
 * worth a word; Minor ones, "statements" and the like, are left to the window). Active lists come worst first.
 */
function menuWarning(extras: FavouriteExtras | undefined): WeatherAlert | null {
  const worst = extras?.alerts.active[0];
  return worst && SEVERITY_RANK[worst.severity] >= SEVERITY_RANK.Moderate ? worst : null;
}

/** The worst Severe or Extreme warning of any favourite, with its place: what the icon marks. */
function glanceWarning(
  snapshots: readonly PlaceSnapshot[],
  extras: ReadonlyMap<number, FavouriteExtras>,
): Readonly<{ alert: WeatherAlert; place: string }> | null {
  let found: Readonly<{ alert: WeatherAlert; place: string }> | null = null;
  for (const s of snapshots) {
    const alert = extras.get(s.favourite.id)?.alerts.active[0];
    if (!alert || SEVERITY_RANK[alert.severity] < SEVERITY_RANK.Severe) continue;
    if (!found || SEVERITY_RANK[alert.severity] > SEVERITY_RANK[found.alert.severity]) found = { alert, place: s.favourite.place.name };
  }
  return found;
}

/** Each place's air on the chosen index, opened on demand; null when no place has a reading. */
function airQualityMenu(snapshots: readonly PlaceSnapshot[], extras: ReadonlyMap<number, FavouriteExtras>, wording: Wording): TrayMenuItem | null {
  const items = snapshots.flatMap((s): TrayMenuItem[] => {
    const e = extras.get(s.favourite.id);
    const label = e?.airQuality.reading ? airQualityLine(s.favourite.place.name, e.airQuality.reading, e.airQualityIndex, wording) : null;
    return label ? [{ kind: 'place', favouriteId: s.favourite.id, label, primary: s.favourite.primary }] : [];
  });
  return items.length ? { kind: 'submenu', label: wording.t('tray.airQuality'), items } : null;
}

function stateOf(primary: PlaceSnapshot | undefined, status: ServiceStatus): TrayState {
  if (!primary) return 'empty';
  if (!status.online) return 'offline';
  return primary.stale || !primary.weather ? 'stale' : 'ok';
}

function tooltipFor(primary: PlaceSnapshot | undefined, state: TrayState, warning: ReturnType<typeof glanceWarning>, wording: Wording): string {
  const line = weatherTooltip(primary, state, wording);
  // Two lines, each whole: the warning goes under the weather.
  return warning ? [line, wording.t('tray.tooltipWarning', { event: warning.alert.event, place: warning.place })].join('\n') : line;
}

function weatherTooltip(primary: PlaceSnapshot | undefined, state: TrayState, wording: Wording): string {
  if (!primary) return wording.t('tray.tooltip.noPlaces');
  const { name } = primary.favourite.place;
  if (!primary.weather) {
    const { lastError } = primary;
    return lastError
      ? wording.t('tray.tooltip.failed', { place: name, problem: errorText(wording, lastError) })
      : wording.t('tray.tooltip.loading', { place: name });
  }
  const freshness = freshnessOf(state !== 'offline', state === 'stale');
  return wording.t('tray.tooltip.reading', {
    place: name,
    reading: reading(primary.weather, wording),
    updated: updatedNote(primary.ageMs, freshness, wording),
  });
}

function menuFor(snapshots: readonly PlaceSnapshot[], status: ServiceStatus, extras: ReadonlyMap<number, FavouriteExtras>, wording: Wording): TrayMenuItem[] {
  const { refresh } = status;
  const air = airQualityMenu(snapshots, extras, wording);
  return [
    ...snapshots.map((s): TrayMenuItem => ({
      kind: 'place',
      favouriteId: s.favourite.id,
      label: placeLabel(s, menuWarning(extras.get(s.favourite.id)), wording),
      primary: s.favourite.primary,
    })),
    ...(air ? [air] : []),
    ...(snapshots.length ? [{ kind: 'separator' } as const] : []),
    { kind: 'info', label: freshnessSummary(snapshots, status.online, wording) },
    {
      kind: 'action',
      action: 'refresh',
      label: refresh.running
        ? wording.t('tray.refreshing', { done: wording.number(refresh.done), total: wording.number(refresh.total) })
        : wording.t('tray.refresh'),
      enabled: !refresh.running && snapshots.length > 0,
    },
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: wording.t('tray.open'), enabled: true },
    { kind: 'action', action: 'settings', label: wording.t('tray.settings'), enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: wording.t('tray.quit'), enabled: true },
  ];
}

export function buildTrayModel({ snapshots, status, hasTitle, extras = [], wording }: TrayInput): TrayModel {
  const primary = snapshots.find((s) => s.favourite.primary) ?? snapshots[0];
  const byFavourite = new Map(extras.map((e) => [e.favouriteId, e]));
  const warning = glanceWarning(snapshots, byFavourite);
  const state = stateOf(primary, status);
  const weather = primary?.weather ?? null;
  const temperature = weather?.current.temperature ?? null;
  return {
    icon: {
      temperature: temperature === null ? null : wholeDegrees(temperature),
      condition: weather?.current.condition.code ?? null,
      night: weather?.current.condition.icon.endsWith('-night') ?? false,
      state,
      warning: warning ? (warning.alert.severity === 'Extreme' ? 'extreme' : 'severe') : null,
    },
    title: hasTitle && weather ? wording.temperature(temperature, '°') : null,
    tooltip: tooltipFor(primary, state, warning, wording),
    menu: menuFor(snapshots, status, byFavourite, wording),
  };
}
