// MeteoAlarm (https://meteoalarm.org), EUMETNET's gateway to the warnings of Europe's national
// weather services. Its public feeds are one Atom feed per country,
// `https://feeds.meteoalarm.org/feeds/meteoalarm-legacy-atom-<country>`, one entry per warning and
// area code, the CAP fields as `cap:` elements (as recorded under test/fixtures/alerts/meteoalarm/).
// Each entry also links its full CAP file; Skytray reads the feed alone, one request per country.
// Terms (meteoalarm.eu/terms.php, "Terms and conditions"): the warnings are the national services',
// given for information on warnings and not for commercial resale, with no liability for errors or
// delays; Skytray names MeteoAlarm as the source and links each warning's CAP file.
import { ShapeError } from '../providers/json-shape.ts';
import { awarenessLevel, capCertainty, capMessageType, capSeverity, capUrgency, type WeatherAlert } from './alert.ts';
import { instant, malformedFeed, readEach, text, type ParsedAlerts } from './alert-shape.ts';
import { readAtomEntries, type AtomEntry } from './atom-entries.ts';
import { concernsPlace, type PlaceForArea } from './meteoalarm-area.ts';

export const METEOALARM_ORIGIN = 'https://feeds.meteoalarm.org';
export const METEOALARM_LABEL = 'MeteoAlarm';

/**
 * The members whose warnings MeteoAlarm publishes, by ISO 3166-1 code, and the name of each one's
 * feed (the list on meteoalarm.org and its feed index; "bosnia-herzegovina" and
 * "republic-of-north-macedonia" are spelled as the feed URLs spell them).
 */
export const METEOALARM_FEEDS: ReadonlyMap<string, string> = new Map([
  ['AD', 'andorra'],
  ['AT', 'austria'],
  ['BA', 'bosnia-herzegovina'],
  ['BE', 'belgium'],
  ['BG', 'bulgaria'],
  ['CH', 'switzerland'],
  ['CY', 'cyprus'],
  ['CZ', 'czechia'],
  ['DE', 'germany'],
  ['DK', 'denmark'],
  ['EE', 'estonia'],
  ['ES', 'spain'],
  ['FI', 'finland'],
  ['FR', 'france'],
  ['GB', 'united-kingdom'],
  ['GR', 'greece'],
  ['HR', 'croatia'],
  ['HU', 'hungary'],
  ['IE', 'ireland'],
  ['IL', 'israel'],
  ['IS', 'iceland'],
  ['IT', 'italy'],
  ['LT', 'lithuania'],
  ['LU', 'luxembourg'],
  ['LV', 'latvia'],
  ['MD', 'moldova'],
  ['ME', 'montenegro'],
  ['MK', 'republic-of-north-macedonia'],
  ['MT', 'malta'],
  ['NL', 'netherlands'],
  ['NO', 'norway'],
  ['PL', 'poland'],
  ['PT', 'portugal'],
  ['RO', 'romania'],
  ['RS', 'serbia'],
  ['SE', 'sweden'],
  ['SI', 'slovenia'],
  ['SK', 'slovakia'],
  ['UA', 'ukraine'],
]);

export function meteoAlarmFeedUrl(origin: URL, countryCode: string): URL {
  const feed = METEOALARM_FEEDS.get(countryCode.toUpperCase());
  if (!feed) throw new RangeError(`MeteoAlarm has no feed for ${countryCode}`);
  return new URL(`${origin.pathname.replace(/\/$/, '')}/feeds/meteoalarm-legacy-atom-${feed}`, origin);
}

/** A country's feed, read and checked once; a feed that is not an Atom feed is 'malformed'. */
export function readMeteoAlarmFeed(xml: string): readonly AtomEntry[] {
  try {
    return readAtomEntries(xml);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw malformedFeed(error, METEOALARM_LABEL);
  }
}

/**
 * The messages of a country's feed that concern `place` (see meteoalarm-area.ts), and how many
 * warnings elsewhere in the country are in force at `now` (all not cancelled, when `now` is not given).
 */
export function meteoAlarmAlertsFor(entries: readonly AtomEntry[], place: PlaceForArea, now?: number): ParsedAlerts {
  const here = entries.filter((entry) => concernsPlace({ description: first(entry, 'cap:areaDesc'), polygons: entry.fields.get('cap:polygon') ?? [] }, place));
  const ids = (list: readonly AtomEntry[]): Set<string | null> => new Set(list.map((entry) => first(entry, 'cap:identifier')));
  const hereIds = ids(here);
  const elsewhere = [...ids(entries.filter((entry) => inForce(entry, now)))].filter((id) => !hereIds.has(id)).length;
  return { ...readEach(here, (entry, i) => readEntry(entry, `entry[${i}]`)), elsewhere };
}

export function parseMeteoAlarmFeed(xml: string, place: PlaceForArea, now?: number): ParsedAlerts {
  return meteoAlarmAlertsFor(readMeteoAlarmFeed(xml), place, now);
}

/** An Actual Alert or Update not yet expired: what would be shown, were it here. */
function inForce(entry: AtomEntry, now: number | undefined): boolean {
  const type = capMessageType(first(entry, 'cap:message_type')?.trim() ?? null);
  const status = first(entry, 'cap:status')?.trim() ?? 'Actual';
  const expires = Date.parse(first(entry, 'cap:expires') ?? '');
  return (type === 'Alert' || type === 'Update') && status === 'Actual' && !(now !== undefined && expires <= now);
}

function first(entry: AtomEntry, name: string): string | null {
  return entry.fields.get(name)?.[0] ?? null;
}

function readEntry(entry: AtomEntry, path: string): WeatherAlert | null {
  const field = (name: string): string | null => text(first(entry, name), `${path}.${name}`);
  const required = (name: string): string => {
    const value = field(name);
    if (value === null) throw new ShapeError(`${path}.${name}`, 'present', value);
    return value;
  };
  const messageType = capMessageType(field('cap:message_type'));
  const status = field('cap:status');
  if (messageType === null || (status !== null && status !== 'Actual')) return null;
  const capFile = entry.links.find((link) => link.type === 'application/cap+xml')?.href ?? null;
  const event = required('cap:event');
  return {
    source: 'meteoalarm',
    id: required('cap:identifier'),
    messageType,
    // The feed does not carry `references`; an Update's predecessor is no longer listed.
    references: [],
    event,
    severity: capSeverity(field('cap:severity')),
    urgency: capUrgency(field('cap:urgency')),
    certainty: capCertainty(field('cap:certainty')),
    // Several services name the colour in the event ("Yellow Low Temperature/Ice"), others only in
    // the title ("Orange Wind Warning issued for Germany - Kreis Ahrweiler"), before the area's name.
    awareness: awarenessLevel(event) ?? awarenessLevel(field('title')?.split(/\s+issued for\s+/i)[0] ?? null),
    headline: field('title'),
    description: null,
    instruction: null,
    sent: instant(first(entry, 'cap:sent'), `${path}.cap:sent`),
    onset: instant(first(entry, 'cap:onset'), `${path}.cap:onset`) ?? instant(first(entry, 'cap:effective'), `${path}.cap:effective`),
    expires: instant(first(entry, 'cap:expires'), `${path}.cap:expires`),
    ends: null,
    area: field('cap:areaDesc'),
    issuer: METEOALARM_LABEL,
    link: capFile,
  };
}
