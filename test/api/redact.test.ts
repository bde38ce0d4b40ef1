import { describe, expect, it } from 'vitest';
import { CaseView } from '../../server/http/redact.ts';
import { loadExercise } from '../runs/setup.ts';
import { exercise, fixture } from '../contract/fixture.ts';

const loaded = loadExercise(exercise, fixture);

describe('CaseView', () => {
  it('numbers hidden cases in file order and maps placeholders back', () => {
    const view = new CaseView(loaded);
    expect(view.publicIds).toEqual(['offen-1', 'verborgen-1', 'offen-2', 'verborgen-2']);
    expect(view.realId('verborgen-2')).toBe('zweiter-geheimer');
    expect(view.realId('offen-2')).toBe('offen-2');
    expect(view.realId('geheim-fall')).toBeUndefined();
    expect(view.message('Fall "geheim-fall": fehlt')).toBe('Fall "verborgen-1": fehlt');
  });

  it('never gives a placeholder the name of a visible case', () => {
    const renamed = {
      ...fixture,
      cases: fixture.cases.map((c) => (c.id === 'offen-2' ? { ...c, id: 'verborgen-1' } : c)),
    };
    const view = new CaseView(loadExercise(exercise, renamed));
    expect(view.publicIds).toEqual(['offen-1', 'verborgen-2', 'verborgen-1', 'verborgen-3']);
    expect(view.realId('verborgen-1')).toBe('verborgen-1');
    expect(view.realId('verborgen-2')).toBe('geheim-fall');
  });

  it('hides every case of a run whose exercise or case is no longer known', () => {
    expect(new CaseView(undefined, ['a', 'b']).record({ cases: ['a', 'b'] } as never)).toEqual({
      cases: ['verborgen-1', 'verborgen-2'],
    });
    const view = new CaseView(loaded, ['offen-1', 'entfernt']);
    expect(view.publicId('entfernt')).toBe('verborgen-3');
    expect(view.isHidden('entfernt')).toBe(true);
  });
});
