// Which warnings are in force: CAP's Update and Cancel replace what they reference; expired ones go.
import { describe, expect, it } from 'vitest';
import { activeAlerts, awarenessLevel, capCertainty, capMessageType, capSeverity, capUrgency, type WeatherAlert } from '../../../main/core/alerts/alert.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');

function message(id: string, over: Partial<WeatherAlert> = {}): WeatherAlert {
  return {
    source: 'nws',
    id,
    messageType: 'Alert',
    references: [],
    event: 'Wind Advisory',
    severity: 'Moderate',
    urgency: 'Expected',
    certainty: 'Likely',
    awareness: null,
    headline: null,
    description: null,
    instruction: null,
    sent: '2026-11-25T10:00:00Z',
    onset: '2026-11-25T10:00:00Z',
    expires: '2026-11-25T18:00:00Z',
    ends: null,
    area: 'Somewhere',
    issuer: 'NWS Somewhere',
    link: null,
    ...over,
  };
}

const ids = (alerts: readonly WeatherAlert[]): string[] => alerts.map((a) => a.id);

describe('activeAlerts', () => {
  it('an Update replaces the alert it references, whatever order they arrive in', () => {
    const alert = message('A');
    const update = message('B', { messageType: 'Update', references: ['A'], severity: 'Severe' });
    expect(ids(activeAlerts([alert, update], NOW))).toEqual(['B']);
    expect(ids(activeAlerts([update, alert], NOW))).toEqual(['B']);
  });

  it('an alert updated and then cancelled is gone, and the Cancel itself is never shown', () => {
    const chain = [message('A'), message('B', { messageType: 'Update', references: ['A'] }), message('C', { messageType: 'Cancel', references: ['B'] })];
    expect(activeAlerts(chain, NOW)).toEqual([]);
  });

  it('a Cancel that references nobody we know cancels nothing else', () => {
    expect(ids(activeAlerts([message('A'), message('X', { messageType: 'Cancel', references: ['Z'] })], NOW))).toEqual(['A']);
  });

  it('references count only within the same source', () => {
    const other = message('B', { source: 'meteoalarm', messageType: 'Update', references: ['A'] });
    expect(ids(activeAlerts([message('A'), other], NOW)).sort()).toEqual(['A', 'B']);
  });

  it('drops an alert whose expires is past, keeps one that expires later or never', () => {
    const alerts = [
      message('past', { expires: '2026-11-25T11:59:59Z' }),
      message('exactly-now', { expires: '2026-11-25T12:00:00Z' }),
      message('later', { expires: '2026-11-25T13:00:00+01:00' }),
      message('no-expiry', { expires: null }),
    ];
    // 13:00+01:00 is 12:00Z: also no longer valid.
    expect(ids(activeAlerts(alerts, NOW))).toEqual(['no-expiry']);
    expect(ids(activeAlerts(alerts, NOW - 1)).sort()).toEqual(['exactly-now', 'later', 'no-expiry']);
  });

  it('a message listed twice (one per area code) counts once', () => {
    expect(ids(activeAlerts([message('A'), message('A')], NOW))).toEqual(['A']);
  });

  it('lists the worst first, then the soonest', () => {
    const alerts = [
      message('minor', { severity: 'Minor' }),
      message('severe-later', { severity: 'Severe', onset: '2026-11-25T15:00:00Z' }),
      message('severe-sooner', { severity: 'Severe', onset: '2026-11-25T11:00:00Z' }),
      message('unknown', { severity: 'Unknown' }),
      message('extreme', { severity: 'Extreme' }),
    ];
    expect(ids(activeAlerts(alerts, NOW))).toEqual(['extreme', 'severe-sooner', 'severe-later', 'minor', 'unknown']);
  });
});

describe('CAP values', () => {
  it('reads the values CAP defines, in any case, and anything else as Unknown', () => {
    expect(capSeverity('Severe')).toBe('Severe');
    expect(capSeverity(' extreme ')).toBe('Extreme');
    expect(capSeverity('Catastrophic')).toBe('Unknown');
    expect(capSeverity(null)).toBe('Unknown');
    expect(capUrgency('Immediate')).toBe('Immediate');
    expect(capUrgency('')).toBe('Unknown');
    expect(capCertainty('Observed')).toBe('Observed');
    expect(capCertainty('Very Likely')).toBe('Likely');
    expect(capCertainty('Certain')).toBe('Unknown');
  });

  it('keeps Alert, Update and Cancel; Ack and Error are not warnings for the public', () => {
    expect(['Alert', 'update', 'CANCEL', 'Ack', 'Error', null].map(capMessageType)).toEqual(['Alert', 'Update', 'Cancel', null, null, null]);
  });

  it('finds the colour word of an awareness level, not a colour hidden in another word', () => {
    expect(awarenessLevel('2; yellow; Moderate')).toBe('yellow');
    expect(awarenessLevel('Orange')).toBe('orange');
    expect(awarenessLevel('Red Wind Warning')).toBe('red');
    expect(awarenessLevel('Predicted freezing rain')).toBeNull();
    expect(awarenessLevel(null)).toBeNull();
  });
});
