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
  Himmelfahrt Weihnachten Ostern Pfingsten Deutschland Europa Uhr Laut Gemäß Trotz Während Statt Seitens Bezüglich
  Betreff Betrifft Familie Eheleute Geschwister Kinder Hinweise Angaben Vermerk Notiz Telefonnotiz Gesprächsnotiz
  Ihnen Ihm Ihn Uns Euch Dir Dich Mich Mein Meine Meinen Meinem Meiner Dein Deine Sein Seine Seinen Seinem Seiner
  Unser Unsere Unseren Unserem Unserer Euer Eure Diese Dieser Dieses Diesen Diesem Jene Jener Man
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
export const ORG_WORDS = words('GmbH gGmbH mbH AG KG OHG GbR UG eG SE e.V. Co. KGaA AöR KdöR Stadtwerke Team Service');

/**
 * Nouns that name an office, a business or a mailbox rather than a person: "Personalbüro <…>", "Kreisstadt
 * Musterstadt", "Autohaus Am Ring". For lines and mail headers whose words are otherwise not checked.
 */
export const ORG_NOUNS = words(`
  Amt Stadt Gemeinde Kreis Landkreis Bezirk Land Bund Freistaat Info Kontakt Büro Sekretariat Kanzlei Praxis
  Rathaus Jobcenter Zentrale Poststelle Redaktion Fachbereich Fachdienst Sachgebiet Kita Hotel Restaurant Verlag
  Sparkasse Apotheke Support Newsletter Holding Immobilien Post Haus Polizei Feuerwehr Senat Ausschuss Noreply
  Postmaster Webmaster Helpdesk Hotline Kundencenter Landeshauptstadt Hansestadt Bundesstadt Kreisstadt Markt
  Gasthof Pension Verwaltung Leitung Bürgerservice Bürgerbüro Personalrat Betriebsrat Beirat Stadtrat Kreistag
  Café Cafe Bäckerei Metzgerei Fleischerei Friseur Salon Kiosk Imbiss Bistro Bar Pizzeria Gaststätte Kneipe Shop
  Obst Gemüse Blumen Getränke Reisebüro Fahrschule Physiotherapie Zahnarztpraxis Kanzlei Werkstatt
`);

/** Endings of such nouns in compounds: "Kundenservice", "Autohaus", "Ordnungsamt", "Kreisstadt". */
export const ORG_ENDING =
  /(?:amt|ämter|stadt|haus|dienst|service|team|büro|stelle|verwaltung|zentrale|kanzlei|praxis|center|zentrum|kasse|bank|gericht|behörde|schule|kammer|kämmerei|verband|verein|werk|werke|gesellschaft|agentur|gruppe|sekretariat|referat|dezernat|abteilung|direktion|ministerium|institut|klinik|klinikum|apotheke|hilfe|support|studio|laden|betrieb|bestattungen|immobilien|versicherung|bibliothek|bücherei|museum|theater|archiv|halle|hof|garten|park|kita|hort)$/u;

/** Kinship and roles before a name: "Vater Sjoerd van Dijk", "Tochter Helene", "Nachbar Schmidt". */
export const KIN = words(`
  Vater Mutter Sohn Tochter Kind Ehemann Ehefrau Ehegatte Ehegattin Ehepartner Ehepartnerin Bruder Schwester Enkel
  Enkelin Enkelsohn Enkeltochter Großmutter Großvater Oma Opa Partner Partnerin Lebensgefährte Lebensgefährtin
  Lebenspartner Lebenspartnerin Nachbar Nachbarin Mieter Mieterin Untermieter Untermieterin Vermieter Vermieterin
  Betreuer Betreuerin Kollege Kollegin Sachbearbeiter Sachbearbeiterin Onkel Tante Neffe Nichte Cousin Cousine
  Schwager Schwägerin Schwiegermutter Schwiegervater Schwiegersohn Schwiegertochter Stiefvater Stiefmutter
  Stiefsohn Stieftochter Pflegekind Pflegesohn Pflegetochter Pflegemutter Pflegevater Halbbruder Halbschwester
  Zwillingsbruder Zwillingsschwester Verlobte Verlobter Papa Mama Kinder Söhne Töchter Enkelkinder Eltern
`);

/**
 * Capitalised words before a surname that are no given name: nouns for people and for matters in notes ("Zeuge
 * Müller", "Rückruf Müller"). Checked with the other exclusions when a known surname takes the word before it.
 */
