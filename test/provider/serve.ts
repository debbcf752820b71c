// `npm run fake-provider -- --port N [--latency MS] [--concurrency N]`: the local provider on its own.
import { parseArgs } from 'node:util';
import { startFakeProvider } from './fake-provider.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8089' },
    latency: { type: 'string', default: '0' },
    concurrency: { type: 'string' },
  },
});

const provider = await startFakeProvider({
  port: Number(values.port),
  faults: {
    latencyMs: Number(values.latency),
    ...(values.concurrency ? { concurrency: Number(values.concurrency) } : {}),
  },
});
console.log(`Local weather provider on ${provider.origin}`);
console.log(`  Open-Meteo:      --forecast-url ${provider.origin} --geocoding-url ${provider.origin}`);
console.log(`  OpenWeatherMap:  --provider openweathermap --forecast-url ${provider.origin} --api-key any-key`);
console.log(`  Faults:          POST ${provider.origin}/__fake/faults {"always":{"status":503}}; DELETE to reset`);
const stop = (): void => void provider.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
