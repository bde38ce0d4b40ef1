/** A place where a text addresses its reader informally, or writes the formal "Sie" in lower case. */
export interface AddressFinding {
  kind: 'informal' | 'lowercase';
  /** The offending words as written, e.g. "dich" or "bitten sie". */
  words: string;
  start: number;
}

// Informal pronouns as whole words in any case: "Dein" at the start of a sentence is as informal as "dein".
// "Dirk" or "Budenzauber" do not match; "ihr" alone is left out, it is mostly "her"/"their".
const INFORMAL = /(?<!\p{L})(?:du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?)(?!\p{L})/giu;
// "ihr" as the informal plural shows in its verb: "Ihr habt", "ihr könnt".
const INFORMAL_PLURAL =
  /(?<!\p{L})ihr\s+(?:habt|seid|könnt|müsst|dürft|wollt|sollt|solltet|werdet|wisst|bekommt|braucht|erhaltet)(?!\p{L})/giu;
// Lower-case "sie"/"ihnen"/"ihr…" only where it cannot be the third person (case-sensitive on the pronoun).
const LOWERCASE_FORMAL = [
  // "senden wir ihnen", "dass wir ihnen mitteilen": "them" would need a plural antecedent right before.
  /(?<!\p{L})(?:[Ww]ir|[Ii]ch)\s+ihnen(?!\p{L})/gu,
  // "Bitte senden sie …", "bitte wenden sie sich": an imperative.
  /(?<!\p{L})[Bb]itte\s+\p{Ll}+n\s+sie(?!\p{L})/gu,
  // "wir bitten sie", "bitten wir sie", "danken wir ihnen".
  /(?<!\p{L})(?:(?:[Ww]ir|[Ii]ch)\s+(?:bitten|bitte|danken|danke)|(?:[Bb]itten|[Dd]anken)\s+(?:wir|ich))\s+(?:sie|ihnen)(?!\p{L})/gu,
  // "Vielen Dank für ihre Anfrage".
  /(?<!\p{L})(?:[Dd]ank|[Dd]anke|[Dd]anken)\s+(?:\p{L}+\s+)?für\s+ihr(?:e[mnrs]?)?(?!\p{L})/gu,
  // "können sie uns", "rufen sie mich": things do not send or call.
  /(?<!\p{L})\p{Ll}+n\s+sie\s+(?:uns|mich|mir)(?!\p{L})/gu,
  // A question "Können sie …?" at the start of a sentence.
  /(?<=^|[.!?:]\s+)(?:Können|Könnten|Möchten|Würden|Haben|Wollen|Dürfen|Müssen)\s+sie(?!\p{L})(?=[^.!?\n]*\?)/gmu,
];
// Quoted text (a citizen's own words) is not the letter's address: „…“, “…”, »…«, «…», "…" within one line.
const QUOTED = /„[^“”\n]*[“”]|“[^”\n]*”|»[^«\n]*«|«[^»\n]*»|"[^"\n]*"/gu;

/**
 * Informal address (du, dich, dir, dein…, euch, euer…, "ihr habt") anywhere outside quotations, and lower-case
 * formal address in the frames above. "Sie" as the third person plural ("Sie liegen vor", also at the start of a
 * sentence) is fine: only lower-case forms in unambiguous frames count.
 */
export function findAddressProblems(text: string): AddressFinding[] {
  const unquoted = text.replace(QUOTED, (quote) => ' '.repeat(quote.length));
  const findings: AddressFinding[] = [
    ...matches(unquoted, INFORMAL, 'informal'),
    ...matches(unquoted, INFORMAL_PLURAL, 'informal'),
    ...LOWERCASE_FORMAL.flatMap((pattern) => matches(unquoted, pattern, 'lowercase')),
  ];
  return findings
    .sort((a, b) => a.start - b.start)
    .filter((finding, i, all) => i === 0 || finding.start >= all[i - 1]!.start + all[i - 1]!.words.length);
}

function matches(text: string, pattern: RegExp, kind: AddressFinding['kind']): AddressFinding[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, words: m[0].replace(/\s+/gu, ' '), start: m.index }));
}
