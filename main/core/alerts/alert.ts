// One official warning, whichever service issued it: the Common Alerting Protocol's own fields
// (OASIS CAP 1.2, section 3.2), so a window, a tray mark and the CLI read every source alike.

/** The services Skytray reads warnings from. */
export type AlertSourceId = 'nws' | 'meteoalarm' | 'metalerts';

/** CAP 1.2 `severity`. */
export type CapSeverity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
/** CAP 1.2 `urgency`. */
export type CapUrgency = 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
/** CAP 1.2 `certainty` ("Very Likely" of CAP 1.0 reads as Likely, as CAP 1.1 says). */
export type CapCertainty = 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';
/** CAP 1.2 `msgType`, the public kinds: Ack and Error are between systems and never shown. */
export type CapMessageType = 'Alert' | 'Update' | 'Cancel';
/** The colour of European warnings (MeteoAlarm's and MET Norway's `awareness_level`). */
export type AwarenessLevel = 'green' | 'yellow' | 'orange' | 'red';

export type WeatherAlert = Readonly<{
  source: AlertSourceId;
  /** The CAP message identifier: unique per sender, what later messages reference. */
  id: string;
  messageType: CapMessageType;
  /** Identifiers of the earlier messages an Update or Cancel replaces. */
  references: readonly string[];
  /** "Flood Watch", "Kuling": the issuer's name for the hazard. */
  event: string;
  severity: CapSeverity;
  urgency: CapUrgency;
  certainty: CapCertainty;
  awareness: AwarenessLevel | null;
  headline: string | null;
  description: string | null;
  instruction: string | null;
  /** ISO 8601 instants as the issuer sent them (with their offset). */
  sent: string | null;
  onset: string | null;
  /** When this message's information stops being valid: a newer message is due before then. */
  expires: string | null;
  /** When the hazard itself is expected to end, where the issuer says so; may be after `expires`. */
  ends: string | null;
  /** The issuer's words for the area: "Central Coast Range of Western Oregon". */
  area: string | null;
  /** "NWS Portland OR", "MET Norway". */
  issuer: string | null;
  /** Where a person reads the full warning from its issuer. */
  link: string | null;
}>;

const SEVERITIES: readonly CapSeverity[] = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'];
const URGENCIES: readonly CapUrgency[] = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'];
const CERTAINTIES: readonly CapCertainty[] = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'];

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v.toLowerCase() === value?.trim().toLowerCase());

/** A value outside CAP's list is what CAP calls Unknown, not a reason to lose the warning. */
export const capSeverity = (value: string | null): CapSeverity => pick(SEVERITIES, value) ?? 'Unknown';
export const capUrgency = (value: string | null): CapUrgency => pick(URGENCIES, value) ?? 'Unknown';
export function capCertainty(value: string | null): CapCertainty {
  if (value?.trim().toLowerCase() === 'very likely') return 'Likely';
  return pick(CERTAINTIES, value) ?? 'Unknown';
}

/** Null for Ack, Error and anything else that is not a warning for the public. */
export function capMessageType(value: string | null): CapMessageType | null {
  return pick<CapMessageType>(['Alert', 'Update', 'Cancel'], value) ?? null;
}

/** The colour word in "2; yellow; Moderate" (MeteoAlarm, MET Norway), "Yellow", "Orange Wind Warning". */
export function awarenessLevel(value: string | null): AwarenessLevel | null {
  const words = new Set((value ?? '').toLowerCase().split(/[^a-z]+/));
  return (['red', 'orange', 'yellow', 'green'] as const).find((colour) => words.has(colour)) ?? null;
}

/** Higher is worse: for sorting and for the colour of a tray mark. */
function severityRank(severity: CapSeverity): number {
  return { Extreme: 4, Severe: 3, Moderate: 2, Minor: 1, Unknown: 0 }[severity];
}

const keyOf = (source: AlertSourceId, id: string): string => `${source}\u0000${id}`;

/**
 * When the warning stops being in force, in ms, or null for never said. `expires` is only when the
 * message is due to be reissued; the hazard runs until `ends` where the issuer gives it (NWS: "When
 * 'ends' has data in the API, use that. When 'ends' has no data, use 'expires'",
 * weather-gov/weather.gov#852; updates often come after `expires`, weather-gov/api#190).
 */
export function inForceUntil(alert: WeatherAlert): number | null {
  const at = Date.parse(alert.ends ?? alert.expires ?? '');
  return Number.isNaN(at) ? null : at;
}

const expiredBy = (alert: WeatherAlert, now: number): boolean => (inForceUntil(alert) ?? Infinity) <= now;

/**
 * The warnings in force at `now`, from any mix of messages old and new: an Update or Cancel replaces
 * every message it references (CAP 1.2, `references`), a Cancel is never itself shown, a message past
 * its end (`ends`, else `expires`) is gone, and a message seen twice (MeteoAlarm lists one per area code) counts once.
 * Worst first, then soonest.
 */
export function activeAlerts(messages: readonly WeatherAlert[], now: number): WeatherAlert[] {
  const replaced = new Set<string>();
  for (const message of messages) {
    if (message.messageType === 'Alert') continue;
    for (const reference of message.references) replaced.add(keyOf(message.source, reference));
  }
  const seen = new Set<string>();
  const active: WeatherAlert[] = [];
  for (const message of messages) {
    const key = keyOf(message.source, message.id);
    if (message.messageType === 'Cancel' || replaced.has(key) || seen.has(key) || expiredBy(message, now)) continue;
    seen.add(key);
    active.push(message);
  }
  return active.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || startOf(a) - startOf(b) || a.id.localeCompare(b.id));
}

function startOf(alert: WeatherAlert): number {
  const time = Date.parse(alert.onset ?? alert.sent ?? '');
  return Number.isNaN(time) ? 0 : time;
}
