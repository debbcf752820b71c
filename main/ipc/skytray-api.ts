// The window's API object, built from the contract: the preload carries it over Electron IPC and
// the browser harness over loopback HTTP, so both expose exactly the same methods.
import { API_METHODS, type ApiMethod, type InvokeChannel, type SkytrayApi, type SkytrayEvent } from './ipc-contract.ts';

/** How requests and events travel; everything else about the API comes from the contract. */
export type IpcTransport = Readonly<{
  invoke(channel: InvokeChannel, args: readonly unknown[]): Promise<unknown>;
  /** Hands every event's channel and payload to `listener`; returns the function that stops it. */
  onEvent(listener: (event: SkytrayEvent) => void): () => void;
}>;

export function createSkytrayApi(transport: IpcTransport): SkytrayApi {
  const methods = Object.fromEntries((Object.keys(API_METHODS) as ApiMethod[]).map((method) => [method, (...args: unknown[]) => transport.invoke(API_METHODS[method], args)]));
  // Sound by construction: one function per method name, each invoking that method's channel.
  return { ...methods, onEvent: (listener: (event: SkytrayEvent) => void) => transport.onEvent(listener) } as unknown as SkytrayApi;
}
