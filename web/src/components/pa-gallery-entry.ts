import { css, html, LitElement, nothing } from 'lit';
import type { GalleryEntry, GalleryOutput, Prompt, ProviderInfo } from '../api/types.ts';
import { formatPoints } from '../format.ts';
import { modelLabel } from '../lib/labels.ts';
import { baseStyles } from '../styles/shared.ts';
import { checkLabel, technicalNote } from './check-parts.ts';
import { verdict } from './matrix-cell.ts';
import './pa-markdown.ts';
import './pa-word-diff.ts';

/**
 * One team's entry in the gallery, as a column: place, team, points and models; its answer to the chosen case with
 * the checks it failed (each by its label, with the reason); its prompt as a word diff against the exercise's
 * starter prompt.
 */
export class PaGalleryEntry extends LitElement {
  static override properties = {
    entry: { attribute: false },
    output: { attribute: false },
    starter: { attribute: false },
    providers: { attribute: false },
    technical: { attribute: false },
  };

  declare entry: GalleryEntry;
  /** The answer to the case the gallery shows; undefined: the entry did not run it. */
  declare output: GalleryOutput | undefined;
  declare starter: Prompt;
  declare providers: readonly ProviderInfo[];
  /** Also each failed check's type and technical detail: for the trainer's own screen, not the projector. */
  declare technical: boolean;

  constructor() {
    super();
    this.providers = [];
    this.technical = false;
  }

  // Sizes in em: on the projector the gallery sets a large font, and every part grows with it.
  static override styles = [
    baseStyles,
    css`
      :host {
        border: 1px solid var(--pa-border-strong);
        border-radius: var(--pa-radius);
        background: var(--pa-surface);
        padding: 0.9em 1em;
        min-width: 0;
        /* Addresses and patterns in the answers and checks are long words: they wrap inside the column. */
        overflow-wrap: anywhere;
      }
      h3 {
        font-size: 1.2em;
        margin: 0 0 0.3em;
      }
      h4 {
        font-size: 1em;
        margin: 1.2em 0 0.4em;
      }
      .facts {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .points {
        font-weight: 700;
      }
      .result {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1em;
        margin-bottom: 0.5em;
      }
      .output {
        border: 1px solid var(--pa-border);
        border-radius: var(--pa-radius);
        background: var(--pa-bg);
        padding: 0.6em 0.8em;
      }
      ul.failed {
        margin: 0;
        padding-left: 1.2em;
      }
      ul.failed li + li {
        margin-top: 0.3em;
      }
      code {
        font-family: var(--pa-mono);
      }
    `,
  ];

  override render() {
    const { entry } = this;
    const models = entry.models.map((id) => modelLabel(this.providers, id)).join(', ');
    return html`
      <h3>${entry.rank}. Platz: ${entry.team}</h3>
      <ul class="facts">
        <li class="points">${formatPoints(entry.points)}</li>
        <li>${entry.chosen ? 'Vom Team als Abgabe gewählt' : 'Bester Versuch des Teams'}</li>
        <li>${entry.models.length === 1 ? 'Modell' : 'Modelle'}: ${models}</li>
      </ul>
      <h4>Antwort</h4>
      ${this.output ? this.renderOutput(this.output) : html`<p class="muted">Diesen Fall hat das Team nicht ausgeführt.</p>`}
      <h4>Prompt</h4>
      ${this.renderPrompt()}
    `;
  }

  private renderOutput(output: GalleryOutput) {
    return html`
      <p class="result">
        ${output.pass === null && !output.error ? nothing : verdict({ error: output.error, pass: output.pass ?? false })}
        ${output.points === null ? nothing : html`<span>${formatPoints(output.points)}</span>`}
      </p>
      ${output.error ? html`<p class="notice error">Der Aufruf ist fehlgeschlagen: ${output.error}</p>` : nothing}
      ${
        output.output === null
          ? html`<p class="muted">Keine Antwort.</p>`
          : html`<div class="output"><pa-markdown heading-offset="4" .source=${output.output}></pa-markdown></div>`
      }
      ${
        output.failed.length
          ? html`<h4>Nicht erfüllte Prüfungen</h4>
              <ul class="failed">
                ${output.failed.map(
                  (a) =>
                    html`<li>
                      ${checkLabel(a)}
                      <div class="muted">${a.reason}</div>
                      ${this.technical ? technicalNote(a) : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    `;
  }

  private renderPrompt() {
    const { prompt } = this.entry;
    const { starter } = this;
    const system = prompt.system || starter.system ? this.diff('Systemprompt', starter.system, prompt.system) : nothing;
    return html`${system}${this.diff('Nutzerprompt', starter.user, prompt.user)}`;
  }

  private diff(title: string, before = '', after = '') {
    return html`<p><strong>${title}</strong></p>
      ${
        before === after
          ? html`<p class="muted">Unverändert gegenüber der Vorlage.</p>`
          : html`<pa-word-diff
              original-name="Vorlage"
              changed-name=${this.entry.team}
              .original=${before}
              .changed=${after}
            ></pa-word-diff>`
      }`;
  }
}

customElements.define('pa-gallery-entry', PaGalleryEntry);

declare global {
  interface HTMLElementTagNameMap {
    'pa-gallery-entry': PaGalleryEntry;
  }
}
