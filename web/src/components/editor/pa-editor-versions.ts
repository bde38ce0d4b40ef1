import { html, LitElement, nothing } from 'lit';
import { authoringApi } from '../../api/authoring.ts';
import { errorMessage } from '../../api/errors.ts';
import type { ExerciseVersions } from '../../api/types.ts';
import { formatDateTime } from '../../format.ts';
import { session } from '../../state/session.ts';
import { tableStyles } from '../../styles/blocks.ts';
import { baseStyles, scrollerStyles } from '../../styles/shared.ts';

/** Who saved a version, as the trainer reads it. */
function savedBy(trainerId: string | null): string {
  if (trainerId === null) return 'unbekannt';
  const info = session.info;
  return info?.role === 'trainer' && info.trainer.id === trainerId ? 'Ihnen' : 'einer anderen Person';
}

/**
 * Every saved version of the exercise and which one teams get. Saving makes a new version that teams do not see
 * until it is published here. Fires `versions-change` after a publication.
 */
export class PaEditorVersions extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    versions: { attribute: false },
    dirty: { type: Boolean },
    busy: { state: true },
    error: { state: true },
    status: { state: true },
  };

  declare exerciseId: string;
  declare versions: ExerciseVersions;
  /** The editor holds changes not saved yet: they are in no version. */
  declare dirty: boolean;
  declare busy: boolean;
  declare error: string;
  declare status: string;

  constructor() {
    super();
    this.dirty = false;
    this.busy = false;
    this.error = '';
    this.status = '';
  }

  static override styles = [baseStyles, scrollerStyles, tableStyles];

  override render() {
    const { latest_version: latest, published_version: published, versions } = this.versions;
    return html`
      <p>
        Zuletzt gespeichert: <strong>Version ${latest}</strong>. Veröffentlicht:
        <strong>${published === null ? 'keine' : `Version ${published}`}</strong>.
      </p>
      <p>
        Teams arbeiten mit der veröffentlichten Version, auch während eines Workshops; eine neu gespeicherte Version
        bekommen sie erst, wenn Sie sie veröffentlichen.
      </p>
      ${
        this.dirty
          ? html`<p class="notice warn">
              Der Editor enthält Änderungen, die noch nicht gespeichert sind. Veröffentlichen lässt sich nur eine
              gespeicherte Version.
            </p>`
          : nothing
      }
      ${
        published === latest
          ? html`<p class="pass">Die neueste Version ist veröffentlicht.</p>`
          : html`<p>
              <button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.publish(latest)}>
                Version ${latest} veröffentlichen
              </button>
            </p>`
      }
      <p role="status" id="status" tabindex="-1">${this.status}</p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <div class="scroller">
        <table>
          <caption>
            Alle Versionen
          </caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Gespeichert</th>
              <th scope="col">Von</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            ${[...versions].reverse().map(
              (v) =>
                html`<tr>
                  <td>${v.version}</td>
                  <td>${formatDateTime(v.saved_at)}</td>
                  <td>${savedBy(v.saved_by)}</td>
                  <td>
                    ${
                      v.version === published
                        ? html`<strong>Veröffentlicht</strong>`
                        : html`<button
                            type="button"
                            class="link"
                            ?disabled=${this.busy}
                            @click=${() => void this.publish(v.version)}
                          >
                            Version ${v.version} veröffentlichen
                          </button>`
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private async publish(version: number): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      await authoringApi.publish(this.exerciseId, version);
      this.status = `Version ${version} ist veröffentlicht. Teams arbeiten ab jetzt mit ihr.`;
      this.dispatchEvent(new CustomEvent('versions-change'));
      // The button is gone with the publication: the focus goes to the sentence that says what happened.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('pa-editor-versions', PaEditorVersions);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-versions': PaEditorVersions;
  }
}
