// Word lists for address.ts. Regex sources are plain alternations of literal words: no nested quantifiers.

/** Endings of one-word street names ("Hauptstraße", "Lindenweg", "Karl-Marx-Allee"), lower case. */
export const STREET_SUFFIXES = [
  'straße',
  'strasse',
  'str.',
  'weg',
  'platz',
  'ring',
  'gasse',
  'allee',
  'damm',
  'ufer',
  'chaussee',
  'steig',
  'pfad',
  'stieg',
  'markt',
  'kamp',
  'wall',
  'graben',
  'zeile',
  'promenade',
  'anger',
  'kai',
  'twiete',
  'redder',
];

/** Street words that stand alone after an adjective or a preposition: "Berliner Straße", "Alter Markt". */
export const STREET_WORDS = [
  ...STREET_SUFFIXES.filter((suffix) => suffix !== 'str.').map((suffix) => suffix[0]!.toUpperCase() + suffix.slice(1)),
  'Str.',
  'Tor',
  'Brücke',
  'Berg',
  'Hof',
  'Feld',
  'Park',
  'Garten',
  'Höhe',
  'Reihe',
];

/** Compound nouns with a street ending that are no street: "Arbeitsplatz 3", "Lösungsweg 2", "Binnenmarkt". */
export const NOT_STREETS = new Set([
  'Arbeitsplatz',
  'Parkplatz',
  'Stellplatz',
  'Sitzplatz',
  'Spielplatz',
  'Ausbildungsplatz',
  'Studienplatz',
  'Kitaplatz',
  'Krippenplatz',
  'Betreuungsplatz',
  'Heimplatz',
  'Pflegeplatz',
  'Listenplatz',
  'Tabellenplatz',
  'Lösungsweg',
  'Rechtsweg',
  'Ausweg',
  'Umweg',
  'Dienstweg',
  'Bildungsweg',
  'Arbeitsweg',
  'Heimweg',
  'Fluchtweg',
  'Rettungsweg',
  'Lebensweg',
  'Arbeitsmarkt',
  'Binnenmarkt',
  'Wohnungsmarkt',
  'Finanzmarkt',
  'Strommarkt',
  'Supermarkt',
  'Baumarkt',
  'Wochenmarkt',
  'Weihnachtsmarkt',
  'Firewall',
  'Staudamm',
  'Schutzwall',
  'Teilnehmerkreis',
]);

/** Stems of adjectives in street names: "Alte Dorfstraße", "Große Gasse", "Obere Mühlstraße". */
export const ADJECTIVE_STEMS = (
  'Alt Neu Groß Klein Lang Hoh Ober Unter Mittler Breit Schmal Kurz Hinter Vorder Inner Äußer Grün Rot Weiß ' +
  'Schwarz Still Krumm Schön Heilig Gold Hell Dunkl Tief Nord Süd West Ost'
).split(' ');

/** Capitalised words ending in -er that are no place adjective: "Unser Weg 5", "Leider Hauptstraße …". */
export const NOT_ADJECTIVES = new Set(
  (
    'Unser Ihrer Jeder Dieser Aber Oder Wieder Immer Weiter Leider Später Außer Seiner Meiner Keiner Jener ' +
    'Welcher Einer Daher Bisher Vorher Nachher Hier Der Oberer Unterer Hinter Unter Über Sicher Lieber Euer ' +
    'Die Eine Jede Diese Keine Meine Deine Seine Ihre Unsere Eure Welche Alle Viele Andere Gleiche Selbe Obige ' +
    'Genannte Besagte Betreffende Ganze Gesamte Einzige Nächste Letzte Erste Zweite Dritte Jene Solche Beide ' +
    'Sie Ende Bitte Gerne Habe Hatte Wohne Ohne Gebe Ehe Gegebene Öffentliche Private Gesperrte Betroffene'
  ).split(' '),
);

