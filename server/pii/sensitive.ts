import { SP, matchAt, type PiiKind, type PiiMatch } from './types.ts';

// Special categories of personal data (Art. 9 DSGVO): health and religion, only where a keyword says that the
// words after it are about a person. No `i` flag: it would make \p{Lu} match lower-case letters too.
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const WORDS = String.raw`(?:[\p{L}\p{N}-]+${SP}+){0,3}[\p{L}\p{N}-]+`;
const BE = String.raw`(?:bin|ist|bist|sind|seid|war|waren|wäre|sei|wurde|wurden)`;
// Up to three words between the verb and the predicate: "ist seit 2019 schwerbehindert".
const BE_GAP = String.raw`${BE}(?:${SP}+[^\s,.;:!?]+){0,3}?${SP}+`;

const HEALTH_LABEL = new RegExp(
  `${B}(?:Diagnosen?|(?:Vor)?[Ee]rkrankung(?:en)?|Krankheit(?:en)?|Krankheitsbild|Befunde?|Allergien?|Behinderung(?:en)?` +
    `|Beeinträchtigung(?:en)?|Medikation|Medikamente|Attest)${SP}*:${SP}*`,
  'gu',
);
const HEALTH_VERB = new RegExp(
  `${B}(?:(?:erkrankt|Erkrankung|leide[nt]?|litt(?:en)?|gelitten)${SP}+(?:an|unter)|(?:Attest|Krankschreibung)${SP}+(?:wegen|aufgrund|über))${SP}+`,
  'gu',
);
const HEALTH_PHRASE = [
  // "ist an Krebs erkrankt", "wurde eine Depression diagnostiziert": the condition is the words in between.
  new RegExp(`${B}an${SP}+(${WORDS})${SP}+erkrankt${E}`, 'gdu'),
  new RegExp(`${B}wurden?${SP}+(?:bei${SP}+\\p{L}+${SP}+)?(${WORDS})${SP}+diagnostiziert${E}`, 'gdu'),
  // "GdB 50", "Grad der Behinderung von 50", "Pflegegrad 3", "Merkzeichen aG".
  new RegExp(
    `${B}((?:GdB|Grad${SP}+der${SP}+(?:Schwer)?[Bb]ehinderung)(?:${SP}+(?:von|in${SP}+Höhe${SP}+von))?${SP}*:?${SP}*\\d{2,3}(?:${SP}?%)?|Pflegegrad${SP}*[1-5]|Pflegestufe${SP}*(?:[0-3]|I{1,3}))${E}`,
    'gdu',
  ),
  new RegExp(`${B}(Merkzeichen${SP}*[„"]?(?:aG|TBl|Bl|Gl|RF|G|B|H))${E}`, 'gdu'),
  // "ich bin schwerbehindert", "sie ist seit März arbeitsunfähig".
  new RegExp(
    `${B}${BE_GAP}((?:schwer|geh|seh|hör|körper|mehrfach|lern)behindert|(?:schwer|geistig|mehrfach)${SP}+behindert` +
      `|pflegebedürftig|arbeitsunfähig|dienstunfähig|erwerbsunfähig|erwerbsgemindert|krankgeschrieben|schwanger` +
      `|(?:chronisch|psychisch|unheilbar)${SP}+krank|HIV-positiv)${E}`,
    'gdu',
  ),
  new RegExp(`${B}(arbeitsunfähig${SP}+(?:erkrankt|krankgeschrieben|geschrieben))${E}`, 'gdu'),
  // "meine Schwerbehinderung", "wegen seiner chronischen Erkrankung".
  new RegExp(
    `${B}(?:[Mm]ein|[Dd]ein|[Ss]ein|[Ii]hr|[Uu]nser)e?[mnrs]?${SP}+((?:\\p{Ll}+e[mnrs]?${SP}+)?(?:Schwerbehinderung|Behinderung` +
      `|Erkrankung|Krankheit|Krankschreibung|Arbeitsunfähigkeit|Pflegebedürftigkeit|Schwangerschaft|Depression))${E}`,
    'gdu',
  ),
];
// Where a number is a rule, not a person's: "ab einem GdB von 50", "mindestens Pflegegrad 2".
const GENERAL = new RegExp(
  `${B}(?:[Aa]b|[Bb]is|[Mm]indestens|[Üü]ber|[Uu]nter)(?:${SP}+(?:einem|dem|zum))?${SP}+$`,
  'u',
);

const RELIGION_WORDS =
  String.raw`(?:(?:römisch-|griechisch-|russisch-|alt|neuapostolisch-)?(?:katholisch|evangelisch|lutherisch|reformiert|orthodox)` +
  String.raw`|evangelisch-(?:lutherisch|reformiert)|muslimisch|islamisch|jüdisch|israelitisch|buddhistisch|hinduistisch` +
  String.raw`|alevitisch|jesidisch|konfessionslos|freireligiös|christlich|atheistisch|sunnitisch|schiitisch)(?:e[mnrs]?)?`;
