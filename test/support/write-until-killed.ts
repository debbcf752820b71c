// Child process for the crash-safety test: writes favourites, snapshots and fetch events as fast
// as it can, printing each favourite's number once its transaction has committed.
import { silentLogger } from '../../main/core/logger.ts';
import { Store } from '../../main/core/store/store.ts';
import { numberedPlace } from '../core/store/favourite-fixtures.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: write-until-killed.ts DB_PATH');
const store = new Store({ path, logger: silentLogger, now: Date.now });
const weather = { provider: 'open-meteo', fetchedAt: 0, padding: 'w'.repeat(20_000) } as never;

for (let i = 0; ; i++) {
  const { favourite } = store.addFavourite(numberedPlace(i), Date.now());
  store.saveSnapshot(favourite.id, weather, 1);
  store.recordFetchEvent({ provider: 'p', url: 'u', attempt: 1, startedAt: 0, durationMs: 1, status: 200, outcome: 'ok', error: null });
  process.stdout.write(`${i + 1}\n`);
  // Let the backup run now and then, so the kill can also land in the middle of one.
  if (i % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
}
