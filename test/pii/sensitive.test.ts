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
    expect(found('Sie ist Mitglied der evangelischen Kirche.')).toEqual([
      ['religion', 'Mitglied der evangelischen Kirche'],
    ]);
    expect(found('Ich bin aus der Kirche ausgetreten.')).toEqual([['religion', 'aus der Kirche ausgetreten']]);
  });

  it('does not take religious words without a keyword or a person', () => {
    const text = [
      'Die evangelische Kirche als Veranstalter, die katholische Kita und die jüdische Gemeinde laden ein.',
      'Religion ist Privatsache. Der Unterricht ist evangelisch geprägt. Kirchensteuer: 123 Euro, Kirchensteuer 9 %.',
      'Rk und ev stehen hier ohne Schlüsselwort.',
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
    ];
    for (const input of inputs) {
      const started = performance.now();
      findSensitive(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
