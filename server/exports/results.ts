import type { Catalogue } from '../exercises/catalogue.ts';
import { findExercise } from '../http/exercise-view.ts';
import { casePoints } from '../leaderboard/case-points.ts';
import { modelsOf, type RankedEntry } from '../leaderboard/entry-runs.ts';
import type { ResultRow } from '../schema/exports.ts';
import type { WorkshopRecord } from '../store/records.ts';
import type { Column } from './csv.ts';

/** One row per team × exercise × case of the entries, every case of the fixture (a case not run counts 0). */
export function resultRows(
  entries: ReadonlyMap<string, readonly RankedEntry[]>,
  names: ReadonlyMap<string, string>,
  catalogue: Catalogue,
): ResultRow[] {
  return [...entries].flatMap(([exercise, ranked]) => {
    const loaded = findExercise(catalogue, exercise);
    const cases = loaded?.fixture?.cases ?? [];
    return ranked.flatMap(({ teamId, attempt, chosen }) => {
      const models = modelsOf(attempt);
      return cases.map((c): ResultRow => {
        const { points, pass, inputTokens, outputTokens, costEur } = casePoints(attempt.results, c.id, models[0]);
        return {
          team: names.get(teamId) ?? '',
          exercise,
          exercise_title: loaded?.exercise.title ?? exercise,
          case: c.id,
          hidden: c.hidden,
          models,
          points,
          pass,
          input_tokens: inputTokens,
          output_tokens: outputTokens,
          cost_eur: costEur,
          run: attempt.id,
          chosen,
        };
      });
    });
  });
}

export const resultColumns = (workshop: WorkshopRecord): Column<ResultRow>[] => [
  { header: 'Workshop', value: () => workshop.title },
  { header: 'Datum', value: () => workshop.date },
  { header: 'Team', value: (r) => r.team },
  { header: 'Übung', value: (r) => r.exercise },
  { header: 'Übungstitel', value: (r) => r.exercise_title },
  { header: 'Fall', value: (r) => r.case },
  { header: 'Verborgen', value: (r) => r.hidden },
  { header: 'Modelle', value: (r) => r.models.join(', ') },
  { header: 'Punkte', value: (r) => r.points },
  { header: 'Bestanden', value: (r) => (r.pass === null ? 'nicht gelaufen' : r.pass) },
  { header: 'Eingabe-Tokens', value: (r) => r.input_tokens },
  { header: 'Ausgabe-Tokens', value: (r) => r.output_tokens },
  { header: 'Kosten (EUR)', value: (r) => r.cost_eur },
  { header: 'Selbst gewählt', value: (r) => r.chosen },
  { header: 'Versuch', value: (r) => r.run },
];
