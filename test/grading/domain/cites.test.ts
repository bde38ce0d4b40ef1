import { describe, expect, it } from 'vitest';
import { grade, issues } from '../context.ts';

const allowed = ['§ 28 VwVfG', '§ 18 LStrG', 'Art. 6 DSGVO'];

describe('cites', () => {
  it('passes when every reference is allowed, with sub-units and line breaks', async () => {
    const output = `Vor einer Entscheidung geben wir Ihnen nach § 28 Abs. 1 Satz 1 VwVfG Gelegenheit zur Stellungnahme.
Tische auf dem Gehweg sind nach § 18 Abs. 1
LStrG eine Sondernutzung. Die Daten verarbeiten wir nach Art. 6 Abs. 1 lit. e DS-GVO.`;
    expect(await grade('cites', { allowed }, output)).toMatchObject({
      pass: true,
      score: 1,
      reason: 'Nur erlaubte Normen zitiert: § 28 VwVfG, § 18 LStrG, Art. 6 DS-GVO',
    });
  });

  it('names the unlisted norms, also inside "§§" lists', async () => {
    const output = 'Nach §§ 28, 29 VwVfG und § 8 FStrG sowie Artikel 17 DSGVO gilt Folgendes.';
    expect(await grade('cites', { allowed }, output)).toMatchObject({
      pass: false,
      score: 0,
      reason: 'Nicht erlaubte Normen: „§ 29 VwVfG“, „§ 8 FStrG“, „Art. 17 DSGVO“',
    });
  });

  it('treats a reference without a law by its number', async () => {
    expect((await grade('cites', { allowed }, 'Nach § 28 Abs. 2 hören wir Sie an.')).pass).toBe(true);
    expect((await grade('cites', { allowed }, 'Nach § 35 ist das ein Verwaltungsakt.')).reason).toBe(
      'Nicht erlaubte Normen: „§ 35“',
    );
  });

  it('expands ranges and lists in allowed entries', async () => {
    const params = { allowed: ['§§ 28 bis 30 VwVfG'] };
    expect((await grade('cites', params, '§ 29 VwVfG')).pass).toBe(true);
    expect((await grade('cites', params, '§ 31 VwVfG')).pass).toBe(false);
  });

  it('passes an output without references', async () => {
    expect(await grade('cites', { allowed }, 'Wir hören Sie vorher an.')).toMatchObject({
      pass: true,
      reason: 'Keine §- oder Art.-Verweise in der Antwort',
    });
  });

  it('validates its parameters', () => {
    expect(issues({ type: 'cites', allowed })).toEqual([]);
    expect(issues({ type: 'cites', allowed: [] })).toEqual(['allowed: braucht mindestens eine Norm']);
    expect(issues({ type: 'cites', allowed: ['§ 28'] })).toEqual([
      'allowed.0: keine Norm mit Gesetz erkannt (Beispiele: "§ 28 VwVfG", "Art. 6 DSGVO")',
    ]);
    expect(issues({ type: 'cites', allowed: ['VwVfG'] })).toHaveLength(1);
    expect(issues({ type: 'cites' })[0]).toMatch(/^allowed: /u);
    expect(issues({ type: 'not-cites', allowed })).toHaveLength(1);
  });
});
