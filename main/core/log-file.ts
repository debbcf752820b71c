// The log file: one JSON object per line (time, level, scope, message, fields), written through
// pino to a synchronous pino.destination (sonic-boom) and rotated by size here. Synchronous, so
// the line that explains a failed start is on disk before the app exits; no worker-thread
// transport, which could lose its buffered lines on exit and must load its module by path.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import type { LogSink } from './logger.ts';

export const LOG_FILE_NAME = 'skytray.log';

export type LogFileOptions = Readonly<{
  /** The file; rotated copies sit beside it as `.1`, `.2`, ... */
  path: string;
  /** Rotate once the file grows past this. @default 2 MiB */
  maxBytes?: number;
  /** How many rotated files are kept besides the current one. @default 2 */
  keep?: number;
}>;

export type LogFile = Readonly<{ path: string; sink: LogSink; close(): void }>;

/** `path.1` is the newest rotated file; the oldest beyond `keep` is deleted. */
function rotate(path: string, keep: number): void {
  rmSync(`${path}.${keep}`, { force: true });
  for (let i = keep - 1; i >= 1; i--) if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`);
  if (keep >= 1) renameSync(path, `${path}.1`);
  else rmSync(path, { force: true });
}

/** Opens (creating its folder) the log file; throws when it cannot be written. */
export function openLogFile(options: LogFileOptions): LogFile {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const keep = options.keep ?? 2;
  mkdirSync(join(options.path, '..'), { recursive: true });
  const destination = pino.destination({ dest: options.path, sync: true, append: true, mkdir: true });
  let size = existsSync(options.path) ? statSync(options.path).size : 0;
  destination.on('write', (bytes: number) => {
    size += bytes;
  });
  const log = pino(
    {
      level: 'debug',
      base: null,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  let broken = false;
  const sink: LogSink = (record) => {
    if (broken) return;
    try {
      log[record.level]({ scope: record.scope, fields: record.fields }, record.message);
      if (size >= maxBytes) {
        rotate(options.path, keep);
        destination.reopen();
        size = 0;
      }
    } catch {
      // A full or vanished disk must not take the app down with it; stderr still has the line.
      broken = true;
    }
  };
  return { path: options.path, sink, close: () => destination.end() };
}
