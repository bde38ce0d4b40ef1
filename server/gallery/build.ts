import type { LoadedExercise } from '../exercises/catalogue.ts';
import { toDetail } from '../http/exercise-view.ts';
import { publicAssertion } from '../http/redact.ts';
import { casePoints } from '../leaderboard/case-points.ts';
import { modelsOf, type RankedEntry } from '../leaderboard/entry-runs.ts';
import type { Gallery, GalleryEntry } from '../schema/gallery.ts';

export interface GalleryInput {
  loaded: LoadedExercise;
  entries: readonly RankedEntry[];
  names: ReadonlyMap<string, string>;
  open: boolean;
  focus: string | null;
  /** A trainer's view: the failed checks keep their technical detail. */
  technical: boolean;
}

function toEntry(entry: RankedEntry, cases: readonly string[], name: string, technical: boolean): GalleryEntry {
  const { attempt } = entry;
  const models = modelsOf(attempt);
  return {
    team: name,
    team_id: entry.teamId,
    rank: entry.rank,
    points: entry.points,
    chosen: entry.chosen,
    prompt: attempt.prompt,
    models,
    outputs: cases.map((id) => {
      const { points, pass, first } = casePoints(attempt.results, id, models[0]);
      const ran = first !== undefined;
      return {
        case: id,
        output: ran ? first.output : null,
        points: ran ? points : null,
        pass,
        failed: (first?.assertions ?? []).filter((a) => !a.pass).map((a) => (technical ? a : publicAssertion(a))),
        error: first?.error ?? null,
      };
    }),
  };
}

/** Every team's entry side by side, with all cases: a gallery is only shown after the reveal. */
export function buildGallery({ loaded, entries, names, open, focus, technical }: GalleryInput): Gallery {
  const detail = toDetail(loaded, undefined, { state: 'locked', revealed: true });
  const cases = detail.cases.map((c) => c.id);
  return {
    exercise: detail.id,
    title: detail.title,
    open,
    focus,
    starter: detail.starter,
    cases: detail.cases,
    entries: entries.map((e) => toEntry(e, cases, names.get(e.teamId) ?? '', technical)),
  };
}