export const NOT_GIVEN = words(`
  Zeuge Zeugin Kläger Klägerin Beklagte Beklagter Schuldner Schuldnerin Gläubiger Gläubigerin Erbe Erbin Mandant
  Mandantin Klient Klientin Patient Patientin Schüler Schülerin Student Studentin Bewerber Bewerberin Beschuldigte
  Beschuldigter Betroffene Betroffener Verstorbene Verstorbener Halter Halterin Inhaber Inhaberin Eigentümer
  Eigentümerin Arzt Ärztin Hausarzt Hausärztin Lehrer Lehrerin Pfleger Pflegerin Anrufer Anruferin Anruf Rückruf
  Vorgang Sache Fall Akte Angelegenheit Verfahren Fragen Kontoinhaber Kontoinhaberin Unterschrift Gez Pass
  Ausweis Reisepass Konto Zimmer Raum Büro Telefon Handy Mobil Fax Mail E-Mail Frau Herr Herrn Fr Hr Dr Prof
  Standesbeamter Standesbeamtin Rechtsanwalt Rechtsanwältin Notar Notarin Richter Richterin Gutachter Gutachterin
  Anschrift Adresse Postanschrift Hausanschrift Lieferanschrift Rechnungsanschrift Besucheranschrift Wohnanschrift
  Meldeanschrift Wohnsitz Wohnort Sitz Standort Dienstsitz Dienstgebäude Gebäude Eingang Besuchereingang Zugang
  Kontakt Kontaktdaten Sprechzeiten Öffnungszeiten Servicezeiten Erreichbarkeit Bankverbindung Informationen
  Rückfragen Ansprechpartner Ansprechpartnerin Absender Empfänger Neue Neuer Neues Alte Alter Aktuelle Bisherige
  Bisheriger Weitere Allgemeine Zuständige Zuständiger Telefonische Persönliche Persönlicher Postalische Vorherige
  Frühere Künftige Derzeitige Ehemalige Letzte Nächste Wichtige Hinweis Achtung Bitte Betreff Anlage Anlagen
`);

/**
 * The ends of job titles after a name: "Müller, Sachbearbeiterin", "Schulz, Standesbeamter", "Reinhild Paschke
 * / Abteilungsleiterin". Lower case, matched against the end of the lower-cased word.
 */
export const JOB_ENDING =
  /(?:leiter|leiterin|bearbeiter|bearbeiterin|beamter|beamtin|beamte|referent|referentin|anwalt|anwältin|führer|führerin|meister|meisterin|arbeiter|arbeiterin|berater|beraterin|vorsitzende|vorsitzender|richter|richterin|notar|notarin|arzt|ärztin|lehrer|lehrerin|erzieher|erzieherin|dolmetscher|dolmetscherin|sekretär|sekretärin|assistent|assistentin|gutachter|gutachterin|pfleger|pflegerin|angestellte|angestellter|inspektor|inspektorin|amtmann|amtfrau|direktor|direktorin|präsident|präsidentin|kommissar|kommissarin|sprecher|sprecherin|koordinator|koordinatorin|beauftragte|beauftragter|fachkraft|manager|managerin|sachbearbeitung)$/u;

/** Determiners before "Frau"/"Herr" that make it a noun ("die Frau Leistungen erhält"), not a salutation. */
export const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|[Jj]ede[mnrs]?|[Dd]iese[mnrs]?|[Kk]eine[mnrs]?|[Mm]eine[mnrs]?|[Ss]eine[mnrs]?|[Ii]hre[mnrs]?|[Uu]nsere[mnrs]?|[Ww]elche[mnrs]?|[Jj]ene[mnrs]?)[^\S\n]+$/u;

/**
 * Name particles written in lower case before a surname: "von der Leyen", "van den Berg", "de la Cruz". An article
 * alone is none: "Herr der Lage".
 */
export const PARTICLES =
  String.raw`(?:(?:(?:Graf|Gräfin|Freiherr|Freifrau|Freiin|Baron|Baronin|Fürst|Fürstin|Prinz|Prinzessin)[^\S\n]+)?` +
  String.raw`(?:von|van|vom|v\.|zu|zur|de|del|della|di|da|dos|du|ter|ten|bin|ibn)(?:[^\S\n]+(?:der|den|dem|la|le|los|und[^\S\n]+zu))?)`;

/**
 * What makes a capitalised word a noun rather than a known surname carried to another place: an article, a
 * contraction ("zum Beispiel", "im Wolf") or an adjective ending ("ein kleines Beispiel").
 */
export const NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|[Jj]ede[mnrs]?|[Dd]iese[mnrs]?|[Kk]eine[mnrs]?|[Zz]u[mr]|[IiAa]m|[Vv]om|[Bb]eim|[Ii]ns|[Aa]ns|\p{Ll}+e[sm])[^\S\n]+$/u;
