import type { ExerciseSource } from '../exercises/source.ts';
import type { Catalogue, LoadedExercise } from '../exercises/catalogue.ts';
import type { Viewer } from '../sessions/viewer.ts';
import type { RunSpace } from '../store/records.ts';
import type { Store, StoredRun } from '../store/types.ts';
import { ApiProblem } from './errors.ts';
import { findExercise, revealedTo } from './exercise-view.ts';
import { CaseView } from './redact.ts';

/**
 * How a viewer may see a run: as its own (hidden cases redacted), as the trainer of the team's workshop (nothing
 * hidden), or not at all. The open sandbox sees only runs of nobody; a team only its own.
 */
async function access(store: Store, viewer: Viewer, space: RunSpace): Promise<'own' | 'trainer' | 'none'> {
  switch (viewer.role) {
    case 'open':
      return space.teamId === null && space.trainerId === null ? 'own' : 'none';
    case 'team':
      return space.teamId === viewer.team.id ? 'own' : 'none';
    case 'trainer':
      if (space.teamId === null) return space.trainerId === viewer.trainer.id ? 'own' : 'none';
      return space.workshopId !== null && (await store.isTrainerOf(space.workshopId, viewer.trainer.id))
        ? 'trainer'
        : 'none';
    case 'none':
      return 'none';
  }
}

/** A stored run the viewer may see and how they see its cases; 404 (as if there were none) otherwise. */
export async function requireRun(
  store: Store,
  catalogue: Catalogue,
  viewer: Viewer,
  id: string,
  exercises?: Pick<ExerciseSource, 'at'>,
): Promise<{ run: StoredRun; view: CaseView; loaded: LoadedExercise | undefined }> {
  const run = await store.getRun(id);
  const seen = run ? await access(store, viewer, run.space) : 'none';
  if (!run || seen === 'none') throw new ApiProblem(404, `Den Lauf "${id}" gibt es nicht.`, 'id');
  // A run of an older version of a trainer's exercise is shown with the cases and context it really had.
  const version = run.exerciseVersion;
  const current = findExercise(catalogue, run.exercise);
  const loaded =
    version === null || current?.version === version
      ? current
      : ((await exercises?.at(run.exercise, version)) ?? current);
  const revealHidden = seen === 'trainer' || revealedTo(viewer, run.exercise);
  const technical = viewer.role === 'trainer';
  return { run, view: new CaseView(loaded, run.cases, { revealHidden, technical }), loaded };
}
