import type { RunWithResults } from '../schema/run.ts';
import type { Store } from '../store/types.ts';
import type { ExerciseEntries, TeamEntry } from './board.ts';
import { byStanding, ranked } from './rank.ts';

export type RankedEntry = TeamEntry & { rank: number; attempt: RunWithResults };

/** The entries of exercises, ranked, with their attempts' prompts and results read in one go. */
export async function withAttempts(
  store: Pick<Store, 'getRuns'>,
  perExercise: readonly ExerciseEntries[],
): Promise<Map<string, RankedEntry[]>> {
  const attempts = await store.getRuns(perExercise.flatMap((x) => x.entries.map((e) => e.run)));
  return new Map(
    perExercise.map(({ exercise, entries }) => [
      exercise,
      ranked(entries, byStanding).flatMap((e) => {
        const attempt = attempts.get(e.run);
        return attempt ? [{ ...e, attempt }] : [];
      }),
    ]),
  );
}

export const modelsOf = (attempt: RunWithResults): string[] => attempt.targets.map((t) => t.provider);