/**
 * First words of numbered things that stand before a postcode line without being a street: "Zimmer 214,
 * 45326 Essen", "Platz 6\n12345 Ort". Checked where a street has no street word ("Rosenhöhe 12, 12345 Musterstadt").
 */
export const NOT_STREET_NAMES = new Set(
  (
    'Zimmer Zi Raum Nr Nummer Tel Telefon Fax Mobil Handy Seite Anlage Anlagen Stand Version Gruppe Klasse Platz ' +
    'Haus Gebäude Etage Stock Ebene Geschoss Tür Fach Schalter Kasse Tisch Top TOP Pos Position Ziffer Nr Az ' +
    'Aktenzeichen Zeichen Vorgang Kunde Kundennummer Rechnung Buchung Termin Frist Bescheid Antrag Betrag Summe ' +
    'Euro EUR Konto Linie Bus Tram Zug Gleis Bahnsteig Ausgang Eingang Block Los Paket Band Heft Kapitel Artikel ' +
    'Abs Absatz Satz Nr Buchstabe Teil Schritt Stufe Pflegegrad GdB Grad Tag Tage Woche Wochen Monat Monate ' +
    'Jahr Jahre Mo Di Mi Do Fr Sa So Uhr Stunde Stunden Minuten Mai Juni Juli Januar Februar März April August ' +
    'September Oktober November Dezember Bezirk Kreis Stadt Gemeinde Landkreis Kanton Postfach PLZ'
  ).split(' '),
);

/** Nouns after "Am", "Im", "Zum", … that make a time or a place in a document, not a street: "Im Jahr 98". */
export const NOT_PREPOSITION_STREETS = new Set(
  (
    'Jahr Jahre Tag Tage Monat Woche Quartal Halbjahr Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag ' +
    'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Artikel Kapitel ' +
    'Abschnitt Absatz Paragraph Paragrafen Punkt Schritt Fall Raum Zimmer Teil Anhang Seite Ende Anfang Alter ' +
    'Durchschnitt Schnitt Vergleich Rahmen Bereich Wert Stufe Grad Stock Obergeschoss Erdgeschoss Rang Gleis Bus ' +
    'Zug Termin Mittel Gesamten Einzelnen Ganzen Laufe Zeitraum Beispiel Folgenden Sinne Anschluss'
  ).split(' '),
);

/** Capitalised words after a five-digit number that make it an amount or a count, not a postcode. */
export const NOT_PLACES = new Set(
  (
    'Euro EUR Dollar Franken Mal Stück Menschen Personen Einwohner Einwohnern Mitglieder Mitgliedern Kunden ' +
    'Haushalte Haushalten Anträge Anträgen Fälle Fällen Jahre Jahren Tage Tagen Stunden Minuten Sekunden ' +
    'Kilometer Kilometern Meter Metern Liter Litern Tonnen Besucher Besuchern Teilnehmer Teilnehmenden Nutzer ' +
    'Fahrzeuge Fahrzeugen Seiten Dokumente Dokumenten Datensätze Datensätzen Beschäftigte Beschäftigten ' +
    'Mitarbeiter Mitarbeitende Mitarbeitenden Punkte Punkten Exemplare Stimmen Wohnungen Schüler Schülern ' +
    'Kinder Kindern Studierende Betten Plätze Plätzen Zeichen Wörter Wörtern Einträge Einträgen Bescheide'
  ).split(' '),
);

/** Prefixes of place names written as a separate word: "Bad Homburg", "St. Ingbert", "Groß Gerau". */
export const PLACE_PREFIXES = ['Bad', 'Sankt', 'St.', 'Groß', 'Klein', 'Neu', 'Alt', 'Ober', 'Nieder', 'Hohen'];

/** Words before a postcode in running text: "wohnhaft in 12345 Musterstadt", "PLZ 10115 Berlin". */
export const POSTCODE_LEADS = ['in', 'nach', 'aus', 'bei', 'PLZ', 'Postleitzahl'];

/** Escapes a word list into a regex alternation. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
