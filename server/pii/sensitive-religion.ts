import { SP } from './types.ts';
import {
  B,
  BE,
  E,
  LABEL_GAP,
  RELIGION_CODES,
  RELIGION_FAITHS,
  RELIGION_GROUP,
  RELIGION_LABELS,
  RELIGION_NOUNS,
  RELIGION_WORDS,
} from './sensitive-words.ts';

// Religion (Art. 9 DSGVO) for findSensitive (sensitive.ts): a keyword or a person's statement, then the value.
const PERSON_IS = String.raw`(?:[Ii]ch${SP}+bin|bin${SP}+ich|[Dd]u${SP}+bist|[Ee]r${SP}+ist|[Ss]ie${SP}+(?:ist|sind)|ist${SP}+(?:er|sie)|sind${SP}+(?:Sie|wir)|[Ww]ir${SP}+sind)`;
/** Religion: each pattern's group 1 is the value. */
export const RELIGION_PATTERNS = [
  // "Konfession: rk", "Religion (Angabe der Mutter): muslimisch", "Religionszugehörigkeit: Islam (sunnitisch)".
  new RegExp(`${B}${RELIGION_LABELS}${LABEL_GAP}${SP}*:${SP}*(\\p{L}[^,;.\\n]{0,39}|--)`, 'gdu'),
  // "Kirchensteuermerkmal ev", "Konfession evangelisch", "Kirchensteuermerkmal neu rk".
  new RegExp(
    `${B}(?:${RELIGION_LABELS}|Kirchensteuer|KiSt)${SP}*:?${SP}*(?:(?:neu|bisher|bisherig|vorher|jetzt|nun|aktuell|künftig)${SP}*:?${SP}+)?` +
      `(${RELIGION_WORDS}|${RELIGION_FAITHS}|${RELIGION_CODES}|keine|ohne)${E}`,
    'gdu',
  ),
  // "ich bin Muslimin", "er ist gläubiger Katholik": a noun for a believer says it of a person.
  new RegExp(
    `${B}${BE}${SP}+(?:(?:ein|eine|gläubige[rs]?|praktizierende[rs]?|überzeugte[rs]?|streng${SP}?gläubige[rs]?)${SP}+){0,2}` +
      `(${RELIGION_NOUNS})${E}`,
    'gdu',
  ),
  // "ich bin katholisch", "sie ist evangelisch"; an adjective only with a person as subject ("Die Kita ist …").
  new RegExp(`${B}${PERSON_IS}${SP}+(?:(?:streng|gläubig|praktizierend)${SP}+)?(${RELIGION_WORDS})${E}`, 'gdu'),
  // Membership, joining and leaving: "Mitglied der jüdischen Gemeinde", "Austritt aus der evangelischen Kirche".
  new RegExp(
    `${B}(?:Mitglied(?:schaft)?(?:${SP}+in)?|[Aa]ngehörige[rn]?|angehört|gehört|gehöre)${SP}+(?:der|einer)${SP}+(${RELIGION_GROUP})`,
    'gdu',
  ),
  new RegExp(
    `${B}(?:(?:Kirchen)?[Aa]ustritt|Eintritt|Übertritt|Wiedereintritt|Aufnahme|ausgetreten|eingetreten|übergetreten)${SP}+(?:aus|in|zu)${SP}+(?:der|die|einer|eine)${SP}+(${RELIGION_GROUP})`,
    'gdu',
  ),
  new RegExp(`${B}(aus${SP}+der${SP}+(?:\\p{L}+${SP}+)?Kirche${SP}+ausgetreten)${E}`, 'gdu'),
  // "isst aus religiösen Gründen kein Schweinefleisch": a practice that tells the faith, with the reason; not a
  // rule like "Befreiung aus religiösen Gründen ist möglich" or a request ("Aus religiösen Gründen bitte ich …").
  new RegExp(
    `${B}aus${SP}+(religiösen${SP}+Gründen${SP}+(?:kein|keine|keinen|keinem|nicht|nur)${E}[^,.;:!?\\n]{0,50})`,
    'gdu',
  ),
];
