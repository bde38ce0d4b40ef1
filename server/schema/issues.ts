import * as z from 'zod';
import { de } from 'zod/locales';

// Trainers and attendees read these messages: German, as the rest of the product. Imported by name, as `z.locales`
// would bundle all 50 languages (300 KB more for every CLI start and the web UI).
z.config(de());

export interface FieldIssue {
  path: (string | number)[];
  message: string;
  /** The last path element is a key that should not be there (point at the key, not its value). */
  unknownKey?: true;
}

/** Flattens zod issues to one entry per field; an unknown key gets its own path so it can be located. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unbekanntes Feld "${key}"`,
        unknownKey: true as const,
      }));
    }
    return [{ path, message: issue.message }];
  });
}
