// In the browser harness, this stands where the preload stands in the app: it puts the same
// SkytrayApi on `window`, carried over loopback HTTP instead of Electron IPC.
import { API_METHODS, EVENT_CHANNELS, type ApiMethod, type SkytrayApi, type SkytrayEvent } from '../../main/ipc/ipc-contract.ts';

const methods = Object.fromEntries(
  (Object.keys(API_METHODS) as ApiMethod[]).map((method) => [
    method,
    async (...args: unknown[]) => {
      const response = await fetch('/__ipc/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: API_METHODS[method], args }) });
      return response.json();
    },
  ]),
) as Omit<SkytrayApi, 'onEvent'>;

const api: SkytrayApi = {
  ...methods,
  onEvent(listener) {
    const source = new EventSource('/__ipc/events');
    source.onmessage = (message) => {
      const event = JSON.parse(message.data) as SkytrayEvent;
      if (EVENT_CHANNELS.includes(event.channel)) listener(event);
    };
    return () => source.close();
  },
};

window.skytray = api;
