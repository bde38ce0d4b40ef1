import { describe, expect, it } from 'vitest';
import { findSensitive } from '../../server/pii/sensitive.ts';

const found = (text: string) => findSensitive(text).map(({ kind, value }) => [kind, value]);

describe('findSensitive: health', () => {
  it('finds the condition after a label or a verb, up to the end of the clause', () => {
    expect(found('Diagnose: Diabetes mellitus Typ 2, seit 2019.')).toEqual([['health', 'Diabetes mellitus Typ 2']]);
    expect(found('Diagnose: E11.9 Diabetes')).toEqual([['health', 'E11.9 Diabetes']]);
    expect(found('Erkrankung: Long Covid; Allergien: Pollen')).toEqual([
      ['health', 'Long Covid'],
      ['health', 'Pollen'],
    ]);
    expect(found('Er ist an Krebs erkrankt.')).toEqual([['health', 'Krebs']]);
    expect(found('Sie leidet an einer schweren Depression.')).toEqual([['health', 'schweren Depression']]);
    expect(found('Ich leide unter Migräne und Asthma.')).toEqual([['health', 'Migräne und Asthma']]);
    expect(found('Bei ihm wurde eine Depression diagnostiziert.')).toEqual([['health', 'Depression']]);
    expect(found('Laut Attest wegen Diabetes Typ 2 sind Sie arbeitsunfähig.')).toEqual([
      ['health', 'Diabetes Typ 2'],
      ['health', 'arbeitsunfähig'],
    ]);
  });

  it('reports offsets of the phrase alone', () => {
    const text = 'Diagnose:  Asthma.';
    expect(findSensitive(text)).toEqual([{ kind: 'health', value: 'Asthma', start: 11, end: 17 }]);
  });

  it('cuts a long clause at about 60 characters, at a word boundary', () => {
    const [match] = findSensitive(`Diagnose: ${'Erkrankung '.repeat(10)}`);
    expect(match!.value.length).toBeLessThanOrEqual(60);
    expect(match!.value.endsWith('Erkrankung')).toBe(true);
  });

  it('finds disability, care and sick-leave facts', () => {
    expect(found('Ich bin schwerbehindert (GdB 50, Merkzeichen aG).')).toEqual([
      ['health', 'schwerbehindert'],
      ['health', 'GdB 50'],
      ['health', 'Merkzeichen aG'],
    ]);
    expect(found('mit einem Grad der Behinderung von 50')).toEqual([['health', 'Grad der Behinderung von 50']]);
    expect(found('Meine Mutter hat Pflegegrad 3.')).toEqual([['health', 'Pflegegrad 3']]);
    expect(found('Ich bin seit Montag krankgeschrieben, er ist arbeitsunfähig erkrankt.')).toEqual([
      ['health', 'krankgeschrieben'],
      ['health', 'arbeitsunfähig'],
    ]);
    expect(found('wegen meiner Schwerbehinderung und ihrer chronischen Erkrankung')).toEqual([
      ['health', 'Schwerbehinderung'],
      ['health', 'chronischen Erkrankung'],
    ]);
  });

  it('finds the condition after a label with a source, in a form line or in a list', () => {
    expect(found('Befund laut Entlassbrief Dr. Okafor: Meniskusriss links.')).toEqual([
      ['health', 'Meniskusriss links'],
    ]);
    expect(found('Erkrankungen (Angabe der Tochter): Parkinson')).toEqual([['health', 'Parkinson']]);
    expect(found('Antrag\n2) Diagnose: Hypertonie, medikamentös eingestellt\nOrt')).toEqual([
      ['health', 'Hypertonie, medikamentös eingestellt'],
    ]);
    expect(found('Im Bogen stehen als Krankheiten: Epilepsie (Anfälle selten), außerdem Migräne')).toEqual([
      ['health', 'Epilepsie (Anfälle selten)'],
      ['health', 'Migräne'],
    ]);
    expect(found('Gesundheit: Malte hat Typ-1-Diabetes (bekannt seit 2021).')).toEqual([['health', 'Typ-1-Diabetes']]);
    expect(found('Unverträglichkeiten: Diagnose: Laktoseintoleranz')).toEqual([['health', 'Laktoseintoleranz']]);
    expect(found('Die Diagnose lautet Gürtelrose, sagt die Ärztin.')).toEqual([['health', 'Gürtelrose']]);
    expect(found('Seine Diagnose war Lungenembolie.')).toEqual([['health', 'Lungenembolie']]);
  });

  it('finds the condition after treatment, sick-leave and medication keywords', () => {
    expect(found('Er ist in Behandlung wegen einer Angststörung.')).toEqual([['health', 'Angststörung']]);
    expect(found('Psychotherapie wegen Panikattacken, Reha wegen Hüftarthrose')).toEqual([
      ['health', 'Panikattacken'],
      ['health', 'Hüftarthrose'],
    ]);
    expect(found('Sie nimmt Tabletten gegen Bluthochdruck.')).toEqual([['health', 'Bluthochdruck']]);
    expect(found('AU wegen Gastroenteritis; Ärztliche Bescheinigung wegen Heuschnupfen')).toEqual([
      ['health', 'Gastroenteritis'],
      ['health', 'Heuschnupfen'],
    ]);
    expect(found('Merkzeichen G und B (Begleitperson), Pflegegrad: 4')).toEqual([
      ['health', 'Merkzeichen G und B (Begleitperson)'],
      ['health', 'Pflegegrad: 4'],
    ]);
    expect(found('Ich bin in der 31. SSW und er ist seit Jahren alkoholabhängig.')).toEqual([
      ['health', '31. SSW'],
      ['health', 'alkoholabhängig'],
    ]);
  });

  it('does not take ordinary words, places or offers for health data', () => {
    const text = [
      'Die Krankenkasse zahlt. Das Pflegeheim als Einrichtung der Stadt. Therapie-Angebote der Stadt.',
      'Amt für Gesundheit: Zimmer 12. Fachbereich Gesundheit: Tel. 0221 123. Attest: liegt vor.',
      'Gesundheit: keine Angaben. In Behandlung ist der Antrag. Behandlung Ihres Antrags wegen Urlaub verzögert.',
      'Die Reha wegen fehlender Unterlagen abgelehnt. Ich leide unter dem Baulärm. Die Diagnose ist Sache der Ärztin.',
      'Eine Ungleichbehandlung wegen des Alters ist verboten. Die Stadt leidet unter Personalmangel.',
      'Bescheid über die Schwerbehinderung: Sie reichen ihn bitte bis Freitag ein.',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('does not take ordinary words or general rules for health data', () => {
    const text = [
      'Die Krankenkasse zahlt. Pflege des Gartens. Die Diagnose von Fehlern ist wichtig.',
      'Was ist ein Pflegegrad? Ab Pflegegrad 2 gibt es Geld; ab einem GdB von 50 gilt man als schwerbehindert.',
      'Menschen mit Behinderung haben Anspruch. Ein ärztliches Attest ist vorzulegen.',
      'Die Krankschreibung gilt ab dem ersten Tag. Der Verkehr ist behindert.',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('findSensitive: religion', () => {
  it('finds the value after a keyword', () => {
    expect(found('Konfession: rk')).toEqual([['religion', 'rk']]);
    expect(found('Religion: römisch-katholisch')).toEqual([['religion', 'römisch-katholisch']]);
    expect(found('Religionszugehörigkeit: keine')).toEqual([['religion', 'keine']]);
    expect(found('Kirchensteuermerkmal ev, Konfession evangelisch')).toEqual([
      ['religion', 'ev'],
      ['religion', 'evangelisch'],
    ]);
    expect(found('Konfession: ev, Steuerklasse: 3')).toEqual([['religion', 'ev']]);
  });

  it('finds what a person says of their faith', () => {
    expect(found('Ich bin Muslimin.')).toEqual([['religion', 'Muslimin']]);
    expect(found('Er ist gläubiger Katholik.')).toEqual([['religion', 'Katholik']]);
    expect(found('Sie ist katholisch.')).toEqual([['religion', 'katholisch']]);
    expect(found('Sie ist Mitglied der evangelischen Kirche.')).toEqual([['religion', 'evangelischen Kirche']]);
    expect(found('Ich bin aus der Kirche ausgetreten.')).toEqual([['religion', 'aus der Kirche ausgetreten']]);
  });

  it('finds religion after a label with a note, a qualifier or in a membership', () => {
    expect(found('Religion (lt. Anmeldebogen): jüdisch')).toEqual([['religion', 'jüdisch']]);
    expect(found('Religionszugehörigkeit (Vater): evangelisch-lutherisch')).toEqual([
      ['religion', 'evangelisch-lutherisch'],
    ]);
    expect(found('Kirchensteuermerkmal bisher ev, Konfession Islam')).toEqual([
      ['religion', 'ev'],
      ['religion', 'Islam'],
    ]);
    expect(found('die Erklärung über den Austritt aus der evangelischen Landeskirche')).toEqual([
      ['religion', 'evangelischen Landeskirche'],
    ]);
    expect(
      found('Kirchenaustritt aus der Neuapostolischen Kirche; 2019 übergetreten in die altkatholische Kirche'),
    ).toEqual([
      ['religion', 'Neuapostolischen Kirche'],
      ['religion', 'altkatholische Kirche'],
    ]);
    expect(found('Er ist Mitglied der Synagogengemeinde und gehört einer Moscheegemeinde an.')).toEqual([
      ['religion', 'Synagogengemeinde'],
      ['religion', 'Moscheegemeinde'],
    ]);
    expect(found('Unsere Tochter isst aus religiösen Gründen kein Fleisch.')).toEqual([
      ['religion', 'religiösen Gründen kein Fleisch'],
    ]);
  });

  it('does not take religious words without a keyword or a person', () => {
    const text = [
      'Die evangelische Kirche als Veranstalter, die katholische Kita und die jüdische Gemeinde laden ein.',
      'Religion ist Privatsache. Der Unterricht ist evangelisch geprägt. Kirchensteuer: 123 Euro, Kirchensteuer 9 %.',
      'Rk und ev stehen hier ohne Schlüsselwort.',
      'Treffpunkt Kirchplatz 2; die evangelische Kirche lädt ein. Sie sind Mitglied der Gemeinde Neustadt.',
      'Eine Befreiung aus religiösen Gründen ist möglich. Aus religiösen Gründen bitte ich um einen Termin.',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('findSensitive', () => {
  it('scans long adversarial input in linear time', () => {
    const inputs = [
      'Diagnose: '.repeat(10_000),
      'ist '.repeat(25_000),
      `${'an '.repeat(30_000)}erkrankt`,
      `wurde ${'x '.repeat(40_000)}diagnostiziert`,
      'meine '.repeat(16_000),
      'Konfession: '.repeat(8_000),
      'a'.repeat(100_000),
      'Diagnose laut '.repeat(8_000),
      `Diagnose ${'lt. '.repeat(25_000)}`,
      'Religion ('.repeat(10_000),
      'Merkzeichen: aG, '.repeat(6_000),
      'Therapie wegen '.repeat(7_000),
      'Diagnose: a, außerdem '.repeat(5_000),
      '1. Diagnose: a, Z. '.repeat(5_000),
      'Gesundheit: Er hat \n'.repeat(5_000),
      'Mitglied der '.repeat(8_000),
      'aus religiösen Gründen nicht '.repeat(3_500),
    ];
    for (const input of inputs) {
      const started = performance.now();
      findSensitive(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
