import { css, html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { Countdown, Dashboard } from '../../api/types.ts';
import { dangerStyles, tableStyles } from '../../styles/blocks.ts';
import { baseStyles, scrollerStyles } from '../../styles/shared.ts';
import type { PaActionDialog } from './pa-action-dialog.ts';
import { exerciseStateText } from './round-labels.ts';
import { roundChanged } from './round-changed.ts';
import './pa-action-dialog.ts';

type Exercise = Dashboard['exercises'][number];
type Action = 'release' | 'lock' | 'reveal';

/** What each button says, and what the page tells screen readers once it went through. */
const DONE: Readonly<Record<Action, string>> = {
  release: 'ist freigegeben.',
  lock: 'ist gesperrt.',
  reveal: 'ist aufgedeckt und gesperrt.',
};

/**
 * Each exercise's state in words and what the trainer can do with it: release (again), lock, reveal (after a
 * question: it cannot be undone). Calls the API itself and fires `round-changed`. The button pressed often gives
 * way to another, so the focus moves to the same row once the new state shows.
 */
export class PaExerciseControls extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    exercises: { attribute: false },
    countdown: { attribute: false },
    error: { state: true },
  };

  declare workshopId: string;
  declare exercises: Exercise[];
  declare countdown: Countdown | null;
  declare error: string;

  /** The row whose buttons changed: it gets the focus after the next update that brings its new state. */
  private refocus?: { exercise: string; state: string };
  private busy = false;

  constructor() {
    super();
    this.exercises = [];
    this.countdown = null;
    this.error = '';
  }

  static override styles = [
    baseStyles,
    scrollerStyles,
    tableStyles,
    dangerStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      td button {
        min-height: 2.25rem;
        padding: 0.2rem 0.7rem;
      }
      th[scope='row'] {
        overflow-wrap: anywhere;
      }
    `,
  ];

  override updated(): void {
    const target = this.refocus;
    const row = target && this.renderRoot.querySelector(`tr[data-exercise="${CSS.escape(target.exercise)}"]`);
    if (!target || !row || row.getAttribute('data-state') === target.state) return;
    this.refocus = undefined;
    (row.querySelector<HTMLElement>('button') ?? row.querySelector<HTMLElement>('th'))?.focus();
  }

  override render() {
    return html`${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <div class="scroller" role="region" aria-labelledby="exercises-caption" tabindex="0">
        <table>
          <caption id="exercises-caption">
            Übungen: Stand und Freigabe
          </caption>
          <thead>
            <tr>
              <th scope="col">Übung</th>
              <th scope="col">Stand</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.exercises,
              (e) => e.id,
              (e) => this.renderExercise(e),
            )}
          </tbody>
        </table>
      </div>
      <pa-action-dialog></pa-action-dialog>`;
  }

  private renderExercise(exercise: Exercise) {
    const endsWithClock = exercise.state === 'open' && this.countdown?.locks.includes(exercise.id);
    return html`<tr data-exercise=${exercise.id} data-state=${this.stateKey(exercise)}>
      <th scope="row" tabindex="-1">${exercise.title}</th>
      <td>${exerciseStateText(exercise)}${endsWithClock ? '; wird gesperrt, wenn der Countdown endet' : ''}</td>
      <td>
        <div class="actions">${this.buttons(exercise)}</div>
      </td>
    </tr>`;
  }

  /** Revealed exercises stay locked for good (their hidden cases are out): nothing left to do. */
  private buttons(exercise: Exercise) {
    if (exercise.revealed) return html`<span class="muted">keine Änderung mehr möglich</span>`;
    const button = (label: string, action: Action, danger = false) =>
      html`<button type="button" class=${danger ? 'danger' : ''} @click=${() => this.act(exercise, action)}>
        ${label}<span class="sr-only">: ${exercise.title}</span>
      </button>`;
    switch (exercise.state) {
      case 'waiting':
        return button('Freigeben', 'release');
      case 'open':
        return html`${button('Sperren', 'lock')} ${button('Aufdecken', 'reveal', true)}`;
      case 'locked':
        return html`${button('Wieder freigeben', 'release')} ${button('Aufdecken', 'reveal', true)}`;
    }
  }

  private stateKey = (exercise: Exercise) => `${exercise.state}${exercise.revealed ? '+revealed' : ''}`;

  private act(exercise: Exercise, action: Action): void {
    if (action !== 'reveal') {
      void this.run(exercise, action).catch((error: unknown) => (this.error = errorMessage(error)));
      return;
    }
    void this.renderRoot.querySelector<PaActionDialog>('pa-action-dialog')?.open({
      heading: `„${exercise.title}“ aufdecken?`,
      text: [
        'Die Teams sehen dann Eingaben, Musterlösungen und ihre Ausgaben der verborgenen Fälle, und die Rangliste ' +
          'zählt alle Fälle. Die Übung wird dabei gesperrt.',
        'Das lässt sich nicht rückgängig machen.',
      ],
      confirm: 'Aufdecken',
      danger: true,
      // A failure stays in the dialog.
      action: () => this.run(exercise, 'reveal'),
    });
  }

  private async run(exercise: Exercise, action: Action): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await trainerApi[action](this.workshopId, exercise.id);
      this.error = '';
      this.refocus = { exercise: exercise.id, state: this.stateKey(exercise) };
      this.dispatchEvent(roundChanged(`„${exercise.title}“ ${DONE[action]}`));
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('pa-exercise-controls', PaExerciseControls);

declare global {
  interface HTMLElementTagNameMap {
    'pa-exercise-controls': PaExerciseControls;
  }
}
