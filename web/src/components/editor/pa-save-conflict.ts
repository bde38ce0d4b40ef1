import { html, LitElement, nothing } from 'lit';
import { authoringApi } from '../../api/authoring.ts';
import { errorMessage } from '../../api/errors.ts';
import type { ExerciseFiles } from '../../api/types.ts';
import { baseStyles } from '../../styles/shared.ts';
import { formStyles } from '../forms/form-styles.ts';
import { editorStyles } from './editor-fields.ts';
import { FILE_PATHS } from './editor-model.ts';

/**
 * A save refused because another trainer saved `latest` in between. The trainer's own text stays in the editor;
 * they look at the other version, load it (theirs is set aside), or save theirs on top. Fires `conflict-adopt` and
 * `conflict-save-over`; `focus()` moves to the notice, which screen readers then read.
 */
export class PaSaveConflict extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    latest: { attribute: false },
    baseVersion: { attribute: false },
    other: { state: true },
    error: { state: true },
  };

  declare exerciseId: string;
  declare latest: number;
  declare baseVersion: number | undefined;
  /** The other trainer's files, once asked for. */
  declare other: ExerciseFiles | undefined;
  declare error: string;

  constructor() {
    super();
    this.error = '';
  }

  static override styles = [baseStyles, formStyles, editorStyles];

  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  override render() {
    const v = this.latest;
    return html`<div class="notice warn" role="alert" tabindex="-1">
      <h2>Inzwischen hat jemand anderes gespeichert</h2>
      <p>
        Es gibt schon Version ${v} (Sie hatten Version ${this.baseVersion} geladen). Ihre Fassung wurde nicht
        gespeichert, ist aber nicht verloren: Sie steht weiter im Editor und in diesem Browser.
      </p>
      <div class="row">
        <button type="button" @click=${() => void this.view()}>Version ${v} ansehen</button>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('conflict-adopt'))}>
          Version ${v} laden (Ihre Fassung wird aufgehoben)
        </button>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('conflict-save-over'))}>
          Meine Fassung als neue Version speichern
        </button>
      </div>
      ${this.error ? html`<p class="fail">${this.error}</p>` : nothing}
      ${
        this.other
          ? (['prompt', 'evals'] as const).map(
              (file) =>
                html`<div class="field">
                  <label for="other-${file}">${FILE_PATHS[file](this.exerciseId)} in Version ${v}</label>
                  <textarea id="other-${file}" class="code" rows="12" readonly .value=${this.other![file]}></textarea>
                </div>`,
            )
          : nothing
      }
    </div>`;
  }

  private async view(): Promise<void> {
    try {
      this.other = await authoringApi.files(this.exerciseId, this.latest);
      this.error = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#other-prompt')?.focus();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}

customElements.define('pa-save-conflict', PaSaveConflict);

declare global {
  interface HTMLElementTagNameMap {
    'pa-save-conflict': PaSaveConflict;
  }
}
