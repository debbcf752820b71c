// `npm run bench [-- --json]`: Skytray's numbers, measured here rather than asserted in tests.
import { parseArgs } from 'node:util';
import { benchChartRedraw } from './chart-redraw.ts';
import { benchFetchStrategies, benchThousandPlaces } from './fetch-strategies.ts';
import { benchHeap, benchSnapshots, benchStartup } from './store-benches.ts';
import type { Metric } from './metric.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

const suites: (() => Promise<Metric[]>)[] = [
  // First, so its peak RSS is the engine's with 1,000 places and not what later suites leave behind.
  () => benchThousandPlaces(1_000, 50),
  () => benchFetchStrategies(100, 50),
  () => benchStartup(50),
  () => benchSnapshots(),
  () => benchHeap(10_000),
  () => benchChartRedraw(200),
];

for (const suite of suites) {
  for (const m of await suite()) {
    process.stdout.write(values.json ? `${JSON.stringify(m)}\n` : `${m.metric.padEnd(44)} ${String(m.value).padStart(10)} ${m.unit}\n`);
  }
}
