// Notifications for official warnings, as the pure policy decides them: once per warning, again
// only when its severity rises; the per-place opt-in, quiet hours (with the Extreme override) and
// the cooldown for services whose updates carry no references.
import { describe, expect, it } from 'vitest';
import type { CapSeverity, WeatherAlert } from '../../../main/core/alerts/alert.ts';
import type { Favourite } from '../../../main/core/model/favourite.ts';
import { DEFAULT_SETTINGS, type NotificationSettings } from '../../../main/core/model/settings.ts';
import { dueNotices, shownKeys, type Notice } from '../../../main/core/service/notification-policy.ts';
import { createWording } from '../../../main/wording/wording.ts';
import { place } from '../../support/engine.ts';

// 09:00 UTC on a Wednesday: outside the default quiet hours (22:00-07:00) in UTC.
const NOW = Date.UTC(2026, 10, 25, 9, 0);
const NIGHT = Date.UTC(2026, 10, 25, 23, 0);
const HOUR = 3_600_000;
const anchorage: Favourite = { id: 7, place: place('Anchorage'), position: 0, primary: true, notify: true, addedAt: 0 };
const ON: NotificationSettings = { ...DEFAULT_SETTINGS.notifications, enabled: true };

function warning(id: string, severity: CapSeverity, more: Partial<WeatherAlert> = {}): WeatherAlert {
  return {
    source: 'nws',
    id,
    messageType: 'Alert',
    references: [],
    event: 'Blizzard Warning',
    severity,
    urgency: 'Expected',
    certainty: 'Likely',
    awareness: null,
    headline: 'Blizzard Warning issued November 25 at 12:00AM AKST by NWS Anchorage AK',
    description: null,
    instruction: null,
    sent: null,
    onset: null,
    // 15:00 in Anchorage (UTC-9), a Wednesday.
    expires: '2026-11-26T00:00:00+00:00',
    ends: null,
    area: 'Anchorage',
    issuer: 'NWS Anchorage AK',
    link: null,
    ...more,
  };
}

/** Runs the policy as the service does: what it returns is recorded as shown. */
function notifier(settings: NotificationSettings = ON) {
  const lastShown = new Map<string, number>();
  return (alerts: readonly WeatherAlert[], now = NOW, favourite = anchorage): Notice[] => {
    const warnings = [{ favourite, alerts }];
    const notices = dueNotices({ snapshots: [], settings, now, userTimeZone: 'UTC', lastShown, warnings });
    for (const key of shownKeys(notices, { warnings, lastShown, now })) lastShown.set(key, now);
    return notices;
  };
}

