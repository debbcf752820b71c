// What the WeatherService hands out and announces: plain, serialisable data only, so the same
// values cross IPC to the window, feed the tray and print from the CLI.
import type { WeatherErrorInfo } from '../errors.ts';
import type { CallBudgetUsage } from '../fetch/call-budget.ts';
import type { Favourite } from '../model/favourite.ts';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import type { Weather } from '../model/model.ts';
import type { Settings } from '../model/settings.ts';
import type { RecoveryReport } from '../store/recovery-report.ts';
import type { ProviderStats } from '../model/provider-stats.ts';

/** A favourite with the last good weather we have for it, and how fresh that is. */
export type PlaceSnapshot = Readonly<{
  favourite: Favourite;
  /** The last good weather, or null if none has ever arrived. */
  weather: Weather | null;
  fetchedAt: number | null;
  /** Milliseconds since `fetchedAt`, at the time of the call. */
  ageMs: number | null;
  /** Its refresh is overdue beyond the scheduler's jitter, or it was never fetched (or not in these units, from this provider). */
  stale: boolean;
  refreshing: boolean;
  /** Why the last attempt failed, when it did; the weather above is still the last good one. */
  lastError: WeatherErrorInfo | null;
}>;

export type RefreshProgress = Readonly<{ running: boolean; done: number; total: number }>;

export type RefreshSummary = Readonly<{
  succeeded: readonly number[];
  failed: readonly Readonly<{ favouriteId: number; name: string; error: WeatherErrorInfo }>[];
}>;

export type ServiceStatus = Readonly<{
  online: boolean;
  paused: boolean;
  /** A manual refresh and its progress; `busy` also covers scheduled refreshes. */
  refresh: RefreshProgress;
  busy: boolean;
  databasePath: string;
  /** What happened when a damaged database was found at start, if it was. */
  recovery: RecoveryReport | null;
  /** Why changes are not being saved, if they are not. */
  diskProblem: string | null;
}>;

export type Diagnostics = Readonly<{
  status: ServiceStatus;
  provider: Readonly<{ id: string; label: string; waiting: number; running: number; pausedUntil: number }>;
  providers: readonly ProviderStats[];
  recentEvents: readonly AttemptRecord[];
  /** Searches answered from the hour-long cache, without a request. */
  cacheHits: Readonly<{ searches: number }>;
  /** Oldest snapshot among the favourites, in ms; null without favourites or data. */
  oldestSnapshotAgeMs: number | null;
  /** Weighted calls used this minute, hour and day against the budget; null when none is kept. */
  callBudget: CallBudgetUsage | null;
}>;

export type ServiceEvent =
  | Readonly<{ type: 'favourites-changed'; favourites: readonly Favourite[] }>
  | Readonly<{ type: 'snapshot-updated'; snapshot: PlaceSnapshot }>
  | Readonly<{ type: 'refresh-progress'; progress: RefreshProgress }>
  | Readonly<{ type: 'refresh-finished'; summary: RefreshSummary }>
  | Readonly<{ type: 'online-changed'; online: boolean }>
  | Readonly<{ type: 'settings-changed'; settings: Settings }>
  | Readonly<{ type: 'error'; error: Readonly<{ code: string; message: string }> }>;

export type ServiceListener = (event: ServiceEvent) => void;

/** The answer to "does this OpenWeatherMap key work?". */
/** `message` is English, for logs; `error` says why a key was refused (null: accepted, or no key to test), for the window to word. */
export type KeyTestResult = Readonly<{ ok: boolean; message: string; error: WeatherErrorInfo | null }>;
