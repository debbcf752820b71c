// The tray's "updated N min ago" and its staleness move on with time, not only when the engine
// says something: one tick at the start of every minute, none while the machine sleeps
// (powerMonitor 'suspend' and 'resume' exist on every OS), and one at once on waking up.
import { powerMonitor } from 'electron';
import type { Clock, TimerHandle } from '../core/clock.ts';

const MINUTE_MS = 60_000;

export function startAgeTicker(clock: Clock, tick: () => void): () => void {
  let timer: TimerHandle | null = null;
  const schedule = (): void => {
    // Aligned to the minute, so every age the tray shows turns over together with the clock.
    timer = clock.setTimeout(
      () => {
        tick();
        schedule();
      },
      MINUTE_MS - (clock.now() % MINUTE_MS),
    );
  };
  const stop = (): void => {
    if (timer) clock.clearTimeout(timer);
    timer = null;
  };
  const onSuspend = (): void => stop();
  const onResume = (): void => {
    stop();
    tick();
    schedule();
  };
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  schedule();
  return () => {
    stop();
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
  };
}
