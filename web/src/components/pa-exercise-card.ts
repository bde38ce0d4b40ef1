import { css, html, LitElement, nothing } from 'lit';
import type { ExerciseSummary } from '../api/types.ts';
import { formatPoints, levelLabel } from '../format.ts';
import { exerciseStateLabels } from '../lib/labels.ts';
import { routeHref } from '../state/router.ts';
import { baseStyles } from '../styles/shared.ts';

/** Where an exercise stands in the round ("Gesperrt", "Aufgedeckt"), in words: the card and the workspace. */
export function stateBadges(exercise: Pick<ExerciseSummary, 'state' | 'revealed'>) {
  const labels = exerciseStateLabels(exercise);
  return labels.length
    ? html`<span class="badges">${labels.map((l) => html`<span class="badge">${l}</span>`)}</span>`
    : nothing;
}

export const stateBadgeStyles = css`
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.55rem;
    border: 2px solid var(--pa-text);
    border-radius: var(--pa-radius);
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--pa-text);
    background: var(--pa-surface);
  }
`;

/** One exercise in the catalogue; for trainers with the way into the editor. */
export class PaExerciseCard extends LitElement {
  static override properties = { exercise: { attribute: false }, authoring: {} };

  declare exercise: ExerciseSummary;
  /** Trainers only: their own exercise opens in the editor; any exercise can be copied to edit. */
  declare authoring: 'own' | 'library' | undefined;

  static override styles = [
    baseStyles,
    stateBadgeStyles,
    css`
      :host {
        flex: 1;
      }
      article {
        height: 100%;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        background: var(--pa-surface);
        border: 1px solid var(--pa-border);
        border-top: 5px solid var(--pa-primary);
        border-radius: var(--pa-radius);
        padding: 1.1rem 1.25rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0;
      }
      .level {
        font-weight: 600;
        margin: 0;
      }
      ul {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        padding: 0;
        margin: 0;
      }
      .best {
        margin: auto 0 0;
        padding-top: 0.5rem;
        border-top: 1px solid var(--pa-border);
      }
      .best strong {
        font-size: 1.1rem;
      }
      .authoring {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        margin: 0;
      }
    `,
  ];

  override render() {
    const e = this.exercise;
    const cases = `${e.caseCount} ${e.caseCount === 1 ? 'Fall' : 'Fälle'}`;
    return html`<article>
      <h2><a href=${routeHref({ name: 'exercise', id: e.id })}>${e.title}</a></h2>
      <p class="level">${levelLabel(e.level)}</p>
      ${stateBadges(e)}
      <ul aria-label="Themen">
        ${e.tags.map((tag) => html`<li class="tag">${tag}</li>`)}
      </ul>
      <p class="muted">
        ${cases}${e.hiddenCount ? `, davon ${e.hiddenCount} ${e.revealed ? 'aufgedeckt' : 'verborgen'}` : ''}
      </p>
      <p class="best">
        ${
          e.bestScore === null
            ? html`<span class="muted">Noch nicht bearbeitet</span>`
            : html`Ihr bestes Ergebnis: <strong>${formatPoints(e.bestScore)}</strong>`
        }
      </p>
      ${this.renderAuthoring(e)}
    </article>`;
  }

  private renderAuthoring(e: ExerciseSummary) {
    if (!this.authoring) return nothing;
    const about = html`<span class="sr-only">: ${e.title}</span>`;
    return html`<p class="authoring">
      ${
        this.authoring === 'own'
          ? html`<a href=${routeHref({ name: 'exercise-edit', id: e.id })}>Bearbeiten${about}</a>`
          : nothing
      }
      <a href=${routeHref({ name: 'exercise-copy', id: e.id })}>Als Kopie bearbeiten${about}</a>
    </p>`;
  }
}

customElements.define('pa-exercise-card', PaExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'pa-exercise-card': PaExerciseCard;
  }
}
