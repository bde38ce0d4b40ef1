import { html, LitElement, nothing } from 'lit';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';
import type { CaseResult, Prompt, SentPrompt } from '../api/types.ts';
import { formatPoints } from '../format.ts';
import { disclosureStyles } from '../styles/blocks.ts';
import { baseStyles } from '../styles/shared.ts';
import { session } from '../state/session.ts';
import { checkLabel, technicalNote } from './check-parts.ts';
import { resultDetailStyles } from './result-detail-styles.ts';
import { cellStyles, resultFacts, verdict } from './matrix-cell.ts';
import './pa-markdown.ts';
import './pa-word-diff.ts';

/**
 * One result in a modal dialog (loaded on demand): every check as attendees read it, the prompt the case sent
 * (fetched when unfolded; hidden cases keep theirs), the output and its word diff against the reference.
 * The native modal <dialog> keeps focus inside and closes on Esc; the opener restores focus on `close`.
 */
export class PaResultDetail extends LitElement {
  static override properties = {
    runId: { attribute: false },
    result: { attribute: false },
    caseName: { attribute: false },
    modelName: { attribute: false },
    reference: { attribute: false },
    hiddenCase: { attribute: false },
    sent: { state: true },
  };

  declare runId: string;
  declare result: CaseResult;
  declare caseName: string;
  declare modelName: string;
  declare reference: string | undefined;
  declare hiddenCase: boolean;
  /** The sent prompt once asked for: loading, loaded, or why it could not be loaded. */
  declare sent: { loading: true } | { prompt: SentPrompt } | { error: string } | undefined;

  static override styles = [baseStyles, disclosureStyles, cellStyles, resultDetailStyles];

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
        ${this.renderSentPrompt()}
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
    const technical = session.info?.role === 'trainer';
    return html`<ul class="assertions">
      ${assertions.map(
        (a) =>
          html`<li>
            ${
              a.pass
                ? html`<span class="pass"><span aria-hidden="true">✓</span> Erfüllt</span>`
                : html`<span class="fail"><span aria-hidden="true">✗</span> Nicht erfüllt</span>`
            }
            <strong>${checkLabel(a)}</strong>
            <span class="muted">(${formatPoints(a.score * 100)}, Gewicht ${a.weight})</span>
            <div>${a.reason}</div>
            ${technical ? technicalNote(a) : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private renderSentPrompt() {
    if (this.hiddenCase) return nothing;
    const { sent } = this;
    return html`<details class="sent" @toggle=${(event: Event) => this.onToggle(event)}>
      <summary>Gesendeter Prompt</summary>
      <div class="body" aria-busy=${sent !== undefined && 'loading' in sent}>
        ${
          sent === undefined || 'loading' in sent
            ? html`<p class="muted">Wird geladen …</p>`
            : 'error' in sent
              ? html`<p class="notice error">Der Prompt lässt sich nicht anzeigen: ${sent.error}</p>`
              : this.renderPrompts(sent.prompt)
        }
      </div>
    </details>`;
  }

  /** The prompt with the real values; when the data guard replaced some, also as the model outside the house got it. */
  private renderPrompts({ sent, ...real }: SentPrompt) {
    if (!sent) {
      return html`<p class="muted">So hat das Modell diesen Fall bekommen, mit eingesetzten Variablen.</p>
        ${this.promptParts(real)}`;
    }
    return html`<p class="muted">
        Der Datenschutz-Filter hat personenbezogene Angaben ersetzt, bevor der Text an ein Modell außer Haus ging.
      </p>
      <div class="versions">
        <section aria-labelledby="sent-real">
          <h4 id="sent-real">Mit echten Angaben</h4>
          ${this.promptParts(real)}
        </section>
        <section aria-labelledby="sent-replaced">
          <h4 id="sent-replaced">So gesendet (ersetzt)</h4>
          ${this.promptParts(sent)}
        </section>
      </div>`;
  }

  private promptParts(prompt: Prompt) {
    return html`${prompt.system === undefined ? nothing : this.promptPart('Systemprompt', prompt.system)}
    ${this.promptPart('Nutzerprompt', prompt.user)}`;
  }

  private promptPart(title: string, text: string) {
    return html`<p class="part">${title}</p>
      <pre>${text}</pre>`;
  }

  private async onToggle(event: Event): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || this.sent) return;
    this.sent = { loading: true };
    try {
      this.sent = { prompt: await api.sentPrompt(this.runId, this.result.caseId) };
    } catch (error) {
      this.sent = { error: errorMessage(error) };
    }
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
