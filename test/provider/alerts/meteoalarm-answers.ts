// MeteoAlarm's per-country Atom feed, `/feeds/meteoalarm-legacy-atom-<country>`, shaped like the
// feeds recorded under test/fixtures/alerts/meteoalarm/ (feeds.meteoalarm.org, 2022): the CAP fields
// as `cap:` elements, the full CAP file as a link, `&` written `&amp;`. A feed the index does not list
// is a 404. The feed carries no `references`: an Update stands in place of the Alert, and a
// cancelled warning is no longer listed.
import { METEOALARM_FEEDS } from '../../../main/core/alerts/meteoalarm.ts';
import type { ServiceAnswer } from './nws-answers.ts';
import { currentMessages, iso, type WarningStory } from './warning-lifecycle.ts';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function entry(story: WarningStory, id: string, type: string, sent: number, feed: string): string {
  const { south, west, north, east } = story.area.box;
  const outline = `${south},${west} ${north},${west} ${north},${east} ${south},${east} ${south},${west}`;
  const field = (name: string, value: string): string => `\t\t<cap:${name}>${escape(value)}</cap:${name}>\n`;
  return (
    '\t<entry>\n' +
    '\t\t<cap:geocode>\n\t\t\t<valueName>EMMA_ID</valueName>\n\t\t\t<value>XX000</value>\n\t\t</cap:geocode>\n' +
    field('areaDesc', story.area.name) +
    field('event', `${story.colour[0]?.toUpperCase()}${story.colour.slice(1)} ${story.event.toLowerCase()} warning`) +
    field('sent', iso(sent)) +
    field('expires', iso(story.expiresAt)) +
    field('effective', iso(sent)) +
    field('onset', iso(story.issuedAt)) +
    field('certainty', 'Likely') +
    field('severity', story.severity) +
    field('urgency', 'Immediate') +
    field('scope', 'Public') +
    field('message_type', type) +
    field('status', 'Actual') +
    field('identifier', id) +
    field('polygon', outline) +
    `\t\t<link href="https://feeds.meteoalarm.org/api/v1/warnings/feeds-${feed}/${id}" type="application/cap+xml"/>\n` +
    `\t\t<title>${escape(`${story.event} warning issued for ${story.area.name}`)}</title>\n` +
    '\t</entry>\n'
  );
}

export function meteoAlarmFeed(feed: string, stories: readonly WarningStory[], now: number): ServiceAnswer {
  const country = [...METEOALARM_FEEDS].find(([, name]) => name === feed)?.[0];
  if (!country) return { status: 404, contentType: 'text/html', body: '<html><body><h1>404 Not Found</h1></body></html>' };
  const entries = currentMessages(stories, now, (story) => (story.country ?? 'DE') === country, false).map((m) => entry(m.story, m.id, m.type, m.sent, feed));
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<feed\n\txmlns="http://www.w3.org/2005/Atom"\n\txmlns:cap="urn:oasis:names:tc:emergency:cap:1.2">\n' +
    `\t<link href="https://feeds.meteoalarm.org/feeds/meteoalarm-legacy-atom-${feed}" rel="self" type="application/atom+xml"/>\n` +
    `\t<id>tag:meteoalarm.org,2021-02-19:${country}</id>\n\t<title>Meteoalarm - severe weather warnings for Europe</title>\n` +
    `\t<updated>${new Date(now).toISOString()}</updated>\n${entries.join('')}</feed>\n`;
  return { status: 200, contentType: 'application/atom+xml; charset=utf-8', body };
}
