import { html } from 'lit';
import type { LibraryView, ProviderInfo } from '../../api/types.ts';
import { formatPoints } from '../../format.ts';
import { modelLabel } from '../../lib/labels.ts';
import { promptDetails } from '../attempt.ts';

export type LibraryExercise = LibraryView['exercises'][number];
export type LibraryEntry = LibraryExercise['entries'][number];

/**
 * A team's entry for an exercise inside an item of a `.cards` list (styled by attemptStyles and formStyles): place,
 * points, models, the choice "In die Bibliothek", and the prompt (folded). `pick` gets the new choice.
 */
export function libraryEntry(
  exercise: LibraryExercise,
  entry: LibraryEntry,
  providers: readonly ProviderInfo[],
  id: string,
  pick: (picked: boolean) => void,
) {
  const models = entry.models.map((m) => modelLabel(providers, m)).join(', ');
  return html`<h3>Platz ${entry.rank}: ${entry.team}</h3>
    <p class="facts">${formatPoints(entry.points)}<br /><span class="muted">Modelle: ${models}</span></p>
    <div class="check">
      <input
        type="checkbox"
        id=${id}
        .checked=${entry.picked}
        @change=${(event: Event) => pick((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>In die Bibliothek<span class="sr-only">: ${entry.team}, ${exercise.title}</span></label>
    </div>
    ${promptDetails(entry.prompt, html`Prompt ansehen<span class="sr-only">: ${entry.team}</span>`)}`;
}
