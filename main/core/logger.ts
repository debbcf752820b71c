// One prefixed logger per module. Expected failures are logged as one line, never a stack.
// Every record is scrubbed here, whatever the sink: no API keys, no precise coordinates.
import { LOG_LEVELS, type LogLevel } from './model/log-level.ts';

export type { LogLevel };

/** Small facts that go with a message (a provider, a count, a status). */
type LogFields = Readonly<Record<string, string | number | boolean | null>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(prefix: string): Logger;
}

type LogRecord = Readonly<{ level: LogLevel; scope: string; message: string; fields: LogFields }>;

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export type LogSink = (record: LogRecord) => void;

/** The least severe level written: fixed, or read on every record (the user may change it). */
export type MinLevel = LogLevel | (() => LogLevel);

export function createLogger(sink: LogSink, minLevel: MinLevel = 'info', prefix = ''): Logger {
  const emit = (level: LogLevel, message: string, fields: LogFields = {}): void => {
    const min = typeof minLevel === 'function' ? minLevel() : minLevel;
    if (ORDER[level] >= ORDER[min]) sink({ level, scope: prefix, message: scrubText(message), fields: scrubFields(fields) });
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (p) => createLogger(sink, minLevel, prefix ? `${prefix}:${p}` : p),
  };
}

/** One human-readable line, as the CLI and the harness have always printed. */
function formatLine(record: LogRecord, time = new Date()): string {
  const fields = Object.entries(record.fields)
    .map(([k, v]) => ` ${k}=${String(v)}`)
    .join('');
  return `${time.toISOString()} ${record.level.padEnd(5)} ${record.scope ? `[${record.scope}] ` : ''}${record.message}${fields}\n`;
}

export const stderrSink: LogSink = (record) => {
  process.stderr.write(formatLine(record));
};

/** Every record to each sink, in order. */
export const teeSink =
  (...sinks: readonly LogSink[]): LogSink =>
  (record) => {
    for (const sink of sinks) sink(record);
  };

/** Only the records at `min` or above reach `sink` (e.g. errors to the terminal, more to a file). */
export const atLeast =
  (min: LogLevel, sink: LogSink): LogSink =>
  (record) => {
    if (ORDER[record.level] >= ORDER[min]) sink(record);
  };

export const silentLogger: Logger = createLogger(() => {}, 'error');

/** `SKYTRAY_LOG=debug` and the like; anything else is no choice. */
export function parseLogLevel(value: string | undefined): LogLevel | null {
  const lower = value?.trim().toLowerCase();
  return LOG_LEVELS.find((level) => level === lower) ?? null;
}

const SECRET_PARAMS = ['appid', 'apikey', 'key', 'token'];
const COORDINATE_PARAMS = ['latitude', 'longitude', 'lat', 'lon'];

/** 0.1° is about 11 km: enough to debug a forecast, not enough to find a home. */
function roundCoordinate(value: number): number {
  return Math.round(value * 10) / 10;
}

const roundList = (list: string): string =>
  list
    .split(',')
    .map((part) => (Number.isFinite(Number(part)) && part.trim() !== '' ? String(roundCoordinate(Number(part))) : part))
    .join(',');

/** The URL as it may appear in diagnostics: API keys replaced. (Log records also round coordinates.) */
export function redact(url: URL): string {
  const copy = new URL(url);
  for (const name of SECRET_PARAMS) if (copy.searchParams.has(name)) copy.searchParams.set(name, 'REDACTED');
  return copy.toString();
}

const SECRET_IN_TEXT = new RegExp(`([?&](?:${SECRET_PARAMS.join('|')})=)[^&\\s"']+`, 'gi');
const COORDINATE_IN_TEXT = new RegExp(`([?&](?:${COORDINATE_PARAMS.join('|')})=)(-?\\d+(?:\\.\\d+)?(?:(?:,|%2C)-?\\d+(?:\\.\\d+)?)*)`, 'gi');

/** A last line of defence for text that was not built with redact(): query strings in messages. */
function scrubText(text: string): string {
  return text
    .replace(SECRET_IN_TEXT, '$1REDACTED')
    .replace(COORDINATE_IN_TEXT, (_match, name: string, list: string) => name + roundList(list.replace(/%2C/gi, ',')));
}

function scrubFields(fields: LogFields): LogFields {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(fields)) {
    const lower = key.toLowerCase();
    if (SECRET_PARAMS.includes(lower) || lower.includes('apikey')) out[key] = 'REDACTED';
    else if (COORDINATE_PARAMS.includes(lower) && typeof value === 'number') out[key] = roundCoordinate(value);
    else out[key] = typeof value === 'string' ? scrubText(value) : value;
  }
  return out;
}
