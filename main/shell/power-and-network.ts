// Sleep and network, as the OS reports them, into the engine: nothing polls while the machine
// sleeps; waking up or the network coming back brings one refresh of what went stale.
import { net, powerMonitor } from 'electron';
import type { WeatherService } from '../core/service/weather-service.ts';

/** How often to ask whether the network is there; Electron's main process has no event for it. */
const NETWORK_POLL_MS = 30_000;

export function watchPowerAndNetwork(service: WeatherService): () => void {
  const onSuspend = (): void => service.pause();
  const onResume = (): void => service.resume();
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  // net.isOnline() === false is reliable; true only means "maybe" (a network without internet).
  let online = net.isOnline();
  const timer = setInterval(() => {
    const now = net.isOnline();
    if (now !== online) service.setOnline(now);
    online = now;
  }, NETWORK_POLL_MS);
  return () => {
    clearInterval(timer);
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
  };
}
