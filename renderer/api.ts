// The window's one way out: the API the preload (or the browser harness) put on `window`.
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';

declare global {
  interface Window {
    skytray?: SkytrayApi;
  }
}

export function getApi(): SkytrayApi {
  if (!window.skytray) throw new Error('Skytray API missing: the window must be opened by Skytray.');
  return window.skytray;
}
