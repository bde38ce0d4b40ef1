import { findEmails } from './email.ts';
import { capitalise, isFirstName } from './first-names.ts';
import { NOT_NAMES, NOUN_ENDING } from './person-words.ts';

// Local parts that name an office, not a person: "info@", "buergerbuero@", "post.stelle@".
const ROLE_PARTS = new Set(['info', 'kontakt', 'post', 'poststelle', 'service', 'team', 'mail', 'office', 'noreply']);

/**
 * Surnames that e-mail addresses reveal: "anna.mueller@…" and "a.mueller@…" say that Mueller (and Müller, the
 * same name with its umlaut) is a person's name, so its occurrences in the text are found even where no given
 * name or "Frau"/"Herr" stands before them. The address itself is an e-mail match.
 */
export function surnamesFromEmails(text: string): string[] {
  const surnames = new Set<string>();
  for (const { value } of findEmails(text)) {
    const parts = value.slice(0, value.indexOf('@')).toLowerCase().split(/[._]/u);
    if (parts.length < 2) continue;
    const [head = '', tail = ''] = [parts[0], parts.at(-1)];
    // "anna.mueller", "a.mueller", and the other way round, "mueller.anna".
    const family = given(head) ? tail : given(tail) && !given(head) ? head : undefined;
    if (family === undefined || !/^\p{L}{2,}(?:-\p{L}{2,})?$/u.test(family) || ROLE_PARTS.has(family)) continue;
    for (const spelling of spellings(family)) {
      if (!NOT_NAMES.has(spelling) && !NOUN_ENDING.test(spelling.toLowerCase())) surnames.add(spelling);
    }
  }
  return [...surnames];
}

const given = (part: string): boolean =>
  /^\p{L}$/u.test(part) || spellings(part).some((spelling) => isFirstName(spelling));

/** "mueller" → "Mueller", "Müller"; "mueller-luedenscheidt" → … "Müller-Lüdenscheidt". */
function spellings(part: string): string[] {
  const written = part.split('-').map(capitalise).join('-');
  const umlauts = written.replace(/ae/gu, 'ä').replace(/oe/gu, 'ö').replace(/ue/gu, 'ü');
  const initial = umlauts.replace(/^Ae/u, 'Ä').replace(/^Oe/u, 'Ö').replace(/^Ue/u, 'Ü');
  return [...new Set([written, initial])];
}
