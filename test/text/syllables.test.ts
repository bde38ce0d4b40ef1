import { describe, expect, it } from 'vitest';
import { loadSyllableCounter } from '../../server/text/syllables.ts';

const count = await loadSyllableCounter();

// Expected counts follow the syllable division in the Duden ("Se|en", "Mil|li|on", "In|ge|ni|eur").
const WORDS: Record<string, number> = {
  // administrative vocabulary and compounds
  Verwaltungsgericht: 5,
  Straßenbahnhaltestelle: 7,
  Rechtsbehelfsbelehrung: 6,
  Bescheid: 2,
  Ihnen: 2,
  Antragsteller: 4,
  Behörde: 3,
  Aufenthaltserlaubnis: 6,
  Einwohnermeldeamt: 6,
  Steueridentifikationsnummer: 11,
  Landesstraßengesetz: 6,
  Geschäftsführer: 4,
  Dienstleistung: 3,
  Zustellung: 3,
  Verwaltung: 3,
  Information: 5,
  Teilnehmer: 3,
  Bürgerinnen: 4,
  Personalausweis: 5,
  Meldebescheinigung: 6,
  Sozialgesetzbuch: 6,
  Kontoauszüge: 5,
  Gewerbeanmeldung: 6,
  bewilligen: 4,
  beantragen: 4,
  Beeinträchtigung: 5,
  Zuständigkeit: 4,
  Widerspruch: 3,
  // umlauts
  Äußerung: 3,
  Gebäude: 3,
  Häuser: 2,
  Bäume: 2,
  über: 2,
  Frühstück: 2,
  Gebühr: 2,
  Europäer: 4,
  Realität: 4,
  // diphthongs and long vowels: ei, ie, eu, äu, au, ee, aa, oo
  Ei: 1,
  Eier: 2,
  Feier: 2,
  Zeitung: 2,
  Eisenbahn: 3,
  Sie: 1,
  Dienstag: 2,
  Bienen: 2,
  Anliegen: 3,
  Energie: 3,
  Akademie: 4,
  Eule: 2,
  Feuer: 2,
  Zeugen: 2,
  Reue: 2,
  neue: 2,
  Frau: 1,
  Bauer: 2,
  Mauer: 2,
  bauen: 2,
  Ausweis: 2,
  Aufgabe: 3,
  Kaffee: 2,
  Ehepaar: 3,
  Zoo: 1,
  // single vowels at the word's edge, which hyphenation never splits off
  Abend: 2,
  Ofen: 2,
  Idee: 2,
  Ideen: 3,
  Seen: 2,
  Ehe: 2,
  Oper: 2,
  oder: 2,
  aber: 2,
  Ebene: 3,
  Uhr: 1,
  Amt: 1,
  Jahr: 1,
  // vowels in hiatus
  Theater: 3,
  Museum: 3,
  Situation: 5,
  Koordination: 6,
  Kooperation: 6,
  Koalition: 5,
  Oase: 3,
  Poesie: 3,
  Ruine: 3,
  Chaos: 2,
  aktuell: 3,
  individuell: 5,
  Januar: 3,
  Region: 3,
  Union: 3,
  Orientierung: 5,
  Patient: 3,
  Ozean: 3,
  beendet: 3,
  Beamtin: 3,
  // plural -ien and final -ie spoken i-e
  Ferien: 3,
  Familien: 4,
  Kategorien: 5,
  Medien: 3,
  Wien: 1,
  Familie: 4,
  Studie: 3,
  Linie: 3,
  Buslinie: 4,
  Wohnungsbauprämie: 6,
  Kopie: 2,
  // q, y
  Qualität: 3,
  Quittung: 2,
  Yoga: 2,
  System: 2,
  Typ: 1,
  // loanwords common in administration
  Service: 2,
  Kundenservice: 4,
  Online: 2,
  Onlinedienst: 3,
  Team: 1,
  Teams: 1,
  Homepage: 2,
  Homeoffice: 3,
  Website: 2,
  Software: 2,
  Update: 2,
  Download: 2,
  Hotline: 2,
  Jobcenter: 3,
  Meeting: 2,
  Leasing: 2,
  Café: 2,
  Niveau: 2,
  Toilette: 3,
  // hyphens and acronyms
  'E-Mail': 2,
  'Bürger-Amt': 3,
  BGB: 3,
};

describe('German syllable counts', () => {
  it('has a word list of at least 60 words', () => {
    expect(Object.keys(WORDS).length).toBeGreaterThanOrEqual(60);
  });
  it.each(Object.entries(WORDS))('%s has %i syllables', (word, expected) => {
    expect(count(word)).toBe(expected);
  });
  it('ignores case and counts at least one syllable for any word with letters', () => {
    expect(count('VERWALTUNG')).toBe(3);
    expect(count('x')).toBe(1);
    expect(count('2025')).toBe(0);
  });
  it('loads the patterns once', async () => {
    expect(await loadSyllableCounter()).toBe(count);
  });
});
