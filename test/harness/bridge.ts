// In the browser harness, this stands where the preload stands in the app: it puts the same
// SkytrayApi on `window`, carried over loopback HTTP instead of Electron IPC.
import { EVENT_CHANNELS, createSkytrayApi, type SkytrayEvent } from '../../main/ipc/ipc-contract.ts';

window.skytray = createSkytrayApi({
  async invoke(channel, args) {
    const response = await fetch('/__ipc/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel, args }) });
    return (await response.json()) as unknown;
  },
  onEvent(listener) {
    const source = new EventSource('/__ipc/events');
    source.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as SkytrayEvent;
      if (EVENT_CHANNELS.includes(event.channel)) listener(event);
    };
    return () => source.close();
  },
});
