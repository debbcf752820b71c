// The commands that work on the saved favourites, through the same WeatherService the app uses.
import { WeatherError, type WeatherErrorInfo } from '../core/errors.ts';
import type { Settings } from '../core/model/settings.ts';
import type { PlaceSnapshot } from '../core/service/service-types.ts';
import type { WeatherService } from '../core/service/weather-service.ts';
import type { CliOptions, Command } from './cli-args.ts';
import { formatAge } from '../wording/age.ts';
import { describePlace } from '../wording/place.ts';
import { cliErrorInfo, cliErrorText, cliLabel } from './cli-error-text.ts';
import { formatTable } from './format-table.ts';
import { snapshotUvAndNextHourJson } from './next-hour-json.ts';
import type { Io } from './io.ts';

type StoreCommand = Exclude<Command, { kind: 'places' | 'alerts' }>;

/** CLI flags as settings for this run only. A forecast URL applies to whichever provider is in use. */
export function settingsOverrides(options: CliOptions): Partial<Settings> {
  return {
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.units ? { units: options.units } : {}),
    ...(options.forecastUrl ? { openMeteoForecastUrl: options.forecastUrl, openWeatherMapUrl: options.forecastUrl } : {}),
    ...(options.geocodingUrl ? { openMeteoGeocodingUrl: options.geocodingUrl } : {}),
    ...(options.alertUrls.nws ? { nwsUrl: options.alertUrls.nws } : {}),
    ...(options.alertUrls.metalerts ? { metAlertsUrl: options.alertUrls.metalerts } : {}),
    ...(options.alertUrls.meteoalarm ? { meteoAlarmUrl: options.alertUrls.meteoalarm } : {}),
    ...(options.airQualityUrl ? { airQualityUrl: options.airQualityUrl } : {}),
  };
}

/** The hint for an empty list, as a person types the command from the project folder. */
const NO_FAVOURITES = 'No favourites yet. Add one with: npm run -s weather -- favourites add Berlin';

type Print = (value: unknown, text: string) => void;

/** The saved data goes out at once; only then does anything wait for the network. */
async function showSaved(service: WeatherService, options: CliOptions, io: Io, print: Print): Promise<number> {
  const stale = service
    .getSnapshots()
    .filter((s) => s.stale)
    .map((s) => s.favourite.id);
  const refreshing = stale.length ? service.refresh(stale) : null;
  const snapshots = service.getSnapshots();
  if (snapshots.length === 0) {
    print([], NO_FAVOURITES);
    return 0;
  }
  print(
    snapshots.map((s) => ({ ...s, ...snapshotUvAndNextHourJson(s), lastError: s.lastError && cliErrorInfo(s.lastError) })),
    `${savedText(snapshots)}${stale.length ? `\n\nRefreshing ${stale.length} of ${snapshots.length} (older than the refresh interval)...` : ''}`,
  );
  if (!refreshing) return 0;
  const summary = await refreshing;
  if (!options.json) {
    const fresh = service.getSnapshots().filter((s) => summary.succeeded.includes(s.favourite.id));
    const rows = fresh.flatMap((s) => (s.weather ? [{ place: s.favourite.place, weather: s.weather }] : []));
    io.out(`Refreshed ${summary.succeeded.length} of ${stale.length}.${rows.length ? `\n${formatTable(rows)}` : ''}\n`);
  }
  return reportFailures(summary.failed, io);
}

export async function runStoreCommand(service: WeatherService, command: StoreCommand, options: CliOptions, io: Io): Promise<number> {
  const print: Print = (value, text) => io.out(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  switch (command.kind) {
    case 'show':
      return showSaved(service, options, io, print);
    case 'refresh': {
      const summary = await service.refresh();
      const total = summary.succeeded.length + summary.failed.length;
      print(
        { ...summary, failed: summary.failed.map((f) => ({ ...f, error: cliErrorInfo(f.error) })) },
        `Refreshed ${summary.succeeded.length} of ${total} favourites.`,
      );
      return reportFailures(summary.failed, io);
    }
    case 'favourites':
      switch (command.action) {
        case 'list': {
          const favourites = service.listFavourites();
          const lines = favourites.map(
            (f) =>
              `${String(f.id).padStart(4)}  ${String(f.position + 1).padStart(3)}  ${f.primary ? '★' : ' '}  ${describePlace(f.place)}  (${f.place.latitude}, ${f.place.longitude}, ${f.place.timezone})`,
          );
          print(favourites, favourites.length ? `  ID  Pos     Place\n${lines.join('\n')}` : NO_FAVOURITES);
          return 0;
        }
        case 'add': {
          const place = command.place.place ?? (await service.searchPlaces(command.place.query))[0];
          if (!place) throw new WeatherError('not-found', `No place called "${cliLabel(command.place.query)}" was found.`);
          const before = service.listFavourites().length;
          const favourite = service.addFavourite(place);
          const added = service.listFavourites().length > before;
          const summary = await service.refresh([favourite.id]);
          print(
            favourite,
            `${added ? 'Added' : 'Already a favourite:'} ${describePlace(favourite.place)} (id ${favourite.id})${favourite.primary ? ', shown in the tray' : ''}.`,
          );
          return reportFailures(summary.failed, io);
        }
        case 'remove':
          service.removeFavourite(command.id);
          print({ removed: command.id }, `Removed favourite ${command.id}.`);
          return 0;
        case 'move':
          service.moveFavourite(command.id, command.position - 1);
          print(service.listFavourites(), `Moved favourite ${command.id} to position ${command.position}.`);
          return 0;
        case 'primary':
          service.setPrimary(command.id);
          print({ primary: command.id }, `Favourite ${command.id} is now the one shown in the tray.`);
          return 0;
      }
  }
}

/** The favourites as saved, with how old each one's data is. */
function savedText(snapshots: readonly PlaceSnapshot[]): string {
  const rows = snapshots.flatMap((s) => (s.weather ? [{ place: s.favourite.place, weather: s.weather }] : []));
  const ages = snapshots.map(
    (s) =>
      `${s.favourite.primary ? '★ ' : '  '}${describePlace(s.favourite.place)}: ${formatAge(s.ageMs)}${s.lastError ? ` (last refresh failed: ${cliErrorText(s.lastError)})` : ''}`,
  );
  return `${rows.length ? formatTable(rows) : ''}\n\nData age:\n${ages.join('\n')}`;
}

function reportFailures(failed: readonly { name: string; error: WeatherErrorInfo }[], io: Io): number {
  for (const f of failed) io.err(`weather: ${cliLabel(f.name)}: ${cliErrorText(f.error)}\n`);
  return failed.length ? 1 : 0;
}
