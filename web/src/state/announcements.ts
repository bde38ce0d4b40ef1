const KEY = 'promptathon:ausgeblendete-nachrichten';
/** Enough for a day of messages; older ids are forgotten so the entry never grows without end. */
const KEEP = 50;

/** The trainer's messages this browser has hidden ("Ausblenden"), so that a reload does not bring them back. */
export function dismissedAnnouncements(): ReadonlySet<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    // Storage disabled or a broken entry: every message shows again, nothing worse.
    return new Set();
  }
}

/** Remembers a hidden message; answers all hidden ones. */
export function dismissAnnouncement(id: string): ReadonlySet<string> {
  const ids = [...dismissedAnnouncements(), id].slice(-KEEP);
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Private mode or a full quota: the message stays hidden until the page is reloaded.
  }
  return new Set(ids);
}
