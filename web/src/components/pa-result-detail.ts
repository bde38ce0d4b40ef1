import { html, LitElement, nothing } from 'lit';
import type { CaseResult } from '../api/types.ts';
import { formatPoints } from '../format.ts';
import { baseStyles } from '../styles/shared.ts';
import { resultDetailStyles } from './result-detail-styles.ts';
import { cellStyles, resultFacts, verdict } from './matrix-cell.ts';
import './pa-markdown.ts';
import './pa-word-diff.ts';

/**
 * One result in a modal dialog (loaded on demand): output, word diff against the reference, every assertion.
 * The native modal <dialog> keeps focus inside and closes on Esc; the opener restores focus on `close`.
 */
export class PaResultDetail extends LitElement {
  static override properties = {
    result: { attribute: false },
    caseName: { attribute: false },
    modelName: { attribute: false },
    reference: { attribute: false },
    hiddenCase: { attribute: false },
  };

  declare result: CaseResult;
  declare caseName: string;
  declare modelName: string;
  declare reference: string | undefined;
  declare hiddenCase: boolean;

  static override styles = [baseStyles, cellStyles, resultDetailStyles];

  override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const { result } = this;
    return html`<dialog aria-labelledby="title" @close=${() => this.dispatchEvent(new Event('close'))}>
      <header>
        <div>
          <h2 id="title">${this.caseName}</h2>
          <p class="muted">${this.modelName}</p>
        </div>
        <button @click=${() => this.close()}>Schließen<span class="sr-only"> (Esc)</span></button>
      </header>
      <div class="content">
        <p class="summary">
          ${verdict(result)} <span class="score">${formatPoints(result.score * 100)}</span> ${resultFacts(result)}
        </p>
        ${result.error ? html`<p class="notice error">Der Aufruf ist fehlgeschlagen: ${result.error}</p>` : nothing}
        <section aria-labelledby="assertions">
          <h3 id="assertions">Prüfungen</h3>
          ${this.renderAssertions()}
        </section>
        <section aria-labelledby="output">
          <h3 id="output">Ausgabe des Modells</h3>
          ${
            this.hiddenCase
              ? html`<p>Verborgener Fall: Die Ausgabe wird nicht angezeigt.</p>`
              : result.output
                ? html`<div class="output">
                    <pa-markdown heading-offset="3" .source=${result.output}></pa-markdown>
                  </div>`
                : html`<p class="muted">Keine Ausgabe.</p>`
          }
        </section>
        ${this.renderDiff()}
      </div>
    </dialog>`;
  }

  private renderAssertions() {
    const { assertions } = this.result;
    if (assertions.length === 0) return html`<p class="muted">Keine Prüfungen ausgewertet.</p>`;
    return html`<ul class="assertions">
      ${assertions.map(
        (a) =>
          html`<li>
            ${
              a.pass
                ? html`<span class="pass"><span aria-hidden="true">✓</span> Erfüllt</span>`
                : html`<span class="fail"><span aria-hidden="true">✗</span> Nicht erfüllt</span>`
            }
            <code>${a.type}</code>
            <span class="muted">(${formatPoints(a.score * 100)}, Gewicht ${a.weight})</span>
            <div>${a.reason}</div>
          </li>`,
      )}
    </ul>`;
  }

  private renderDiff() {
    if (this.hiddenCase || !this.result.output) return nothing;
    return html`<section aria-labelledby="diff">
      <h3 id="diff">Vergleich mit der Musterlösung</h3>
      ${
        this.reference
          ? html`<pa-word-diff
              original-name="Musterlösung"
              changed-name="Ausgabe"
              .original=${this.reference}
              .changed=${this.result.output}
            ></pa-word-diff>`
          : html`<p class="muted">Für diesen Fall gibt es keine Musterlösung.</p>`
      }
    </section>`;
  }
}

customElements.define('pa-result-detail', PaResultDetail);

declare global {
  interface HTMLElementTagNameMap {
    'pa-result-detail': PaResultDetail;
  }
}
