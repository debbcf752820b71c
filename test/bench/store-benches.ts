// Start-up to the first tray model, snapshot write and read latency, heap over many refreshes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../main/core/logger.ts';
import { Store } from '../../main/core/store/store.ts';
import { startTestService } from '../support/service.ts';
import { place } from '../support/engine.ts';
import type { Metric } from './metric.ts';
import { seedDatabase } from './seed-database.ts';

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const round = (v: number, digits = 3): number => Number(v.toFixed(digits));

export async function benchStartup(favourites = 50, runs = 5): Promise<Metric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-bench-'));
  try {
    const path = join(dir, 'skytray.db');
    await seedDatabase(path, favourites);
    const child = fileURLToPath(new URL('./first-tray-model.ts', import.meta.url));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, [child, path, String(favourites)], { encoding: 'utf8' }).trim()));
    times.sort((a, b) => a - b);
    return [{ metric: `startup.first_tray_model_${favourites}_favourites.median`, value: Math.round(percentile(times, 0.5)), unit: 'ms' }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchSnapshots(writes = 2000): Promise<Metric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-bench-'));
  try {
    const path = join(dir, 'skytray.db');
    await seedDatabase(path, 50);
    const store = new Store({ path, logger: silentLogger, now: Date.now });
    const sample = store.latestSnapshots()[0];
    if (!sample) throw new Error('no snapshot to copy');
    const writeTimes: number[] = [];
    for (let i = 0; i < writes; i++) {
      const start = performance.now();
      store.saveSnapshot((i % 50) + 1, { ...sample.weather, fetchedAt: Date.now() }, Date.now() + 900_000);
      writeTimes.push(performance.now() - start);
    }
    const readTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      store.latestSnapshots();
      readTimes.push(performance.now() - start);
    }
    await store.close();
    writeTimes.sort((a, b) => a - b);
    readTimes.sort((a, b) => a - b);
    return [
      { metric: 'store.snapshot_write.p50', value: round(percentile(writeTimes, 0.5)), unit: 'ms' },
      { metric: 'store.snapshot_write.p95', value: round(percentile(writeTimes, 0.95)), unit: 'ms' },
      { metric: 'store.read_all_50_snapshots.p50', value: round(percentile(readTimes, 0.5)), unit: 'ms' },
      { metric: 'store.read_all_50_snapshots.p95', value: round(percentile(readTimes, 0.95)), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Heap after 1,000 and after 10,000 scheduled refresh cycles (real sockets, real SQLite, fake time). */
export async function benchHeap(cycles = 10_000): Promise<Metric[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the benchmark with --expose-gc');
  const t = await startTestService();
  try {
    for (const name of ['Berlin', 'Tokyo', 'Lima']) t.service.addFavourite(place(name));
    t.service.subscribe(() => {}); // a listener, like the tray's
    await t.settle();
    t.server.clearLog();
    const heapAt: number[] = [];
    let done = 0;
    while (done < cycles) {
      await t.run(15 * 60_000);
      // The harness's own records (every event, every request) are not Skytray's memory.
      done += t.server.requests.length;
      t.server.clearLog();
      t.events.length = 0;
      if (done >= 1_000 && heapAt.length === 0) {
        gc();
        heapAt.push(process.memoryUsage().heapUsed);
      }
    }
    gc();
    heapAt.push(process.memoryUsage().heapUsed);
    const [after1k = 0, after10k = 0] = heapAt;
    return [
      { metric: 'heap.after_1000_refresh_cycles', value: round(after1k / 1048576, 1), unit: 'MiB' },
      { metric: `heap.after_${cycles}_refresh_cycles`, value: round(after10k / 1048576, 1), unit: 'MiB' },
      { metric: 'heap.growth_1000_to_10000_cycles', value: round((after10k - after1k) / 1048576, 2), unit: 'MiB' },
    ];
  } finally {
    await t.close();
  }
}
