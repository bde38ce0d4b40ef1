import type { RunRecord } from '../../server/schema/run.ts';

/** A run just started on the demo model; each test names the fields that matter to it. */
export const runRecord = (fields: Partial<RunRecord> = {}): RunRecord => ({
  id: 'lauf-1',
  exercise: 'uebung',
  exerciseVersion: null,
  status: 'running',
  prompt: { user: 'Hallo' },
  targets: [{ provider: 'demo:basis', settings: {} }],
  cases: ['fall-1'],
  repeat: 1,
  cache: false,
  createdAt: 1,
  finishedAt: null,
  error: null,
  ...fields,
});
