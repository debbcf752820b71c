// Words the tray, the window and the CLI share, so all of them say "4 min ago" the same way.
// Imports nothing: the renderer may bundle this file (and only this one) from main/.

/** "just now", "4 min ago", "3 h ago", "2 days ago": how old data is, for a glance. */
export function formatAge(ageMs: number | null): string {
  if (ageMs === null) return 'never';
  const minutes = Math.floor(ageMs / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
