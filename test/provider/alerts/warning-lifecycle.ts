// One warning's life as the stand-ins tell it: issued, perhaps updated, perhaps cancelled, expired.
// Each service's stand-in renders the messages in force at a moment in its own format.

export type Box = Readonly<{ south: number; west: number; north: number; east: number }>;

export type WarningStory = Readonly<{
  /** Short, unique: message ids are `${key}-alert`, `${key}-update`, `${key}-cancel`. */
  key: string;
  event: string;
  severity: 'Extreme' | 'Severe' | 'Moderate' | 'Minor';
  colour: 'yellow' | 'orange' | 'red';
  /** Where it applies; its name is the area's description. */
  area: Readonly<{ name: string; box: Box }>;
  /** ISO 3166-1 code: the MeteoAlarm feed it is listed in. @default 'DE' */
  country?: string;
  issuedAt: number;
  updatedAt?: number | undefined;
  cancelledAt?: number | undefined;
  expiresAt: number;
  description?: string;
  instruction?: string;
}>;

export type StoryMessage = Readonly<{
  id: string;
  type: 'Alert' | 'Update' | 'Cancel';
  /** The message this one replaces. */
  replaces: string | null;
  sent: number;
  story: WarningStory;
  headline: string;
}>;

export function covers(box: Box, latitude: number, longitude: number): boolean {
  return latitude >= box.south && latitude <= box.north && longitude >= box.west && longitude <= box.east;
}

/** The one message of the story that is current at `now`, or none before issue and after expiry. */
function messageAt(story: WarningStory, now: number): StoryMessage | null {
  if (now < story.issuedAt || now >= story.expiresAt) return null;
  const updated = story.updatedAt !== undefined && now >= story.updatedAt;
  const cancelled = story.cancelledAt !== undefined && now >= story.cancelledAt;
  const alertId = `${story.key}-alert`;
  const updateId = `${story.key}-update`;
  if (cancelled) {
    return {
      id: `${story.key}-cancel`,
      type: 'Cancel',
      replaces: updated ? updateId : alertId,
      sent: story.cancelledAt ?? now,
      story,
      headline: `${story.event} cancelled`,
    };
  }
  if (updated) return { id: updateId, type: 'Update', replaces: alertId, sent: story.updatedAt ?? now, story, headline: `${story.event} updated` };
  return { id: alertId, type: 'Alert', replaces: null, sent: story.issuedAt, story, headline: `${story.event} issued` };
}

export const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', '+00:00');

/** The current message of each story that `concerns` keeps; Cancels only for services that list them. */
export function currentMessages(
  stories: readonly WarningStory[],
  now: number,
  concerns: (story: WarningStory) => boolean,
  listsCancels: boolean,
): StoryMessage[] {
  return stories
    .filter(concerns)
    .map((story) => messageAt(story, now))
    .filter((m): m is StoryMessage => m !== null && (listsCancels || m.type !== 'Cancel'));
}
