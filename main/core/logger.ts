// One prefixed logger per module. Expected failures are logged as one line, never a stack.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  child(prefix: string): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export type LogSink = (level: LogLevel, line: string) => void;

export function createLogger(sink: LogSink, minLevel: LogLevel = 'info', prefix = ''): Logger {
  const emit = (level: LogLevel, message: string): void => {
    if (ORDER[level] >= ORDER[minLevel]) sink(level, prefix ? `[${prefix}] ${message}` : message);
  };
  return {
    debug: (m) => emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    child: (p) => createLogger(sink, minLevel, prefix ? `${prefix}:${p}` : p),
  };
}

export const stderrSink: LogSink = (level, line) => {
  process.stderr.write(`${new Date().toISOString()} ${level.padEnd(5)} ${line}\n`);
};

export const silentLogger: Logger = createLogger(() => {}, 'error');

const SECRET_PARAMS = ['appid', 'apikey', 'key', 'token'];

/** The URL as it may appear in logs and diagnostics: API keys replaced. */
export function redact(url: URL): string {
  const copy = new URL(url);
  for (const name of SECRET_PARAMS) if (copy.searchParams.has(name)) copy.searchParams.set(name, 'REDACTED');
  return copy.toString();
}
