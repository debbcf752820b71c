// Windows draws the tray icon from the pixels we hand it for the taskbar's display scale (see
// tray-service.ts), so a change of scale (Settings > Display, or the laptop docked to a monitor
// with another scale) leaves it resampled and blurred until it is drawn again
// (pear-devs/pear-desktop#1813). Electron's screen says so through 'display-metrics-changed' with
// 'scaleFactor' among the changed metrics; a display added or removed can change which one is
// primary, and with it the scale. Only a changed primary scale calls back.
import { screen } from 'electron';

type ScreenEvents = Pick<typeof screen, 'on' | 'removeListener' | 'getPrimaryDisplay'>;

/** Calls `redraw` with the new scale when the primary display's changes; returns the unsubscribe. */
export function watchDisplayScale(platform: NodeJS.Platform, redraw: (scaleFactor: number) => void, source: ScreenEvents = screen): () => void {
  // Elsewhere the image carries a drawing per scale factor and the OS picks one.
  if (platform !== 'win32') return () => {};
  let last = source.getPrimaryDisplay().scaleFactor;
  const check = (): void => {
    const now = source.getPrimaryDisplay().scaleFactor;
    if (now === last) return;
    last = now;
    redraw(now);
  };
  const onMetrics = (_event: unknown, _display: unknown, changed: string[]): void => {
    if (changed.includes('scaleFactor')) check();
  };
  source.on('display-metrics-changed', onMetrics);
  source.on('display-added', check);
  source.on('display-removed', check);
  return () => {
    source.removeListener('display-metrics-changed', onMetrics);
    source.removeListener('display-added', check);
    source.removeListener('display-removed', check);
  };
}