// The Kirchensteuer codes of the ELStAM: rk, ev, lt, rf, ak, is, jd, …; "--" is none.
const RELIGION_CODES = String.raw`(?:rk|ev|lt|rf|ak|fa|fb|fg|fm|fr|fs|ib|il|is|jd|jh|vd|--)`;
const RELIGION_NOUNS =
  String.raw`(?:Muslim(?:in|a|e)?|Moslem(?:in)?|Jude|Jüdin|Christ(?:in)?|Katholik(?:in)?|Protestant(?:in)?|Buddhist(?:in)?` +
  String.raw`|Hindu|Atheist(?:in)?|Agnostiker(?:in)?|Alevit(?:in)?|Jeside|Jesidin|Sikh|Mormone|Mormonin|Baptist(?:in)?` +
  String.raw`|Zeug(?:e|in)${SP}+Jehovas)`;
const PERSON_IS = String.raw`(?:[Ii]ch${SP}+bin|bin${SP}+ich|[Dd]u${SP}+bist|[Ee]r${SP}+ist|[Ss]ie${SP}+(?:ist|sind)|ist${SP}+(?:er|sie)|sind${SP}+(?:Sie|wir)|[Ww]ir${SP}+sind)`;
const RELIGION = [
  // "Konfession: rk", "Religion: keine", "Religionszugehörigkeit: evangelisch".
  new RegExp(
    `${B}(?:Konfession|Religion|Religionszugehörigkeit|Religionsgemeinschaft|Glaubensgemeinschaft|Glaubensrichtung` +
      `|Bekenntnis|Kirchenzugehörigkeit)${SP}*:${SP}*(\\p{L}[^,;.\\n]{0,39}|--)`,
    'gdu',
  ),
  new RegExp(
    `${B}(?:Konfession|Religion|Religionszugehörigkeit|Kirchensteuermerkmal|Kirchensteuer|KiSt|Religionsschlüssel)` +
      `${SP}*:?${SP}*(${RELIGION_WORDS}|${RELIGION_CODES}|keine|ohne)${E}`,
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
  new RegExp(
    `${B}(?:bin|ist|sind)${SP}+(Mitglied${SP}+(?:der|einer)${SP}+${RELIGION_WORDS}n?${SP}+(?:Kirche|Gemeinde|Kirchengemeinde|Glaubensgemeinschaft|Religionsgemeinschaft))${E}`,
    'gdu',
  ),
  new RegExp(`${B}(aus${SP}+der${SP}+(?:\\p{L}+${SP}+)?Kirche${SP}+ausgetreten)${E}`, 'gdu'),
];

/** Health and religion data: the phrase that names the condition or the fact, up to the end of its clause. */
export function findSensitive(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  const add = (kind: PiiKind, start: number, end: number) => {
    // A phrase names something only with a letter or digit in it ("„Diagnose:“" has none after the colon).
    const named = /[\p{L}\p{N}]/u.test(text.slice(start, end));
    if (named && !found.some((other) => start < other.end && other.start < end)) {
      found.push(matchAt(text, kind, start, end));
    }
  };
  for (const pattern of [HEALTH_LABEL, HEALTH_VERB]) {
    for (const m of text.matchAll(pattern)) add('health', ...clause(text, m.index + m[0].length));
  }
  for (const pattern of HEALTH_PHRASE) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = m.indices![1]!;
      if (GENERAL.test(text.slice(Math.max(0, start - 20), start))) continue;
      add('health', ...withoutArticle(text, start, end));
    }
  }
  for (const pattern of RELIGION) {
    for (const m of text.matchAll(pattern)) add('religion', ...withoutArticle(text, ...trimmed(text, m.indices![1]!)));
  }
  return found.sort((a, b) => a.start - b.start);
}

const CLAUSE_GOES_ON = new RegExp(
  `(?<=\\S${SP}+)(?:sind|ist|bin|bist|war|waren|wurde|wurden|hat|habe|haben|hatte|kann|können|muss|müssen|wird|werden` +
    `|seit|bis|ab|vom|am|laut|gemäß|weil|da|dass|wenn|daher|deshalb|bitte|Sie|ich|er|sie|es|wir|man)(?![\\p{L}\\p{N}])`,
  'u',
);

/** The clause from `start`: up to , ; . (not a decimal point) or the end of the line, at most about 60 characters. */
function clause(text: string, start: number): [number, number] {
  let end = start;
  while (end < text.length && end - start < 60) {
    const char = text[end]!;
    if (char === '\n' || char === ',' || char === ';' || char === ':') break;
    if (char === '.' && !(/\d/u.test(text[end - 1] ?? '') && /\d/u.test(text[end + 1] ?? ''))) break;
    end += 1;
  }
  // Cut at the last whole word if the limit ended the clause.
  if (end - start >= 60 && /\p{L}/u.test(text[end] ?? '')) end = start + text.slice(start, end).search(/\S*$/u);
  // "Diabetes Typ 2 sind Sie …": the clause goes on, the condition ends before its verb.
  const verb = CLAUSE_GOES_ON.exec(text.slice(start, end));
  if (verb) end = start + verb.index;
  return withoutArticle(text, ...trimmed(text, [start, end]));
}

const trimmed = (text: string, [start, end]: readonly [number, number]): [number, number] => {
  const value = text.slice(start, end);
  return [start + (value.length - value.trimStart().length), end - (value.length - value.trimEnd().length)];
};

/** "einer schweren Depression" → "schweren Depression": the article names nothing. */
function withoutArticle(text: string, start: number, end: number): [number, number] {
  const article = /^(?:eine?[mnrs]?|der|die|das|dem|den|des)[^\S\n]+/u.exec(text.slice(start, end));
  return article && start + article[0].length < end ? [start + article[0].length, end] : [start, end];
}
