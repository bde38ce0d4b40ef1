import { SP } from './types.ts';

// The keywords of findSensitive (sensitive.ts), as regex sources. Case matters: no `i` flag anywhere, since it
// would make \p{Lu} match lower-case letters too.
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;
/** A form of "sein" before what it says of a person: "ist schwerbehindert", "bin Muslimin". */
export const BE = String.raw`(?:bin|ist|bist|sind|seid|war|waren|wäre|sei|wurde|wurden)`;
/** A few words before a label's colon: "Diagnose lt. Hausärztin Dr. Meier:"; dotted words only as abbreviations. */
const GAP = String.raw`(?:${SP}+(?:[^\s:;!?.()]+|\p{L}{1,3}\.)){1,5}?`;
/** What may stand between a label and its colon: "(Angabe des Vaters)", "laut Gutachten", "lt. Antrag". */
export const LABEL_GAP = String.raw`(?:${SP}*\([^()\n]{0,60}\)|${SP}+(?:laut|lt\.|gem\.|gemäß|ausweislich|nach|aus|im|des|der)${GAP})?`;

// Health: a label with a colon ("Diagnose: …"); the value is the rest of its clause.
export const HEALTH_LABELS =
  String.raw`(?:Diagnosen?|(?:Vor|Grund|Neben|Begleit)?[Ee]rkrankung(?:en)?|Krankheit(?:en)?|Krankheitsbild|Befunde?` +
  String.raw`|Allergien?|(?:\p{Lu}\p{Ll}+u|U)nverträglichkeit(?:en)?|Behinderung(?:en)?|Art${SP}+der${SP}+Behinderung` +
  String.raw`|Beeinträchtigung(?:en)?|Medikation|Medikamente|Dauermedikation|Attest|Gesundheitsstörung(?:en)?` +
  String.raw`|Pflegebedürftigkeit|Schwerbehinderung)`;
/** Labels that are form fields only at the start of a line ("Gesundheit: …", not "Amt für Gesundheit: …"). */
export const HEALTH_LINE_LABELS = String.raw`(?:Gesundheit|Gesundheitszustand|[Gg]esundheitliche${SP}+(?:Einschränkungen|Angaben))`;
/** An enumeration or bullet before a label at the start of a line: "1.", "a)", "-". */
export const LINE_START = String.raw`(?<![^\n])${SP}*(?:(?:[-–•*]|\d{1,2}[.)]|[a-z]\))${SP}*)?`;

// Health: a phrase after which the condition follows ("leidet an …", "Therapie wegen …").
const TREATMENT =
  String.raw`(?:Attest|Krankschreibung|Arbeitsunfähigkeit|AU|arbeitsunfähig|krankgeschrieben|dienstunfähig` +
  String.raw`|(?:\p{Lu}\p{Ll}*t|T)herapie|Reha|Rehabilitation|Kur|Klinikaufenthalt|Krankenhausaufenthalt|Operation|OP` +
  String.raw`|operiert|(?:in|[Ää]rztliche[nr]?|[Ff]achärztliche[nr]?|[Aa]mbulante[nr]?|[Ss]tationäre[nr]?` +
  String.raw`|[Pp]sychiatrische[nr]?|[Pp]sychotherapeutische[nr]?|[Mm]edizinische[nr]?)${SP}+Behandlung` +
  String.raw`|(?:[Ää]rztliche[nrs]?|[Ff]achärztliche[nrs]?|[Aa]mtsärztliche[nrs]?)${SP}+(?:Bescheinigung|Gutachten|Stellungnahme))`;
export const HEALTH_INTROS = [
  String.raw`(?:erkrankt|Erkrankung|leide[nt]?|litt(?:en)?|gelitten)${SP}+(?:an|unter)`,
  String.raw`(?:Attest|Krankschreibung)${SP}+über`,
  String.raw`${TREATMENT}${SP}+(?:wegen|aufgrund|infolge)`,
  String.raw`(?:Medikamente|Medikation|Tabletten|Allergien?|allergisch|Unverträglichkeit|überempfindlich)${SP}+gegen`,
  String.raw`Diagnosen?${SP}+laute(?:t|n|te|ten)`,
  // "Die Diagnose ist Bandscheibenvorfall …", a noun; not "Die Diagnose ist Sache der Ärztin".
  String.raw`Diagnose${SP}+(?:ist|war)(?=${SP}+\p{Lu})(?!${SP}+(?:Sache|Aufgabe|Voraussetzung|Grundlage|Teil|Gegenstand)${E})`,
];

/** Reasons that are not conditions: "leidet unter dem Baulärm", "Therapie wegen der Kosten abgelehnt". */
export const NOT_CONDITION = new RegExp(
  String.raw`${B}\p{L}*(?:[Ll]ärm|[Bb]elästigung|[Gg]estank|[Gg]eruch|[Kk]osten|[Ff]rist|[Tt]ermin|[Uu]nterlagen|[Uu]rlaub` +
    String.raw`|[Uu]mzug|[Ww]artezeit|Personalmangel|[Zz]uständigkeit|[Üü]berlastung|[Hh]itze)`,
  'u',
);
/** What a label says instead of a value: "Attest: liegt vor", "Gesundheit: keine Angaben". */
export const NO_VALUE = new RegExp(
  String.raw`^(?:liegt|liegen|folgt|folgen|fehlt|fehlen|wird|werden|siehe|s\.|anbei|beigefügt|vorhanden|vorgelegt` +
    String.raw`|nachgereicht|entfällt|unbekannt|keine${SP}+Angaben?|k\.${SP}?A\.)${E}`,
  'u',
);

