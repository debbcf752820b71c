// Place search in the person's language: the geocoding service is asked in its own code for the
// language, and answers with the names it has in it (the local stand-in behaves as Open-Meteo).
import { afterEach, describe, expect, it } from 'vitest';
import { searchLanguage } from '../../../main/core/service/place-search.ts';
import { startTestService, type TestService } from '../../support/service.ts';

let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const searchLanguages = (s: TestService): (string | null)[] => s.server.requests.filter((r) => r.path === '/v1/search').map((r) => r.query.get('language'));

describe('place search in the person’s language', () => {
  it('asks in the lower-case ISO 639-1 code Open-Meteo takes, not a regional or script tag', () => {
    expect(['en', 'de', 'pt-BR', 'zh-Hans', 'ja', 'ar'].map((code) => searchLanguage(code as Parameters<typeof searchLanguage>[0]))).toEqual([
      'en',
      'de',
      'pt',
      'zh',
      'ja',
      'ar',
    ]);
  });

  it('names places in the language asked, finds them by any of their names, and caches each language apart', async () => {
    t = await startTestService();
    const german = await t.service.searchPlaces('Munich', 'de');
    expect(german[0]).toMatchObject({ name: 'München', region: 'Bayern', country: 'Deutschland' });
    const japanese = await t.service.searchPlaces('ミュンヘン', 'ja');
    expect(japanese[0]).toMatchObject({ name: 'ミュンヘン', country: 'ドイツ' });
    // The same words in another language are another question, not a cache hit.
    const english = await t.service.searchPlaces('Munich', 'en');
    expect(english[0]).toMatchObject({ name: 'Munich', region: 'Bavaria', country: 'Germany' });
    const chinese = await t.service.searchPlaces('Munich', 'zh-Hans');
    // No Chinese name known: English, as the real service falls back.
    expect(chinese[0]).toMatchObject({ name: 'Munich' });
    expect(searchLanguages(t)).toEqual(['de', 'ja', 'en', 'zh']);
    await t.service.searchPlaces('Munich', 'de');
    expect(searchLanguages(t)).toHaveLength(4);
  });
});
