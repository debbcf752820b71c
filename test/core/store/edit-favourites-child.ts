// Child process for the two-writers test: says "ready", waits for "go" on stdin (so that every
// writer opens the same new file at the same moment), then makes its edits and exits.
import { once } from 'node:events';
import { silentLogger } from '../../../main/core/logger.ts';
import { Store } from '../../../main/core/store/store.ts';
import { numberedPlace } from './favourite-fixtures.ts';

const [path, prefix, group, count] = process.argv.slice(2);
if (!path || !prefix || !group || !count) throw new Error('usage: edit-favourites-child.ts DB_PATH PREFIX GROUP COUNT');
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const store = new Store({ path, logger: silentLogger, now: Date.now });
for (let i = 0; i < Number(count); i++) {
  const { favourite } = store.addFavourite(numberedPlace(i, prefix, Number(group)), Date.now());
  if (i % 7 === 3) store.moveFavourite(favourite.id, 0);
  if (i % 10 === 5) store.setPrimary(favourite.id);
  // Lets the backup run now and then, as it does between the app's edits.
  if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
}
await store.close();
process.stdin.destroy();
