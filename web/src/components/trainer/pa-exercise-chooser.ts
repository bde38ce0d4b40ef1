import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ExerciseSummary } from '../../api/types.ts';
import { levelLabel } from '../../format.ts';
import { baseStyles } from '../../styles/shared.ts';
import { describedBy, fieldError, NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { formStyles } from '../forms/form-styles.ts';

export interface ExerciseChoice {
  /** In the order teams see them. */
  exercises: string[];
  released: string[];
}

/**
 * The workshop's exercises: checkboxes over the catalogue, then the chosen ones in order with "Nach oben" /
 * "Nach unten" and "Sofort freigeben" each. A move keeps the focus on the moved exercise's button and is
 * announced. Fires `exercises-change` (detail: ExerciseChoice).
 */
export class PaExerciseChooser extends LitElement {
  static override properties = {
    catalogue: { attribute: false },
    exercises: { attribute: false },
    released: { attribute: false },
    errors: { attribute: false },
    announcement: { state: true },
  };

  declare catalogue: ExerciseSummary[];
  declare exercises: string[];
  declare released: string[];
  declare errors: FieldErrors;
  declare announcement: string;

  /** The move button to focus once the list is drawn in its new order. */
  private focusAfterMove?: { id: string; direction: 'up' | 'down' };

  constructor() {
    super();
    this.catalogue = [];
    this.exercises = [];
    this.released = [];
    this.errors = NO_ERRORS;
    this.announcement = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    css`
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
        gap: 1rem 2rem;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.5rem;
      }
      ol li {
        border: 1px solid var(--pa-border);
        border-radius: var(--pa-radius);
        background: var(--pa-surface);
        padding: 0.5rem 0.75rem;
      }
      .title {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .row button {
        min-height: 2.25rem;
        padding: 0.25rem 0.75rem;
      }
    `,
  ];

  private titleOf(id: string): string {
    return this.catalogue.find((e) => e.id === id)?.title ?? id;
  }

  override render() {
    const sorted = [...this.catalogue].sort((a, b) => a.level - b.level || a.title.localeCompare(b.title, 'de'));
    return html`<fieldset class="group" aria-describedby=${describedBy(this.errors, 'exercises', 'exercises-hint')}>
      <legend>Übungen</legend>
      <p class="hint" id="exercises-hint">
        Wählen Sie die Übungen aus dem Katalog. Die Teams sehen sie in der Reihenfolge unter „Reihenfolge und Freigabe“.
        Übungen, die Sie nicht sofort freigeben, können Sie später unter „Einstellungen bearbeiten“ freigeben.
      </p>
      ${fieldError(this.errors, 'exercises')}
      <div class="columns">
        <fieldset>
          <legend>Aus dem Katalog</legend>
          ${sorted.map((exercise, i) => this.renderChoice(exercise, i))}
        </fieldset>
        <fieldset>
          <legend>Reihenfolge und Freigabe</legend>
          ${
            this.exercises.length
              ? html`<ol>
                  ${repeat(
                    this.exercises,
                    (id) => id,
                    (id, i) => this.renderChosen(id, i),
                  )}
                </ol>`
              : html`<p class="muted">Noch keine Übung gewählt.</p>`
          }
        </fieldset>
      </div>
      <p class="sr-only" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private renderChoice(exercise: ExerciseSummary, index: number) {
    const id = `choice-${index}`;
    return html`<div class="check">
      <input
        type="checkbox"
        id=${id}
        data-field=${index === 0 ? 'exercises' : nothing}
        .checked=${this.exercises.includes(exercise.id)}
        @change=${(event: Event) => this.choose(exercise.id, (event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${exercise.title}<small>${levelLabel(exercise.level)}</small></label>
    </div>`;
  }

  private renderChosen(id: string, index: number) {
    const title = this.titleOf(id);
    const last = this.exercises.length - 1;
    return html`<li>
      <div class="title">${index + 1}. ${title}</div>
      <div class="row">
        <div class="check">
          <input
            type="checkbox"
            id="release-${id}"
            .checked=${this.released.includes(id)}
            @change=${(event: Event) => this.release(id, (event.target as HTMLInputElement).checked)}
          />
          <label for="release-${id}">Sofort freigeben<span class="sr-only">: ${title}</span></label>
        </div>
        <button type="button" data-id=${id} data-move="up" ?disabled=${index === 0} @click=${() => this.move(id, -1)}>
          Nach oben<span class="sr-only">: ${title}</span>
        </button>
        <button
          type="button"
          data-id=${id}
          data-move="down"
          ?disabled=${index === last}
          @click=${() => this.move(id, 1)}
        >
          Nach unten<span class="sr-only">: ${title}</span>
        </button>
      </div>
    </li>`;
  }

  /** A newly chosen exercise goes to the end and is released at once (what a new workshop does by default). */
  private choose(id: string, checked: boolean): void {
    if (checked) {
      this.emit([...this.exercises, id], [...this.released, id]);
      this.announcement = `„${this.titleOf(id)}“ ist Übung ${this.exercises.length} von ${this.exercises.length}.`;
    } else {
      this.emit(
        this.exercises.filter((e) => e !== id),
        this.released.filter((e) => e !== id),
      );
      this.announcement = `„${this.titleOf(id)}“ ist nicht mehr gewählt.`;
    }
  }

  private release(id: string, checked: boolean): void {
    this.emit(this.exercises, checked ? [...this.released, id] : this.released.filter((e) => e !== id));
  }

  private move(id: string, delta: -1 | 1): void {
    const from = this.exercises.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.exercises.length) return;
    const next = [...this.exercises];
    [next[from], next[to]] = [next[to]!, id];
    this.focusAfterMove = { id, direction: delta < 0 ? 'up' : 'down' };
    this.emit(next, this.released);
    this.announcement = `„${this.titleOf(id)}“ steht jetzt an Position ${to + 1} von ${next.length}.`;
  }

  private emit(exercises: string[], released: string[]): void {
    this.exercises = exercises;
    this.released = released;
    const detail: ExerciseChoice = { exercises, released };
    this.dispatchEvent(new CustomEvent('exercises-change', { detail, bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterMove;
    if (!target) return;
    this.focusAfterMove = undefined;
    // At the top or bottom its button is disabled now: the other one keeps the focus on this exercise.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-move]')].filter(
      (b) => b.dataset.id === target.id,
    );
    (
      buttons.find((b) => b.dataset.move === target.direction && !b.disabled) ?? buttons.find((b) => !b.disabled)
    )?.focus();
  }
}

customElements.define('pa-exercise-chooser', PaExerciseChooser);

declare global {
  interface HTMLElementTagNameMap {
    'pa-exercise-chooser': PaExerciseChooser;
  }
}
