// The window's request for warnings and air quality: its argument checked like a refresh's, its
// answer plain data in the envelope, a failing source reported inside it rather than as a failure.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/core/logger.ts';
import { checkArgs } from '../../main/ipc/ipc-args.ts';
import { createHandlers, dispatch } from '../../main/ipc/ipc-handlers.ts';
import { place } from '../support/engine.ts';
import { extrasServices, noApiKeys } from './extras-services.ts';

const started = extrasServices();

describe("'weather:extras'", () => {
  it('takes null for all favourites, or a short list of ids, and nothing else', () => {
    expect(checkArgs('weather:extras', [null])).toEqual([null]);
    expect(checkArgs('weather:extras', [[1, 2]])).toEqual([[1, 2]]);
    expect(() => checkArgs('weather:extras', ['all'])).toThrow('Expected a list of favourites, or null for all.');
    expect(() => checkArgs('weather:extras', [[0]])).toThrow('An id must be a whole number above 0.');
  });

  it("answers each favourite's warnings and air quality in the envelope; a failing service is inside it", async () => {
    const t = await started.testService({ service: { autoRefresh: false } });
    const warnings = await started.warningServices();
    // Not retried (the service's clock is a fake one, and stands still): a 403, as to a refused User-Agent.
    warnings.setFaults({ always: { status: 403 } });
    t.service.updateSettings({ nwsUrl: warnings.origin, airQualityUrl: t.server.origin });
    const anchorage = t.service.addFavourite(place('Anchorage'));
    const handlers = createHandlers({ service: t.service, apiKeys: noApiKeys, report: () => '', showLog: async () => null, logger: silentLogger });
    const result = await dispatch(handlers, 'weather:extras', [null], silentLogger);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [extras] = result.value as { favouriteId: number; alerts: { source: string; error: { code: string } | null }; airQuality: { reading: unknown } }[];
    expect(extras?.favouriteId).toBe(anchorage.id);
    expect([extras?.alerts.source, extras?.alerts.error?.code]).toEqual(['nws', 'auth']);
    expect(extras?.airQuality.reading).not.toBeNull();
    expect(structuredClone(result.value)).toEqual(result.value);
  });
});
