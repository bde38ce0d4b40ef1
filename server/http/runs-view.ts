import type { Catalogue } from '../exercises/catalogue.ts';
import type { RunWithResults } from '../schema/run.ts';
import type { Store } from '../store/types.ts';
import { ApiProblem } from './errors.ts';
import { findExercise } from './exercise-view.ts';
import { CaseView } from './redact.ts';

/** A stored run and how attendees see its cases; a 404 naming the id when there is no such run. */
export async function requireRun(
  store: Store,
  catalogue: Catalogue,
  id: string,
): Promise<{ run: RunWithResults; view: CaseView }> {
  const run = await store.getRun(id);
  if (!run) throw new ApiProblem(404, `Den Lauf "${id}" gibt es nicht.`, 'id');
  return { run, view: new CaseView(findExercise(catalogue, run.exercise), run.cases) };
}
