import type { Catalogue, LoadedExercise } from '../exercises/catalogue.ts';
import { exerciseState, isRevealed } from '../rounds/state.ts';
import type { ExerciseDetail, ExerciseSummary, PublicCase } from '../schema/api.ts';
import type { Viewer } from '../sessions/viewer.ts';
import { ApiProblem } from './errors.ts';
import { CaseView } from './redact.ts';

export function findExercise(catalogue: Catalogue, id: string): LoadedExercise | undefined {
  return catalogue.exercises.find((e) => e.exercise.id === id);
}

/** The exercise, or a 404 naming the id (and the field it came from). */
export function requireExercise(catalogue: Catalogue, id: string, field: string): LoadedExercise {
  const loaded = findExercise(catalogue, id);
  if (!loaded) throw new ApiProblem(404, `Die Übung "${id}" gibt es nicht.`, field);
  return loaded;
}

/**
 * The exercises a viewer sees: a team the released ones of its workshop, in the trainer's order (with
 * `history`, every exercise of the workshop, so that its attempts stay readable); everyone else the catalogue.
 */
export function visibleExercises(
  catalogue: Catalogue,
  viewer: Viewer,
  options: { history?: boolean } = {},
): LoadedExercise[] {
  if (viewer.role !== 'team') return catalogue.exercises;
  const ids = options.history ? viewer.workshop.exercises : viewer.workshop.released;
  return ids.flatMap((id) => findExercise(catalogue, id) ?? []);
}

/** An exercise the viewer sees; any other is a 404, as if it did not exist. */
export function requireVisibleExercise(
  catalogue: Catalogue,
  viewer: Viewer,
  id: string,
  options: { history?: boolean } = {},
): LoadedExercise {
  const loaded = visibleExercises(catalogue, viewer, options).find((e) => e.exercise.id === id);
  if (!loaded) throw new ApiProblem(404, `Die Übung "${id}" gibt es nicht.`, 'id');
  return loaded;
}

/** Whether the viewer sees the exercise's hidden cases as they are: a team once its trainer revealed them. */
export const revealedTo = (viewer: Viewer, exercise: string): boolean =>
  viewer.role === 'team' && isRevealed(viewer.workshop, exercise);

/** Where the exercise stands for the viewer: in a workshop as the round says, elsewhere always open. */
export const standingOf = (
  viewer: Viewer,
  exercise: string,
  now: number,
): Pick<ExerciseSummary, 'state' | 'revealed'> => ({
  state: viewer.role === 'team' ? exerciseState(viewer.workshop, exercise, now) : 'open',
  revealed: revealedTo(viewer, exercise),
});

export function toSummary(
  { exercise, fixture }: LoadedExercise,
  bestScore: number | undefined,
  standing: Pick<ExerciseSummary, 'state' | 'revealed'>,
): ExerciseSummary {
  const cases = fixture?.cases ?? [];
  return {
    id: exercise.id,
    title: exercise.title,
    level: exercise.level,
    tags: exercise.tags,
    caseCount: cases.length,
    hiddenCount: cases.filter((c) => c.hidden).length,
    bestScore: bestScore ?? null,
    ...standing,
  };
}

/**
 * The exercise as attendees see it: hidden cases only as placeholders, without vars or reference, until the
 * trainer reveals them (`standing.revealed`).
 */
export function toDetail(
  loaded: LoadedExercise,
  bestScore: number | undefined,
  standing: Pick<ExerciseSummary, 'state' | 'revealed'>,
): ExerciseDetail {
  const { exercise, fixture } = loaded;
  const view = new CaseView(loaded);
  const cases = (fixture?.cases ?? []).map((c): PublicCase =>
    c.hidden && !standing.revealed
      ? { hidden: true, id: view.publicId(c.id) }
      : {
          hidden: false,
          id: c.id,
          vars: c.vars,
          ...(c.description === undefined ? {} : { description: c.description }),
          ...(c.reference === undefined ? {} : { reference: c.reference }),
          ...(c.hidden ? { revealed: true } : {}),
        },
  );
  return {
    ...toSummary(loaded, bestScore, standing),
    task: exercise.task,
    context: exercise.context,
    starter: exercise.starter,
    settings: exercise.settings,
    cases,
  };
}
