import type { Catalogue, LoadedExercise } from '../exercises/catalogue.ts';
import type { ExerciseDetail, ExerciseSummary, PublicCase } from '../schema/api.ts';
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

export function toSummary({ exercise, fixture }: LoadedExercise, bestScore: number | undefined): ExerciseSummary {
  const cases = fixture?.cases ?? [];
  return {
    id: exercise.id,
    title: exercise.title,
    level: exercise.level,
    tags: exercise.tags,
    caseCount: cases.length,
    hiddenCount: cases.filter((c) => c.hidden).length,
    bestScore: bestScore ?? null,
  };
}

/** The exercise as attendees see it: hidden cases only as placeholders, without vars or reference. */
export function toDetail(loaded: LoadedExercise, bestScore: number | undefined): ExerciseDetail {
  const { exercise, fixture } = loaded;
  const view = new CaseView(loaded);
  const cases = (fixture?.cases ?? []).map((c): PublicCase =>
    c.hidden
      ? { hidden: true, id: view.publicId(c.id) }
      : {
          hidden: false,
          id: c.id,
          vars: c.vars,
          ...(c.description === undefined ? {} : { description: c.description }),
          ...(c.reference === undefined ? {} : { reference: c.reference }),
        },
  );
  return {
    ...toSummary(loaded, bestScore),
    task: exercise.task,
    context: exercise.context,
    starter: exercise.starter,
    settings: exercise.settings,
    cases,
  };
}
