// What the window needs from main to speak the person's language: the system's languages beside the
// settings (so it chooses as the tray does), the search language, and errors it can word itself.
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/core/logger.ts';
import { createHandlers, dispatch, type ApiKeyStore } from '../../main/ipc/ipc-handlers.ts';
import { toWindowEvent } from '../../main/ipc/window-events.ts';
import { startTestService, type TestService } from '../support/service.ts';

const keys: ApiKeyStore = {
  status: () => ({ set: false, storage: 'os-keychain' }),
  get: () => null,
  set: async () => ({ set: false, storage: 'os-keychain' }),
};
let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const handlersFor = (s: TestService, systemLanguages?: string[]): ReturnType<typeof createHandlers> =>
  createHandlers({
    service: s.service,
    apiKeys: keys,
    report: () => '',
    showLog: async () => null,
    logger: silentLogger,
    ...(systemLanguages ? { systemLanguages } : {}),
  });

describe('IPC for the window’s language', () => {
  it('sends main’s system languages with the settings, on get, update and the change event', async () => {
    t = await startTestService();
    const handlers = handlersFor(t, ['fr-CA', 'en-US']);
    expect(await dispatch(handlers, 'settings:get', [], silentLogger)).toMatchObject({ ok: true, value: { systemLanguages: ['fr-CA', 'en-US'] } });
    expect((await handlers['settings:update']({ language: 'de' })).systemLanguages).toEqual(['fr-CA', 'en-US']);
    const changed = toWindowEvent({ type: 'settings-changed', settings: t.service.getSettings() }, keys.status(), ['fr-CA']);
    expect(changed).toMatchObject({ channel: 'settings:changed', payload: { systemLanguages: ['fr-CA'], settings: { language: 'de' } } });
    // Without a system (the browser harness), none: the window follows the browser's.
    expect('systemLanguages' in (await handlersFor(t)['settings:get']())).toBe(false);
  });

  it('searches in the language the window sends, and refuses a code Skytray has no catalogue for', async () => {
    t = await startTestService();
    const handlers = handlersFor(t);
    const found = await dispatch(handlers, 'places:search', ['Munich', 'de'], silentLogger);
    expect(found).toMatchObject({ ok: true, value: [{ name: 'München' }] });
    expect(await dispatch(handlers, 'places:search', ['Munich', 'de-DE'], silentLogger)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
