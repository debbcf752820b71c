// `npm run harness -- [--port N] [--forecast-url ORIGIN --geocoding-url ORIGIN]`: the window in a
// normal browser, over the real engine, on 127.0.0.1 only.
import { parseArgs } from 'node:util';
import { harnessLogger, startHarness } from './harness.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8090' }, 'forecast-url': { type: 'string' }, 'geocoding-url': { type: 'string' } },
});
const harness = await startHarness({
  port: Number(values.port),
  logger: harnessLogger(),
  ...(values['forecast-url'] ? { forecastUrl: values['forecast-url'] } : {}),
  ...(values['geocoding-url'] ? { geocodingUrl: values['geocoding-url'] } : {}),
});
console.log(`Skytray window: ${harness.url}`);
if (harness.provider) console.log(`Local provider: ${harness.provider.origin} (faults: POST ${harness.provider.origin}/__fake/faults)`);
const stop = (): void => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