describe('warning notifications', () => {
  it('say what, where and until when, in whole sentences', () => {
    const [notice] = notifier()([warning('a', 'Severe')]);
    expect(notice).toMatchObject({
      favouriteId: 7,
      title: 'Blizzard Warning in Anchorage',
      body: 'Blizzard Warning issued November 25 at 12:00AM AKST by NWS Anchorage AK. In force until Wed 3:00 PM.',
    });
  });

  it('end a sentence once, in the sentence marks of languages that do not use a full stop', () => {
    const warnings = [{ favourite: anchorage, alerts: [warning('a', 'Severe', { headline: null })] }];
    for (const language of ['ja', 'zh-Hans'] as const) {
      const [notice] = dueNotices({
        snapshots: [],
        settings: ON,
        now: NOW,
        userTimeZone: 'UTC',
        lastShown: new Map(),
        warnings,
        wording: createWording(language),
      });
      expect(notice?.body).toMatch(/^[^.]*。/);
      expect(notice?.body).not.toContain('。.');
    }
  });

  it('come once per warning: not again on the next refresh, nor for an update that references it', () => {
    const notify = notifier();
    expect(notify([warning('a', 'Severe')])).toHaveLength(1);
    expect(notify([warning('a', 'Severe')], NOW + HOUR)).toEqual([]);
    const update = warning('a-update', 'Severe', { messageType: 'Update', references: ['a'] });
    expect(notify([update], NOW + 2 * HOUR)).toEqual([]);
    // The chain goes on: an update of the update is still the same warning.
    expect(notify([warning('a-update-2', 'Severe', { messageType: 'Update', references: ['a-update'] })], NOW + 5 * HOUR)).toEqual([]);
  });

  it('come again when an update raises the severity, and not when it lowers it', () => {
    const notify = notifier();
    notify([warning('a', 'Severe')]);
    const raised = notify([warning('b', 'Extreme', { messageType: 'Update', references: ['a'] })], NOW + 10 * 60_000);
    expect(raised.map((n) => n.title)).toEqual(['Blizzard Warning in Anchorage']);
    expect(notify([warning('c', 'Severe', { messageType: 'Update', references: ['b'] })], NOW + HOUR)).toEqual([]);
  });

  it('without references (MeteoAlarm, MET Norway) the same event here is the same warning while in force', () => {
    const notify = notifier();
    const meteoAlarm = (id: string, severity: CapSeverity): WeatherAlert => warning(id, severity, { source: 'meteoalarm' });
    expect(notify([meteoAlarm('x1', 'Severe')])).toHaveLength(1);
    expect(notify([meteoAlarm('x2', 'Severe')], NOW + HOUR)).toEqual([]);
    expect(notify([meteoAlarm('x3', 'Severe')], NOW + 4 * HOUR)).toEqual([]); // past the 3-hour cooldown, still in force
    expect(notify([meteoAlarm('x4', 'Extreme')], NOW + 4 * HOUR + 60_000)).toHaveLength(1); // a rise is told at once
  });

  it('without references and without an end, the cooldown decides', () => {
    const notify = notifier();
    const open = (id: string): WeatherAlert => warning(id, 'Severe', { source: 'metalerts', expires: null });
    expect(notify([open('y1')])).toHaveLength(1);
    expect(notify([open('y2')], NOW + HOUR)).toEqual([]);
    expect(notify([open('y3')], NOW + 4 * HOUR)).toHaveLength(1);
  });

  it('from Severe up by default; the setting moves the threshold or turns them off', () => {
    const minor = [warning('m', 'Moderate'), warning('n', 'Minor'), warning('u', 'Unknown')];
    expect(notifier()(minor)).toEqual([]);
    expect(notifier({ ...ON, warnings: 'Moderate' })(minor).map((n) => n.key)).toEqual(['7:warning:nws:m:Moderate']);
    expect(notifier({ ...ON, warnings: 'Extreme' })([warning('s', 'Severe')])).toEqual([]);
    expect(notifier({ ...ON, warnings: 'off' })([warning('e', 'Extreme')])).toEqual([]);
  });

  it('only for places the user opted in, and never with notifications off', () => {
    expect(notifier()([warning('a', 'Extreme')], NOW, { ...anchorage, notify: false })).toEqual([]);
    expect(notifier({ ...ON, enabled: false })([warning('a', 'Extreme')])).toEqual([]);
  });

  it('wait out quiet hours, unless the warning is Extreme and the user let those through', () => {
    const alerts = [warning('s', 'Severe'), warning('e', 'Extreme', { event: 'Tsunami Warning' })];
    expect(notifier()(alerts, NIGHT)).toEqual([]);
    const through = notifier({ ...ON, extremeAlertsIgnoreQuietHours: true });
    expect(through(alerts, NIGHT).map((n) => n.title)).toEqual(['Tsunami Warning in Anchorage']);
    // The Severe one was held back, not dropped: it comes when the quiet hours end.
    expect(through(alerts, NOW + 24 * HOUR).map((n) => n.title)).toEqual(['Blizzard Warning in Anchorage']);
  });

  it('a cancelled warning is never announced', () => {
    expect(notifier()([warning('c', 'Extreme', { messageType: 'Cancel', references: ['a'] })])).toEqual([]);
  });
});
