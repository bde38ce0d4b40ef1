import { css, html, LitElement, nothing } from 'lit';
import { trainerApi } from '../../api/trainer.ts';
import type { Dashboard } from '../../api/types.ts';
import { baseStyles } from '../../styles/shared.ts';
import { describedBy, fieldError, subjectPlaces } from '../forms/field-errors.ts';
import { checkField, formError, onSubmit, textField } from '../forms/fields.ts';
import { FormState } from '../forms/form-state.ts';
import { formStyles } from '../forms/form-styles.ts';
import { parseNumber } from './numbers.ts';
import { EXERCISE_STATE } from './round-labels.ts';
import { roundChanged } from './round-changed.ts';

type Exercise = Dashboard['exercises'][number];

const MINUTES = { decimals: 0, min: 1, max: 600, example: '15' };

/**
 * "Runde starten": several exercises opened at once, optionally against the clock, which by default locks them
 * when the time is up. Calls the API itself and fires `round-changed`; the countdown then shows on the page.
 */
export class PaRoundForm extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    exercises: { attribute: false },
    chosen: { state: true },
    minutes: { state: true },
    lockAtEnd: { state: true },
  };

  declare workshopId: string;
  declare exercises: Exercise[];
  declare chosen: readonly string[];
  declare minutes: string;
  declare lockAtEnd: boolean;

  private readonly form = new FormState(this, subjectPlaces({ exercises: 'Die Auswahl', minutes: 'Die Dauer' }));

  constructor() {
    super();
    this.exercises = [];
    this.chosen = [];
    this.minutes = '';
    this.lockAtEnd = true;
  }

  static override styles = [
    baseStyles,
    formStyles,
    css`
      /* Below the section's heading "Runde starten": a label, not another heading. */
      legend {
        font-size: 1.05rem;
      }
      .actions {
        margin-top: 0;
      }
    `,
  ];

  override render() {
    const { errors } = this.form;
    return html`<form novalidate @submit=${onSubmit(this.start)}>
      ${formError(errors)}
      <fieldset
        class="group ${errors.has('exercises') ? 'invalid-group' : ''}"
        aria-describedby=${describedBy(errors, 'exercises', 'round-hint')}
      >
        <legend>Übungen der Runde</legend>
        <p class="hint" id="round-hint">Die gewählten Übungen werden zusammen freigegeben (auch gesperrte).</p>
        ${fieldError(errors, 'exercises')} ${this.exercises.map((e, i) => this.renderChoice(e, i))}
      </fieldset>
      ${textField(errors, {
        field: 'minutes',
        label: 'Dauer in Minuten (freiwillig)',
        hint: 'Mit einer Dauer sehen alle Teilnehmenden einen Countdown. Leer lassen: ohne Countdown.',
        inputmode: 'numeric',
        short: true,
        autocomplete: 'off',
        value: this.minutes,
        onInput: (minutes) => (this.minutes = minutes),
      })}
      <div class="field">
        ${checkField({
          id: 'lock-at-end',
          field: 'lock_at_end',
          label: 'Am Ende sperren',
          hint: 'Ist die Zeit um, nehmen die Übungen der Runde keine neuen Läufe mehr an. Gilt nur mit Dauer.',
          checked: this.lockAtEnd,
          onChange: (checked) => (this.lockAtEnd = checked),
        })}
      </div>
      <div class="actions">
        <button type="submit" class="primary">Runde starten</button>
      </div>
    </form>`;
  }

  private renderChoice(exercise: Exercise, index: number) {
    const id = `round-${index}`;
    return html`<div class="check">
      <input
        type="checkbox"
        id=${id}
        data-field=${index === 0 ? 'exercises' : nothing}
        .checked=${this.chosen.includes(exercise.id)}
        @change=${(event: Event) => {
          const on = (event.target as HTMLInputElement).checked;
          this.chosen = on ? [...this.chosen, exercise.id] : this.chosen.filter((x) => x !== exercise.id);
        }}
      />
      <label for=${id}>${exercise.title} <small>(${EXERCISE_STATE[exercise.state]})</small></label>
    </div>`;
  }

  private readonly start = async () => {
    const errors = new Map<string, string>();
    // In the workshop's order, whatever order they were ticked in.
    const exercises = this.exercises.map((e) => e.id).filter((id) => this.chosen.includes(id));
    if (exercises.length === 0) errors.set('exercises', 'Bitte wählen Sie mindestens eine Übung.');
    const minutes = parseNumber(this.minutes, MINUTES);
    if (!minutes.ok) errors.set('minutes', minutes.error);
    const value = minutes.ok ? minutes.value : null;
    await this.form.submit(errors, async () => {
      await trainerApi.startRound(this.workshopId, { exercises, minutes: value, lock_at_end: this.lockAtEnd });
      const count = exercises.length === 1 ? '1 Übung' : `${exercises.length} Übungen`;
      this.dispatchEvent(
        roundChanged(`Runde gestartet: ${count} freigegeben${value === null ? '' : `, Countdown ${value} Min.`}.`),
      );
      this.chosen = [];
      this.minutes = '';
    });
  };
}

customElements.define('pa-round-form', PaRoundForm);

declare global {
  interface HTMLElementTagNameMap {
    'pa-round-form': PaRoundForm;
  }
}
