import { css, html, LitElement } from 'lit';
import type { ExerciseDetail } from '../api/types.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-context-docs.ts';
import './pa-markdown.ts';

/** What the attendee reads first: the task (Markdown) and the documents and cases it works with. */
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
    `,
  ];

  override render() {
    const { task, context, cases } = this.exercise;
    return html`
      <section class="panel" aria-labelledby="task">
        <h2 id="task">Aufgabe</h2>
        <pa-markdown heading-offset="1" .source=${task}></pa-markdown>
      </section>
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
