import type { Catalogue } from '../exercises/catalogue.ts';
import { findExercise } from '../http/exercise-view.ts';
import type { OverallRow } from '../schema/leaderboard.ts';
import type { TrainingRecord, TrainingRecords } from '../schema/exports.ts';
import type { AttemptRecord } from '../store/entries.ts';
import type { AttendeeRecord, WorkshopRecord } from '../store/records.ts';
import type { Column } from './csv.ts';

export interface RecordInput {
  workshop: WorkshopRecord;
  trainers: readonly string[];
  attendees: readonly AttendeeRecord[];
  attempts: readonly AttemptRecord[];
  /** The overall standing of every team that ever joined (removed ones too: they took part). */
  overall: readonly Pick<OverallRow, 'team_id' | 'points'>[];
  catalogue: Catalogue;
}

/**
 * One record per participant: what they can show for the AI literacy training (EU AI Act, Art. 4). Teams work
 * together, so exercises and points are the team's; the time runs from joining to the team's last attempt.
 */
export function buildTrainingRecords({
  workshop,
  trainers,
  attendees,
  attempts,
  overall,
  catalogue,
}: RecordInput): TrainingRecords {
  const points = new Map(overall.map((row) => [row.team_id, row.points]));
  const records = attendees.map((a): TrainingRecord => {
    const mine = attempts.filter((x) => x.teamId === a.teamId);
    const last = Math.max(...mine.map((x) => x.finishedAt ?? x.createdAt));
    const worked = new Set(mine.map((x) => x.exercise));
    return {
      participant: a.id,
      name: a.name,
      team: a.teamName,
      minutes: last >= a.joinedAt ? Math.round((last - a.joinedAt) / 60_000) : null,
      exercises: workshop.exercises
        .filter((id) => worked.has(id))
        .map((id) => findExercise(catalogue, id)?.exercise.title ?? id),
      points: points.get(a.teamId) ?? 0,
    };
  });
  return {
    workshop: { id: workshop.id, title: workshop.title, date: workshop.date },
    trainers: [...trainers],
    records,
  };
}

export const recordColumns = ({ workshop, trainers }: TrainingRecords): Column<TrainingRecord>[] => [
  { header: 'Name', value: (r) => r.name },
  { header: 'Team', value: (r) => r.team },
  { header: 'Workshop', value: () => workshop.title },
  { header: 'Datum', value: () => workshop.date },
  { header: 'Dauer (Minuten)', value: (r) => r.minutes },
  { header: 'Bearbeitete Übungen', value: (r) => r.exercises.join('; ') },
  { header: 'Punkte', value: (r) => r.points },
  { header: 'Trainerin oder Trainer', value: () => trainers.join(', ') },
  {
    header: 'Maßnahme',
    value: () => 'Schulung zur KI-Kompetenz nach Art. 4 der KI-Verordnung (EU) 2024/1689',
  },
];
