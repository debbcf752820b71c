// Electron's screen (https://electronjs.org/docs/api/screen): displays and their work areas, the
// primary display's scale factor (1 at 100 %, 1.5 at 150 %), and the events a change of display
// settings emits. Only after app 'ready' in Electron; the fake does not enforce that.
import { EventEmitter } from 'node:events';

type Area = { x: number; y: number; width: number; height: number };

class FakeScreen extends EventEmitter {
  displays: { workArea: Area }[] = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  primaryScale = 1;
  getAllDisplays(): { workArea: Area }[] {
    return this.displays;
  }
  /** The taskbar's display. */
  getPrimaryDisplay(): { scaleFactor: number } {
    return { scaleFactor: this.primaryScale };
  }
  /** The user changes the primary display's scale: "changedMetrics … `bounds`, `workArea`, `scaleFactor` and `rotation`". */
  changeScale(scaleFactor: number): void {
    this.primaryScale = scaleFactor;
    this.emit('display-metrics-changed', {}, this.getPrimaryDisplay(), ['scaleFactor', 'bounds', 'workArea']);
  }
  reset(): void {
    this.removeAllListeners();
    this.primaryScale = 1;
    this.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  }
}

export const screen = new FakeScreen();
