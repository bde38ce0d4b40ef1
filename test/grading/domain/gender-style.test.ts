import { describe, expect, it } from 'vitest';
import { grade, issues } from '../context.ts';

describe('gender-style with forbid', () => {
  const starred = 'Liebe Bürger*innen, unsere Mitarbeiter:innen helfen allen Antragsteller_innen und KollegInnen.';

  it('passes text without the forbidden signs', async () => {
    const text = 'Liebe Bürgerinnen und Bürger, unsere Mitarbeitenden helfen Ihnen im Bürger·amt.';
    expect(await grade('gender-style', { forbid: ['genderstern', 'doppelpunkt', 'mediopunkt'] }, text)).toMatchObject({
      pass: true,
      score: 1,
      reason: 'Keine der Schreibweisen Genderstern, Doppelpunkt, Mediopunkt',
    });
  });

  it('names each forbidden form', async () => {
    const forbid = ['genderstern', 'doppelpunkt', 'unterstrich', 'mediopunkt', 'binnen-i'];
    expect(await grade('gender-style', { forbid }, starred)).toMatchObject({
      pass: false,
      score: 0,
      reason:
        'Nicht erlaubte Genderschreibweise: „Bürger*innen“ (Genderstern), „Mitarbeiter:innen“ (Doppelpunkt), ' +
        '„Antragsteller_innen“ (Unterstrich) und 1 weitere',
    });
  });

  it('checks only the forbidden signs', async () => {
    expect((await grade('gender-style', { forbid: ['mediopunkt'] }, starred)).pass).toBe(true);
    expect((await grade('gender-style', { forbid: ['binnen-i'] }, starred)).reason).toBe(
      'Nicht erlaubte Genderschreibweise: „KollegInnen“ (Binnen-I)',
    );
  });
});

describe('gender-style with require: paarform', () => {
  it('passes pair forms, short pairs and neutral forms', async () => {
    const text = `Sehr geehrte Antragstellerin, sehr geehrter Antragsteller,
Bürgerinnen und Bürger können den Antrag online stellen. Antragstellerinnen und -steller erhalten eine
Geburtsurkunde. Die Mitarbeitenden des Bürgeramts helfen gern.`;
    expect(await grade('gender-style', { require: 'paarform' }, text)).toMatchObject({
      pass: true,
      reason: 'Personenbezeichnungen stehen in Paarform oder neutral',
    });
  });

  it('fails on the generic masculine, gender signs and short forms', async () => {
    const text = 'Die Antragsteller müssen unterschreiben. Liebe Bürger*innen und Mitarbeiter/-innen!';
    expect(await grade('gender-style', { require: 'paarform' }, text)).toMatchObject({
      pass: false,
      reason:
        'Paarform fehlt: „Antragsteller“ (ohne Paarform), „Bürger*innen“ (Genderstern), „Mitarbeiter/-innen“ (Kurzform)',
    });
  });

  it('validates its parameters', () => {
    expect(issues({ type: 'gender-style', forbid: ['genderstern'] })).toEqual([]);
    expect(issues({ type: 'gender-style', require: 'paarform' })).toEqual([]);
    expect(issues({ type: 'gender-style' })).toEqual([': braucht genau eines von "forbid" oder "require"']);
    expect(issues({ type: 'gender-style', forbid: ['genderstern'], require: 'paarform' })).toEqual([
      ': braucht genau eines von "forbid" oder "require"',
    ]);
    expect(issues({ type: 'gender-style', require: 'neutral' })[0]).toMatch(/^require: /u);
    expect(issues({ type: 'gender-style', forbid: ['gendersternchen'] })[0]).toMatch(/^forbid\.0: /u);
    expect(issues({ type: 'not-gender-style', forbid: ['genderstern'] })).toHaveLength(1);
  });
});
