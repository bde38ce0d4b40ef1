// Limits the schemas enforce and the web UI explains before sending; zod-free, so the UI imports them cheaply.

/** Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/l). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export const TEAM_NAME_LENGTH = { min: 2, max: 40 } as const;

export const PASSWORD_MIN_LENGTH = 10;

/** An assertion's `description`: one short sentence attendees read. */
export const ASSERTION_DESCRIPTION_MAX = 200;
