// The window's only way to the main process: exactly the IPC contract, one method per operation,
// and one onEvent() that hands over the payload, never Electron's event object. Bundled to one
// CommonJS file, because a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, createSkytrayApi, type SkytrayEvent } from '../main/ipc/ipc-contract.ts';

const api = createSkytrayApi({
  invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
  onEvent(listener) {
    const subscriptions = EVENT_CHANNELS.map((channel) => {
      const handler = (_event: IpcRendererEvent, payload: unknown): void => listener({ channel, payload } as SkytrayEvent);
      ipcRenderer.on(channel, handler);
      return () => ipcRenderer.removeListener(channel, handler);
    });
    return () => subscriptions.forEach((unsubscribe) => unsubscribe());
  },
});

contextBridge.exposeInMainWorld('skytray', api);
