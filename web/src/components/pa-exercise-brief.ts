import { css, html, LitElement, nothing } from 'lit';
import type { ExerciseDetail } from '../api/types.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-context-docs.ts';
import './pa-markdown.ts';

/**
 * What the attendee reads first: the task (Markdown) and the documents and cases it works with. Once the trainer
 * has revealed the hidden cases, they are listed with the others, marked "war verborgen".
 */
export class PaExerciseBrief extends LitElement {
  static override properties = { exercise: { attribute: false } };

  declare exercise: ExerciseDetail;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: grid;
        gap: 1.5rem;
        min-width: 0;
      }
      .notice {
        margin: 0;
      }
    `,
  ];

  override render() {
    const { task, context, cases, revealed } = this.exercise;
    return html`
      <section class="panel" aria-labelledby="task">
        <h2 id="task">Aufgabe</h2>
        <pa-markdown heading-offset="1" .source=${task}></pa-markdown>
      </section>
      ${
        revealed
          ? html`<p class="notice">
              Die verborgenen Fälle sind aufgedeckt: Unter „Fälle“ sehen Sie ihre Eingaben (mit „war verborgen“
              gekennzeichnet), in den Ergebnissen ihre Ausgaben und Musterlösungen. Sie zählen jetzt für die Rangliste.
            </p>`
          : nothing
      }
      <pa-context-docs class="panel" .context=${context} .cases=${cases}></pa-context-docs>
    `;
  }
}

customElements.define('pa-exercise-brief', PaExerciseBrief);

declare global {
  interface HTMLElementTagNameMap {
    'pa-exercise-brief': PaExerciseBrief;
  }
}
