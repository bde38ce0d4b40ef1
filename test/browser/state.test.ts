import { describe, expect, it } from 'vitest';
import type { CaseResult, RunEvent } from '../../server/schema/run.ts';
import { parseRoute, routeHref, type Route } from '../../web/src/state/router.ts';
import { totals } from '../../web/src/state/run-summary.ts';
import { applyEvent, cellKey, viewFromRun, viewResults, type RunView } from '../../web/src/state/run-view.ts';
import { runRecord } from '../fakes/run-record.ts';

const run = runRecord({
  exercise: 'buergeranfrage-sperrmuell',
  prompt: { user: '{{anfrage}}' },
  cases: ['a', 'verborgen-1'],
  cache: true,
});

const result = (caseId: string, score: number): CaseResult => ({
  runId: run.id,
  caseId,
  provider: 'demo:basis',
  repeat: 0,
  output: caseId === 'a' ? 'Sehr geehrte Frau Beispiel' : '',
  inputTokens: 10,
  outputTokens: 20,
  costEur: 0,
  latencyMs: 100,
  finishReason: 'stop',
  score,
  pass: score >= 0.8,
  assertions: [],
  error: null,
  skipped: null,
  cached: false,
  finishedAt: 2,
});

const ref = { caseId: 'a', provider: 'demo:basis', repeat: 0 };
const events: RunEvent[] = [
  { type: 'run-started', run },
  { type: 'case-started', ...ref },
  { type: 'delta', ...ref, text: 'Sehr geehrte ' },
  { type: 'delta', ...ref, text: 'Frau Beispiel' },
  { type: 'case-started', caseId: 'verborgen-1', provider: 'demo:basis', repeat: 0 },
  { type: 'case-finished', result: result('a', 1) },
  { type: 'case-finished', result: result('verborgen-1', 0.5) },
  { type: 'run-finished', runId: run.id, status: 'done', error: null },
];

const fold = (view: RunView, list: RunEvent[]) => list.reduce(applyEvent, view);

describe('Routen', () => {
  it.each<[string, Route]>([
    ['#/', { name: 'catalogue' }],
    ['#/uebung/sperrmuell', { name: 'exercise', id: 'sperrmuell' }],
    ['#/uebung/sperrmuell/lauf/abc', { name: 'exercise', id: 'sperrmuell', runId: 'abc' }],
    ['#/uebung/sperrmuell/vergleich/a/b', { name: 'compare', id: 'sperrmuell', a: 'a', b: 'b' }],
    ['#/rangliste', { name: 'leaderboard' }],
    ['#/galerie', { name: 'gallery' }],
    ['#/abstimmen', { name: 'voting' }],
    ['#/workshop/w1/beamer', { name: 'projector', id: 'w1' }],
    ['#/workshop/w1/auswertung', { name: 'evaluation', id: 'w1' }],
    ['#/workshop/w1/galerie/sperrmuell', { name: 'workshop-gallery', id: 'w1', exercise: 'sperrmuell' }],
    ['#/workshop/w1/nachweise', { name: 'records', id: 'w1' }],
    ['#/workshop/w1/bibliothek', { name: 'library', id: 'w1' }],
  ])('%s hin und zurück', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHref(route)).toBe(hash);
  });

  it('kennt unbekannte Adressen nicht', () => {
    expect(parseRoute('#/irgendwo')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/uebung/x/lauf')).toEqual({ name: 'not-found' });
    expect(parseRoute('')).toEqual({ name: 'catalogue' });
  });
});

describe('Laufansicht aus dem Ereignisstrom', () => {
  it('zählt gestreamte Zeichen einer laufenden Zelle', () => {
    const view = fold({ run, cells: new Map() }, events.slice(0, 4));
    expect(view.cells.get(cellKey('a', 'demo:basis'))).toEqual({ status: 'running', chars: 26 });
  });

  it('dupliziert nichts, wenn der Strom nach einem Abbruch Ereignisse erneut liefert', () => {
    const once = fold({ run, cells: new Map() }, events);
    // A store-served replay after a reconnect: every result again, then the end.
    const twice = fold(
      once,
      events.filter((e) => e.type !== 'delta'),
    );
    expect(viewResults(twice)).toHaveLength(2);
    expect([...twice.cells]).toEqual([...once.cells]);
    expect(totals(viewResults(twice))).toMatchObject({ count: 2, passed: 1, score: 75 });
  });

  it('ein gespeicherter Lauf plus vollständige Wiederholung des Stroms ergibt denselben Stand', () => {
    const stored = viewFromRun({ ...run, status: 'done', results: [result('a', 1), result('verborgen-1', 0.5)] });
    const replayed = fold(stored, events);
    expect(replayed.run.status).toBe('done');
    expect([...replayed.cells]).toEqual([...stored.cells]);
  });

  it('übernimmt Endstatus und Fehler aus run-finished', () => {
    const view = fold({ run, cells: new Map() }, [
      events[0]!,
      { type: 'run-finished', runId: run.id, status: 'failed', error: 'Kaputt' },
    ]);
    expect(view.run).toMatchObject({ status: 'failed', error: 'Kaputt' });
  });
});
