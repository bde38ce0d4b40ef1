import { css, html, LitElement, nothing } from 'lit';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';
import type { ExerciseDetail, ProviderInfo, RunSummary, RunWithResults } from '../api/types.ts';
import { caseLabel, modelLabel } from '../lib/labels.ts';
import { routeHref } from '../state/router.ts';
import { baseStyles, scrollerStyles } from '../styles/shared.ts';
import { attemptNumber } from './attempt.ts';
import { compareStyles, renderCaseTable, renderTotals } from './compare-tables.ts';
import './pa-word-diff.ts';

interface Loaded {
  exercise: ExerciseDetail;
  providers: ProviderInfo[];
  history: RunSummary[];
  a: RunWithResults;
  b: RunWithResults;
}

/** Two attempts side by side (loaded on demand): prompt diff, score per case, what got better or worse. */
export class PaCompare extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    a: { attribute: false },
    b: { attribute: false },
    loaded: { state: true },
    error: { state: true },
  };

  declare exerciseId: string;
  declare a: string;
  declare b: string;
  declare loaded: Loaded | undefined;
  declare error: string;

  constructor() {
    super();
    this.error = '';
  }

  static override styles = [
    baseStyles,
    scrollerStyles,
    compareStyles,
    css`
      section {
        margin-top: 2rem;
      }
      .back {
        display: inline-block;
        margin-bottom: 1rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.error = '';
    try {
      const [exercise, providers, history, a, b] = await Promise.all([
        api.exercise(this.exerciseId),
        api.providers(),
        api.history(this.exerciseId),
        api.run(this.a),
        api.run(this.b),
      ]);
      this.loaded = { exercise, providers, history, a, b };
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    const back = routeHref({ name: 'exercise', id: this.exerciseId });
    if (this.error) {
      return html`<a class="back" href=${back}>← Zurück zur Übung</a>
        <h1 tabindex="-1">Versuche vergleichen</h1>
        <p class="notice error" role="alert">${this.error}</p>`;
    }
    if (!this.loaded)
      return html`<h1 tabindex="-1">Versuche vergleichen</h1>
        <p aria-busy="true">Wird geladen …</p>`;
    const { exercise, history, a, b } = this.loaded;
    const nameA = `Versuch ${attemptNumber(history, a.id)}`;
    const nameB = `Versuch ${attemptNumber(history, b.id)}`;
    const models = (run: RunWithResults) => run.targets.map((t) => modelLabel(this.loaded!.providers, t.provider));
    const sameModels = models(a).join() === models(b).join();
    return html`
      <a class="back" href=${back}>← Zurück zur Übung</a>
      <h1 tabindex="-1">${nameA} und ${nameB} vergleichen</h1>
      <p class="muted">${exercise.title}</p>
      ${
        a.exerciseVersion === b.exerciseVersion
          ? nothing
          : html`<p class="notice">
              Die Versuche liefen auf verschiedenen Fassungen der Übung (${nameA}: Fassung ${a.exerciseVersion ?? '–'},
              ${nameB}: Fassung ${b.exerciseVersion ?? '–'}). Unterschiede können auch von geänderten Testfällen kommen.
            </p>`
      }
      ${renderTotals(a, b, nameA, nameB, models)}
      <section aria-labelledby="prompt-diff">
        <h2 id="prompt-diff">Was sich am Prompt geändert hat</h2>
        ${a.prompt.system || b.prompt.system ? this.promptDiff('Systemprompt', a.prompt.system, b.prompt.system, nameA, nameB) : nothing}
        ${this.promptDiff('Nutzerprompt', a.prompt.user, b.prompt.user, nameA, nameB)}
      </section>
      <section aria-labelledby="per-case">
        <h2 id="per-case">Punkte je Fall</h2>
        ${
          sameModels
            ? nothing
            : html`<p class="notice">
                Die Versuche liefen mit unterschiedlichen Modellen. Die Punkte je Fall sind Mittelwerte über alle
                Modelle des Versuchs.
              </p>`
        }
        ${renderCaseTable(a, b, nameA, nameB, (caseId) => caseLabel(exercise, caseId))}
      </section>
    `;
  }

  private promptDiff(title: string, before = '', after = '', nameA: string, nameB: string) {
    return html`<h3>${title}</h3>
      ${
        before === after
          ? html`<p class="muted">Unverändert.</p>`
          : html`<pa-word-diff
              .original=${before}
              .changed=${after}
              original-name=${nameA}
              changed-name=${nameB}
            ></pa-word-diff>`
      }`;
  }
}

customElements.define('pa-compare', PaCompare);

declare global {
  interface HTMLElementTagNameMap {
    'pa-compare': PaCompare;
  }
}
