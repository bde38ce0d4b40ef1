// Word lists for person.ts: what stands around a name, and capitalised words that are no name.

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/** Capitalised words that end a name: function words at the start of a sentence, and the nouns of letters. */
export const NOT_NAMES = words(`
  Der Die Das Den Dem Des Ein Eine Einen Einem Einer Ihr Ihre Ihren Ihrem Ihrer Sie Wir Ich Er Es Und Oder Aber
  Mit Von Vom Bei Beim Für Im In Am An Auf Aus Zu Zur Zum Nach Über Unter Bis Seit Wegen Ohne Gegen Durch Als Wenn
  Dass Ob Weil Da So Wie Was Wer Wo Wann Warum Alle Jeder Jede Viele Sehr Ja Nein Bitte Danke Dank Vielen Herzlich
  Hallo Liebe Lieber Liebes Guten Tag Morgen Abend Heute Gestern Hier Dort Nun Jetzt Auch Noch Nicht Kein Keine
  Grüße Grüßen Gruß Herr Herrn Frau Damen Herren Amt Stadt Straße Gemeinde Kreis Land Bund Team Firma GmbH Verwaltung
  Behörde Abteilung Referat Dezernat Bürgermeister Bürgermeisterin Kollege Kollegin Kolleginnen Kollegen Minister
  Ministerin Präsident Präsidentin Doktor Professor Professorin Vorsitzende Vorsitzender Direktor Direktorin Leiter
  Leiterin Sachbearbeiter Sachbearbeiterin Antragsteller Antragstellerin Kunde Kundin Bürger Bürgerin Nachbar
  Nachbarin Mitarbeiter Mitarbeiterin Anlage Anlagen Betreff Datum Telefon Tel Fax Mail Email Postfach Ort Anhang
  Name Vorname Nachname Hinweis Bescheid Antrag Akte Unterlagen Termin Frist Widerspruch Schreiben Brief Nachricht Rückfrage Fragen
  Himmelfahrt Weihnachten Ostern Pfingsten Deutschland Europa
`);

/** Words for roles and offices between "Frau"/"Herr" and a name: "Frau Bürgermeisterin Müller". */
export const ROLES = words(`
  Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Minister Ministerin Staatssekretär
  Staatssekretärin Präsident Präsidentin Kollege Kollegin Vorsitzender Vorsitzende Abgeordneter Abgeordnete
  Landrat Landrätin Direktor Direktorin Doktor Professor Professorin Pfarrer Pfarrerin Rechtsanwalt Rechtsanwältin
  Richterin Stadtrat Stadträtin Senator Senatorin Kommissar Kommissarin Dezernent Dezernentin Amtsleiter
  Amtsleiterin Konsul Konsulin Botschafter Botschafterin Pastor Pastorin Ober
`);

/** Academic titles and their abbreviations, skipped before a name (regex source, each ends its own word). */
export const TITLES = String.raw`(?:Prof\.|Dr\.(?:[^\S\n]?(?:med|phil|rer\.[^\S\n]?nat|rer\.[^\S\n]?pol|jur|h\.[^\S\n]?c|dent|vet|oec|ing)\.)*|Dipl\.-\p{L}+\.?|Mag\.|Ing\.|PD(?!\p{L})|Priv\.-Doz\.)`;

/** Endings of nouns that are no surname ("Leitung", "Gesellschaft", "Landratsamt"), for words of six letters or more. */
export const NOUN_ENDING =
  /(?:ung|heit|keit|schaft|tion|ität|ismus|nahme|stelle|behörde|amt|ämter|verwaltung|gericht|kasse|werk|werke|gesetz|ordnung|antrag|bescheid|vertrag|zentrum|verein|verband|büro|bank|schule|gymnasium|universität|hochschule|institut|ministerium|stiftung|klinik|klinikum|krankenhaus|kirche|partei|fraktion|akademie|agentur|gruppe|gemeinde|kreis|straße|platz|allee|preis)$/u;

/** Organisation words: a line or name run with one of these is an organisation, not a person. */
export const ORG_WORDS = words('GmbH gGmbH mbH AG KG OHG GbR UG eG SE e.V. Co. KGaA Stadtwerke Team Service');

/** Determiners before "Frau"/"Herr" that make it a noun ("die Frau Leistungen erhält"), not a salutation. */
export const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|[Jj]ede[mnrs]?|[Dd]iese[mnrs]?|[Kk]eine[mnrs]?|[Mm]eine[mnrs]?|[Ss]eine[mnrs]?|[Ii]hre[mnrs]?|[Uu]nsere[mnrs]?|[Ww]elche[mnrs]?|[Jj]ene[mnrs]?)[^\S\n]+$/u;

/**
 * Name particles written in lower case before a surname: "von der Leyen", "van den Berg", "de la Cruz". An article
 * alone is none: "Herr der Lage".
 */
export const PARTICLES = String.raw`(?:(?:von|van|vom|zu|zur|de|del|della|di|da|dos|du|ter|ten|bin|ibn)(?:[^\S\n]+(?:der|den|dem|la|le|los))?)`;

/**
 * What makes a capitalised word a noun rather than a known surname carried to another place: an article, a
 * contraction ("zum Beispiel", "im Wolf") or an adjective ending ("ein kleines Beispiel").
 */
export const NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|[Jj]ede[mnrs]?|[Dd]iese[mnrs]?|[Kk]eine[mnrs]?|[Zz]u[mr]|[IiAa]m|[Vv]om|[Bb]eim|[Ii]ns|[Aa]ns|\p{Ll}+e[sm])[^\S\n]+$/u;
