// The window's only way to the main process: exactly the IPC contract, one method per operation,
// and one onEvent() that hands over the payload, never Electron's event object. Bundled to one
// CommonJS file, because a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, EVENT_CHANNELS, type ApiMethod, type SkytrayApi, type SkytrayEvent } from '../main/ipc/ipc-contract.ts';

const methods = Object.fromEntries(
  (Object.keys(API_METHODS) as ApiMethod[]).map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(API_METHODS[method], ...args)]),
) as Omit<SkytrayApi, 'onEvent'>;

const api: SkytrayApi = {
  ...methods,
  onEvent(listener) {
    const subscriptions = EVENT_CHANNELS.map((channel) => {
      const handler = (_event: IpcRendererEvent, payload: unknown): void => listener({ channel, payload } as SkytrayEvent);
      ipcRenderer.on(channel, handler);
      return () => ipcRenderer.removeListener(channel, handler);
    });
    return () => subscriptions.forEach((unsubscribe) => unsubscribe());
  },
};

contextBridge.exposeInMainWorld('skytray', api);
