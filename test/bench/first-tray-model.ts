// Child process: open the app's engine on an existing database and build the first complete tray
// model. Prints the milliseconds since this process started.
import { systemClock } from '../../main/core/clock.ts';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { WeatherService } from '../../main/core/service/weather-service.ts';
import { buildTrayModel } from '../../main/tray/tray-model.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

const path = process.argv[2];
const expected = Number(process.argv[3]);
if (!path) throw new Error('usage: first-tray-model.ts DB_PATH COUNT');
const agent = createHttpAgent();
// The real start-up: refresh timers on, but every snapshot is fresh so nothing is fetched.
const service = new WeatherService({ databasePath: path, clock: systemClock, dispatcher: agent, userAgent: 'Skytray-bench', logger: silentLogger });
const model = buildTrayModel({ snapshots: service.getSnapshots(), status: service.status(), hasTitle: false, wording: ENGLISH });
const elapsed = performance.now();
const complete = model.menu.filter((item) => item.kind === 'place' && !item.label.endsWith('loading…')).length;
if (complete !== expected) throw new Error(`tray model has ${complete} of ${expected} places with weather`);
process.stdout.write(`${elapsed}\n`);
await service.close();
await agent.close();
