// Sleep and network, as the OS reports them, into the engine: nothing polls while the machine
// sleeps; waking up or the network coming back brings one refresh of what went stale.
import { net, powerMonitor } from 'electron';
import { systemClock, type Clock, type TimerHandle } from '../core/clock.ts';
import type { WeatherService } from '../core/service/weather-service.ts';

/** How often to ask whether the network is there; Electron's main process has no event for it. */
const NETWORK_POLL_MS = 30_000;

export type WatchOptions = Readonly<{
  /** @default systemClock */
  clock?: Clock;
  /** Hears every change of the online state: the proxy for an origin may differ now. */
  onNetworkChange?: () => void;
}>;

export function watchPowerAndNetwork(service: WeatherService, options: WatchOptions = {}): () => void {
  const clock = options.clock ?? systemClock;
  const onSuspend = (): void => service.pause();
  const onResume = (): void => service.resume();
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  // net.isOnline() === false is reliable; true only means "maybe" (a network without internet).
  let online = net.isOnline();
  let timer: TimerHandle | null = null;
  const poll = (): void => {
    timer = clock.setTimeout(() => {
      const now = net.isOnline();
      if (now !== online) {
        options.onNetworkChange?.();
        service.setOnline(now);
      }
      online = now;
      poll();
    }, NETWORK_POLL_MS);
  };
  poll();
  return () => {
    if (timer) clock.clearTimeout(timer);
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
  };
}