// Health: a predicate said of a person ("ist schwerbehindert"), after a form of "sein".
export const HEALTH_PREDICATES =
  String.raw`(?:(?:schwer|geh|seh|hör|körper|mehrfach|lern)behindert|(?:schwer|geistig|mehrfach)${SP}+behindert` +
  String.raw`|pflegebedürftig|arbeitsunfähig|dienstunfähig|erwerbsunfähig|erwerbsgemindert|krankgeschrieben|schwanger` +
  String.raw`|(?:chronisch|psychisch|unheilbar|schwer|todkrank)${SP}+(?:krank|erkrankt)|HIV-positiv|depressiv|dement` +
  String.raw`|demenzkrank|suchtkrank|alkoholabhängig|drogenabhängig|suizidgefährdet|querschnittsgelähmt|gehörlos` +
  String.raw`|erblindet|dialysepflichtig|insulinpflichtig|bettlägerig)`;
/** Nouns after "mein", "seiner", …: "meine Schwerbehinderung", "seiner chronischen Erkrankung". */
export const HEALTH_OWN =
  String.raw`(?:Schwerbehinderung|Behinderung|Erkrankung(?:en)?|Krankheit|Krankschreibung|Arbeitsunfähigkeit` +
  String.raw`|Pflegebedürftigkeit|Schwangerschaft|Depression(?:en)?|Allergie|Demenz|Sucht(?:erkrankung)?` +
  String.raw`|(?:gesundheitlichen|körperlichen|psychischen|seelischen)${SP}+(?:Beschwerden|Probleme|Einschränkungen))`;
export const MERKZEICHEN = String.raw`(?:aG|TBl|Bl|Gl|RF|G|B|H|1\.${SP}?Kl\.?)(?![\p{L}\p{N}])`;

// Religion.
export const RELIGION_WORDS =
  String.raw`(?:(?:römisch-|griechisch-|russisch-|alt|neuapostolisch-)?(?:katholisch|evangelisch|lutherisch|reformiert|orthodox)` +
  String.raw`|evangelisch-(?:lutherisch|reformiert)|muslimisch|islamisch|jüdisch|israelitisch|buddhistisch|hinduistisch` +
  String.raw`|alevitisch|jesidisch|konfessionslos|freireligiös|christlich|atheistisch|sunnitisch|schiitisch)(?:e[mnrs]?)?`;
export const RELIGION_FAITHS = String.raw`(?:Islam|Christentum|Judentum|Buddhismus|Hinduismus|Jesidentum|Sikhismus)`;
// The Kirchensteuer codes of the ELStAM: rk, ev, lt, rf, ak, is, jd, …; "--" is none.
export const RELIGION_CODES = String.raw`(?:rk|ev|lt|rf|ak|fa|fb|fg|fm|fr|fs|ib|il|is|jd|jh|vd|--)`;
export const RELIGION_LABELS =
  String.raw`(?:Konfession|Religion|Religionszugehörigkeit|Religionsgemeinschaft|Glaubensgemeinschaft|Glaubensrichtung` +
  String.raw`|Bekenntnis|Kirchenzugehörigkeit|Kirchensteuermerkmal|Religionsschlüssel)`;
export const RELIGION_NOUNS =
  String.raw`(?:Muslim(?:in|a|e)?|Moslem(?:in)?|Jude|Jüdin|Christ(?:in)?|Katholik(?:in)?|Protestant(?:in)?|Buddhist(?:in)?` +
  String.raw`|Hindu|Atheist(?:in)?|Agnostiker(?:in)?|Alevit(?:in)?|Jeside|Jesidin|Sikh|Mormone|Mormonin|Baptist(?:in)?` +
  String.raw`|Zeug(?:e|in)${SP}+Jehovas)`;
/**
 * A religious community a person belongs to or leaves: "der römisch-katholischen Kirche", "der Moscheegemeinde",
 * a church by its name ("der Neuapostolischen Kirche"); a "Gemeinde" only with a religious word (else a town).
 */
export const RELIGION_GROUP =
  String.raw`(?:${RELIGION_WORDS}n?${SP}+(?:Kirche|Landeskirche|Freikirche|Gemeinde|Kirchengemeinde|Glaubensgemeinschaft` +
  String.raw`|Religionsgemeinschaft)|(?:\p{Lu}[\p{L}-]*e[nr]?${SP}+)?(?:Kirche|Landeskirche|Freikirche)` +
  String.raw`|Kirchengemeinde|Pfarrgemeinde|Moscheegemeinde` +
  String.raw`|Moscheeverein|Synagogengemeinde|Kultusgemeinde)(?![\p{L}\p{N}-])`;
