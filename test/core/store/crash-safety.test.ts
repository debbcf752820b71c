// SIGKILL in the middle of writes: the database opens cleanly and no committed favourite is lost.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { silentLogger } from '../../../main/core/logger.ts';
import { Store } from '../../../main/core/store/store.ts';
import { numberedPlace } from './favourite-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'skytray-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writer = fileURLToPath(new URL('../../support/write-until-killed.ts', import.meta.url));

async function writeThenKill(path: string, atLeast: number): Promise<number> {
  const child = spawn(process.execPath, [writer, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let committed = 0;
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited early: ${code}`))));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      const last = lines.at(-1);
      if (last) committed = Number(last);
      if (committed >= atLeast && !child.killed) child.kill('SIGKILL');
    });
  });
  return committed;
}

it.each([1, 2, 3])('round %i: killed mid-write, the database is intact and every committed favourite is there', async (round) => {
  const path = join(dir, `round-${round}.db`);
  const committed = await writeThenKill(path, 150 * round);
  const store = new Store({ path, logger: silentLogger, now: Date.now });
  expect(store.recovery).toBeNull();
  const check = new Database(path, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  check.close();
  const favourites = store.listFavourites();
  expect(favourites.length).toBeGreaterThanOrEqual(committed);
  expect(favourites.slice(0, committed).map((f) => [f.position, f.place, f.primary])).toEqual(
    Array.from({ length: committed }, (_, i) => [i, numberedPlace(i), i === 0]),
  );
  expect(favourites.filter((f) => f.primary)).toHaveLength(1);
  await store.close();
});
