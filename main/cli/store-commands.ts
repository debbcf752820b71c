// The commands that work on the saved favourites, through the same WeatherService the app uses.
import { WeatherError, type WeatherErrorInfo } from '../core/errors.ts';
import type { Settings } from '../core/model/settings.ts';
import type { PlaceSnapshot } from '../core/service/service-types.ts';
import type { WeatherService } from '../core/service/weather-service.ts';
import type { CliOptions, Command } from './cli-args.ts';
import { describePlace } from '../wording/place.ts';
import type { Wording } from '../wording/wording.ts';
import { cliErrorInfo, cliErrorText, cliLabel } from './cli-error-text.ts';
import { formatTable } from './format-table.ts';
import { snapshotUvAndNextHourJson } from './next-hour-json.ts';
import type { Io } from './io.ts';

/** Where a store command writes, and in which language. */
export type StoreOutput = Readonly<{ io: Io; wording: Wording }>;

/** Every line on stderr starts with the program's name. */
const PROGRAM = 'weather';

type StoreCommand = Exclude<Command, { kind: 'places' | 'alerts' }>;

/** CLI flags as settings for this run only. A forecast URL applies to whichever provider is in use. */
export function settingsOverrides(options: CliOptions): Partial<Settings> {
  return {
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.units ? { units: options.units } : {}),
    ...(options.windUnit ? { windUnit: options.windUnit } : {}),
    ...(options.forecastUrl ? { openMeteoForecastUrl: options.forecastUrl, openWeatherMapUrl: options.forecastUrl } : {}),
    ...(options.geocodingUrl ? { openMeteoGeocodingUrl: options.geocodingUrl } : {}),
    ...(options.alertUrls.nws ? { nwsUrl: options.alertUrls.nws } : {}),
    ...(options.alertUrls.metalerts ? { metAlertsUrl: options.alertUrls.metalerts } : {}),
    ...(options.alertUrls.meteoalarm ? { meteoAlarmUrl: options.alertUrls.meteoalarm } : {}),
    ...(options.airQualityUrl ? { airQualityUrl: options.airQualityUrl } : {}),
  };
}

type Print = (value: unknown, text: string) => void;

/** The saved data goes out at once; only then does anything wait for the network. */
async function showSaved(service: WeatherService, options: CliOptions, { io, wording }: StoreOutput, print: Print): Promise<number> {
  const { t } = wording;
  const stale = service
    .getSnapshots()
    .filter((s) => s.stale)
    .map((s) => s.favourite.id);
  const refreshing = stale.length ? service.refresh(stale) : null;
  const snapshots = service.getSnapshots();
  if (snapshots.length === 0) {
    print([], t('cli.store.noFavourites'));
    return 0;
  }
  print(
    snapshots.map((s) => ({ ...s, ...snapshotUvAndNextHourJson(s), lastError: s.lastError && cliErrorInfo(s.lastError) })),
    `${savedText(snapshots, wording)}${stale.length ? `\n\n${t('cli.store.refreshingStale', { stale: stale.length, total: snapshots.length })}` : ''}`,
  );
  if (!refreshing) return 0;
  const summary = await refreshing;
  if (!options.json) {
    const fresh = service.getSnapshots().filter((s) => summary.succeeded.includes(s.favourite.id));
    const rows = fresh.flatMap((s) => (s.weather ? [{ place: s.favourite.place, weather: s.weather }] : []));
    io.out(`${t('cli.store.refreshedOf', { done: summary.succeeded.length, total: stale.length })}${rows.length ? `\n${formatTable(rows, wording)}` : ''}\n`);
  }
  return reportFailures(summary.failed, { io, wording });
}

