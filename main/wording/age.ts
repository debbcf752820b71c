// How old data is, for a glance: the same words in the tray, the window and the CLI.

const MINUTE_MS = 60_000;

/** "just now", "4 min ago", "3 h ago", "2 days ago"; "never" when there is no data. */
export function formatAge(ageMs: number | null): string {
  if (ageMs === null) return 'never';
  const minutes = Math.floor(ageMs / MINUTE_MS);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
