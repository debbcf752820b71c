// What a test of main's extras handlers starts: the engine over the local provider and the
// warnings services' stand-ins, both closed after each test, and a key store with no key in it.
import { afterEach } from 'vitest';
import type { ApiKeyStore } from '../../main/ipc/ipc-handlers.ts';
import { startWarningServices, type WarningServices } from '../provider/alerts/warning-services.ts';
import { startTestService, type TestService } from '../support/service.ts';

export const noApiKeys: ApiKeyStore = {
  status: () => ({ set: false, storage: 'os-keychain' }),
  get: () => null,
  set: async () => ({ set: false, storage: 'os-keychain' }),
};

export type ExtrasServices = Readonly<{
  testService: (...options: Parameters<typeof startTestService>) => Promise<TestService>;
  warningServices: (...options: Parameters<typeof startWarningServices>) => Promise<WarningServices>;
}>;

/** Registers the hook that closes, after each test, whatever the test started here (in the order started). */
export function extrasServices(): ExtrasServices {
  let started: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    const closing = started;
    started = [];
    for (const s of closing) await s.close();
  });
  const track = <T extends { close(): Promise<void> }>(s: T): T => {
    started.push(s);
    return s;
  };
  return {
    testService: async (...options) => track(await startTestService(...options)),
    warningServices: async (...options) => track(await startWarningServices(...options)),
  };
}