export async function runStoreCommand(service: WeatherService, command: StoreCommand, options: CliOptions, output: StoreOutput): Promise<number> {
  const { io, wording } = output;
  const print: Print = (value, text) => io.out(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  switch (command.kind) {
    case 'show':
      return showSaved(service, options, output, print);
    case 'refresh': {
      const summary = await service.refresh();
      const total = summary.succeeded.length + summary.failed.length;
      print(
        { ...summary, failed: summary.failed.map((f) => ({ ...f, error: cliErrorInfo(f.error) })) },
        wording.t('cli.store.refreshedFavourites', { done: summary.succeeded.length, total }),
      );
      return reportFailures(summary.failed, output);
    }
    case 'favourites':
      return runFavouritesCommand(service, command, print, output);
  }
}

async function runFavouritesCommand(
  service: WeatherService,
  command: Extract<StoreCommand, { kind: 'favourites' }>,
  print: Print,
  output: StoreOutput,
): Promise<number> {
  const { t } = output.wording;
  switch (command.action) {
    case 'list': {
      const favourites = service.listFavourites();
      const lines = favourites.map(
        (f) =>
          `${String(f.id).padStart(4)}  ${String(f.position + 1).padStart(3)}  ${f.primary ? '★' : ' '}  ${describePlace(f.place)}  (${f.place.latitude}, ${f.place.longitude}, ${f.place.timezone})`,
      );
      print(favourites, favourites.length ? `${t('cli.store.listHeading')}\n${lines.join('\n')}` : t('cli.store.noFavourites'));
      return 0;
    }
    case 'add': {
      const query = command.place.query;
      const place = command.place.place ?? (await service.searchPlaces(query))[0];
      if (!place) {
        // i18n-ignore: WeatherError.message stays English for the log; a person reads errorText's words
        throw new WeatherError('not-found', `No place called "${cliLabel(query)}" was found.`, { detail: { kind: 'place-not-found', query: cliLabel(query) } });
      }
      const before = service.listFavourites().length;
      const favourite = service.addFavourite(place);
      const added = service.listFavourites().length > before;
      const summary = await service.refresh([favourite.id]);
      const values = { place: describePlace(favourite.place), id: String(favourite.id) };
      const key = added
        ? favourite.primary
          ? 'cli.store.addedShownInTray'
          : 'cli.store.added'
        : favourite.primary
          ? 'cli.store.alreadyFavouriteShownInTray'
          : 'cli.store.alreadyFavourite';
      print(favourite, t(key, values));
      return reportFailures(summary.failed, output);
    }
    case 'remove':
      service.removeFavourite(command.id);
      print({ removed: command.id }, t('cli.store.removed', { id: String(command.id) }));
      return 0;
    case 'move':
      service.moveFavourite(command.id, command.position - 1);
      print(service.listFavourites(), t('cli.store.moved', { id: String(command.id), position: command.position }));
      return 0;
    case 'primary':
      service.setPrimary(command.id);
      print({ primary: command.id }, t('cli.store.primary', { id: String(command.id) }));
      return 0;
  }
}

/** The favourites as saved, with how old each one's data is. */
function savedText(snapshots: readonly PlaceSnapshot[], wording: Wording): string {
  const { t } = wording;
  const rows = snapshots.flatMap((s) => (s.weather ? [{ place: s.favourite.place, weather: s.weather }] : []));
  const ages = snapshots.map((s) => {
    const values = { place: describePlace(s.favourite.place), age: wording.age(s.ageMs) };
    const line = s.lastError ? t('cli.store.placeAgeFailed', { ...values, reason: cliErrorText(wording, s.lastError) }) : t('cli.store.placeAge', values);
    return `${s.favourite.primary ? '★ ' : '  '}${line}`;
  });
  return `${rows.length ? formatTable(rows, wording) : ''}\n\n${t('cli.store.dataAge')}\n${ages.join('\n')}`;
}

function reportFailures(failed: readonly { name: string; error: WeatherErrorInfo }[], { io, wording }: StoreOutput): number {
  for (const f of failed) io.err(`${PROGRAM}: ${cliLabel(f.name)}: ${cliErrorText(wording, f.error)}\n`);
  return failed.length ? 1 : 0;
}
