import { describe, expect, it } from 'vitest';
import { messageFormatter } from '../../main/wording/message-formatter.ts';
import { en } from '../../main/wording/messages/en.ts';
import { createWording } from '../../main/wording/wording.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('values in right-to-left text', () => {
  it('are each isolated, so a Latin place name keeps its own order', () => {
    expect(createWording('ar').t('window.places.added', { place: 'Washington, D.C.' })).toContain(`${FSI}Washington, D.C.${PDI}`);
  });

  it('are isolated inside plural branches too, numbers and # alike', () => {
    const catalogue = {
      ...en,
      'window.places.refreshFailed': 'الطقس في {place}: {error}',
      'common.placeCount': '{count, plural, one {مكان واحد} other {# أماكن}}',
    };
    const t = messageFormatter(catalogue, 'ar', 'rtl');
    expect(t('window.places.refreshFailed', { place: 'Washington, D.C.', error: '-5°م' })).toBe(`الطقس في ${FSI}Washington, D.C.${PDI}: ${FSI}-5°م${PDI}`);
    expect(t('common.placeCount', { count: 3 })).toBe(`${FSI}3${PDI} أماكن`);
  });

  it('are left as they are in left-to-right text', () => {
    expect(createWording('en').t('window.places.added', { place: 'Washington, D.C.' })).toBe('Washington, D.C. added');
    expect(createWording('de').t('common.placeCount', { count: 3 })).not.toMatch(/[\u2068\u2069]/);
  });
});
