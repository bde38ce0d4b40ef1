import type { LoadedExercise } from '../exercises/catalogue.ts';
import { modelsOf, type RankedEntry } from '../leaderboard/entry-runs.ts';
import type { LibraryView } from '../schema/exports.ts';
import type { LibraryRecord } from '../store/records.ts';

/** A revealed exercise with its ranked entries: what the library is picked from. */
export interface LibraryExercise {
  loaded: LoadedExercise;
  entries: readonly RankedEntry[];
}

/** An entry going into the library, with the name it goes under. */
export interface LibraryItem {
  entry: RankedEntry;
  label: string;
  models: string[];
}

const pickKey = (exercise: string, teamId: string) => `${exercise}\u0000${teamId}`;

/** Without a choice of the trainer's, each exercise's winners go in (all of them on a shared first place). */
function isPicked(selection: LibraryRecord | null, exercise: string, entry: RankedEntry): boolean {
  if (!selection) return entry.rank === 1;
  return selection.picks.some((p) => pickKey(p.exercise, p.teamId) === pickKey(exercise, entry.teamId));
}

export function libraryView(
  exercises: readonly LibraryExercise[],
  selection: LibraryRecord | null,
  names: ReadonlyMap<string, string>,
): LibraryView {
  return {
    anonymous: selection?.anonymous ?? false,
    custom: selection !== null,
    exercises: exercises.map(({ loaded, entries }) => ({
      exercise: loaded.exercise.id,
      title: loaded.exercise.title,
      entries: entries.map((e) => ({
        team: names.get(e.teamId) ?? '',
        team_id: e.teamId,
        rank: e.rank,
        points: e.points,
        models: modelsOf(e.attempt),
        prompt: e.attempt.prompt,
        picked: isPicked(selection, loaded.exercise.id, e),
      })),
    })),
  };
}

/** The picked entries per exercise (exercises without one left out), named by team or, anonymously, by number. */
export function pickedItems(
  exercises: readonly LibraryExercise[],
  selection: LibraryRecord | null,
  names: ReadonlyMap<string, string>,
): { loaded: LoadedExercise; items: LibraryItem[] }[] {
  const anonymous = selection?.anonymous ?? false;
  return exercises
    .map(({ loaded, entries }) => ({
      loaded,
      items: entries
        .filter((e) => isPicked(selection, loaded.exercise.id, e))
        .map((entry, i) => ({
          entry,
          label: anonymous ? `Beitrag ${i + 1}` : (names.get(entry.teamId) ?? ''),
          models: modelsOf(entry.attempt),
        })),
    }))
    .filter((x) => x.items.length > 0);
}
