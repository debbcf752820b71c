// The warnings fetch path for tests: real queues, a real HTTP agent and the local stand-ins, with a
// clock whose "now" the test moves (timers stay real, so retries with zero back-off run at once).
import { systemClock, type Clock } from '../../../main/core/clock.ts';
import { AlertFetcher } from '../../../main/core/alerts/alert-fetcher.ts';
import { ALERT_SOURCES, alertOrigins } from '../../../main/core/alerts/alert-sources.ts';
import type { AlertSourceId } from '../../../main/core/alerts/alert.ts';
import type { AttemptRecord } from '../../../main/core/fetch/attempt-record.ts';
import { ProviderQueue } from '../../../main/core/fetch/provider-queue.ts';
import { createHttpAgent } from '../../../main/core/http/http-agent.ts';
import { createLogger, type LogSink } from '../../../main/core/logger.ts';
import { startWarningServices, type WarningServices } from '../../provider/alerts/warning-services.ts';
import type { WarningStory } from '../../provider/alerts/warning-lifecycle.ts';

type LogRecord = Parameters<LogSink>[0];

export type AlertEngine = Readonly<{
  services: WarningServices;
  fetcher: AlertFetcher;
  attempts: AttemptRecord[];
  /** What the fetcher logged. */
  logged: LogRecord[];
  /** Moves the clock the fetcher and the stand-ins read. */
  setNow(ms: number): void;
  close(): Promise<void>;
}>;

export async function startAlertEngine(options: Readonly<{ now: number; stories?: readonly WarningStory[]; maxAttempts?: number }>): Promise<AlertEngine> {
  let now = options.now;
  const clock: Clock = { ...systemClock, now: () => now };
  const services = await startWarningServices({ now: () => now, stories: options.stories ?? [] });
  const agent = createHttpAgent({ headersTimeoutMs: 2_000, bodyTimeoutMs: 2_000 });
  const attempts: AttemptRecord[] = [];
  const logged: LogRecord[] = [];
  const logger = createLogger((record) => void logged.push(record), 'debug', 'alerts');
  const queue = (source: AlertSourceId): ProviderQueue =>
    new ProviderQueue({
      provider: ALERT_SOURCES[source].label,
      limits: ALERT_SOURCES[source].limits,
      clock,
      logger,
      random: () => 0,
      retry: { maxAttempts: options.maxAttempts ?? 3, backoff: { baseMs: 100, capMs: 1_000 }, maxRetryAfterMs: 10_000 },
      onAttempt: (record) => attempts.push(record),
    });
  const queues = { nws: queue('nws'), metalerts: queue('metalerts'), meteoalarm: queue('meteoalarm') };
  const origin = services.origin;
  const fetcher = new AlertFetcher({
    queues,
    origins: alertOrigins({ nws: origin, metalerts: origin, meteoalarm: origin }),
    dispatcher: agent,
    userAgent: 'Skytray-test (https://example.org/skytray)',
    clock,
    logger,
  });
  return {
    services,
    fetcher,
    attempts,
    logged,
    setNow: (ms) => void (now = ms),
    async close() {
      for (const q of Object.values(queues)) q.close();
      await agent.destroy();
      await services.close();
    },
  };
}
