import { css, html, LitElement, nothing } from 'lit';
import { authoringApi, type TrainerCatalogue } from '../../api/authoring.ts';
import { errorMessage } from '../../api/errors.ts';
import { levelLabel } from '../../format.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { disclosureStyles } from '../../styles/blocks.ts';
import { baseStyles, cardListStyles } from '../../styles/shared.ts';
import { downloadZip } from './exercise-files.ts';
import './pa-exercise-import.ts';

type Own = TrainerCatalogue['own'][number];

/** Where an own exercise stands: the latest version, and which one teams get. */
function versionText({ latest_version: latest, published_version: published }: Own['versions']): string {
  if (published === latest) return `Version ${latest}, veröffentlicht`;
  return `Version ${latest} gespeichert, veröffentlicht ist ${published === null ? 'keine' : `Version ${published}`}`;
}

/**
 * "Übungen schreiben", the trainer's start for exercises: their own ones (edit, download), a new one, an import,
 * and the library's exercises to copy and adapt.
 */
export class PaAuthoringList extends LitElement {
  static override properties = {
    catalogue: { state: true },
    error: { state: true },
    status: { state: true },
  };

  declare catalogue: TrainerCatalogue | undefined;
  declare error: string;
  declare status: string;

  constructor() {
    super();
    this.error = '';
    this.status = '';
    new ReloadOnReconnect(this, () => {
      if (this.error || !this.catalogue) void this.load();
    });
  }

  static override styles = [
    baseStyles,
    cardListStyles,
    disclosureStyles,
    css`
      section {
        margin: 2rem 0;
      }
      h3 {
        margin: 0 0 0.25rem;
        overflow-wrap: anywhere;
      }
      .facts,
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        align-items: center;
        margin: 0 0 0.5rem;
      }
      .library {
        list-style: none;
        padding: 0 1rem 1rem;
        margin: 0;
      }
      .library li {
        padding: 0.35rem 0;
        border-top: 1px solid var(--pa-border);
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.catalogue = await authoringApi.catalogue();
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    return html`
      <h1 tabindex="-1">Übungen schreiben</h1>
      <p>
        Hier schreiben Sie eigene Übungen: eine Aufgabe, eine Vorlage, Testfälle und Prüfungen, die jede Antwort
        automatisch bewerten. Eigene Übungen nehmen Sie wie die aus der Bibliothek in Ihre Workshops auf.
      </p>
      <p><a class="button primary" href=${routeHref({ name: 'exercise-new' })}>Neue Übung schreiben</a></p>
      <p role="status">${this.status}</p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <section aria-labelledby="own">
        <h2 id="own">Ihre Übungen</h2>
        ${this.catalogue ? this.renderOwn(this.catalogue.own) : this.error ? nothing : html`<p>Wird geladen …</p>`}
      </section>
      <section aria-labelledby="import">
        <h2 id="import">Übung importieren</h2>
        <pa-exercise-import></pa-exercise-import>
      </section>
      ${this.catalogue ? this.renderLibrary(this.catalogue.library) : nothing}
    `;
  }

  private renderOwn(own: Own[]) {
    if (own.length === 0) {
      return html`<p class="muted">
        Noch keine eigenen Übungen. Schreiben Sie eine neue, importieren Sie zwei Dateien oder bearbeiten Sie eine Übung
        der Bibliothek als Kopie.
      </p>`;
    }
    return html`<ul class="cards">
      ${own.map(
        ({ exercise, versions }) =>
          html`<li>
            <h3><a href=${routeHref({ name: 'exercise-edit', id: exercise.id })}>${exercise.title}</a></h3>
            <p class="facts">
              <span>ID <code>${exercise.id}</code></span>
              <span>${levelLabel(exercise.level)}</span>
              <span>${versionText(versions)}</span>
            </p>
            <p class="actions">
              <a href=${routeHref({ name: 'exercise-edit', id: exercise.id })}>
                Bearbeiten<span class="sr-only">: ${exercise.title}</span>
              </a>
              <button type="button" class="link" @click=${() => void this.download(exercise.id)}>
                Dateien herunterladen (ZIP)<span class="sr-only">: ${exercise.title}</span>
              </button>
              <a href=${routeHref({ name: 'exercise-copy', id: exercise.id })}>
                Als Kopie bearbeiten<span class="sr-only">: ${exercise.title}</span>
              </a>
            </p>
          </li>`,
      )}
    </ul>`;
  }

  private renderLibrary(library: TrainerCatalogue['library']) {
    if (library.length === 0) return nothing;
    return html`<section aria-labelledby="library">
      <h2 id="library">Aus der Bibliothek</h2>
      <p>Die mitgelieferten Übungen bleiben, wie sie sind. Als Kopie werden sie Ihre eigenen, die Sie anpassen.</p>
      <details>
        <summary>${library.length} Übungen der Bibliothek</summary>
        <ul class="library">
          ${library.map(
            (e) =>
              html`<li>
                ${e.title}:
                <a href=${routeHref({ name: 'exercise-copy', id: e.id })}>
                  Als Kopie bearbeiten<span class="sr-only">: ${e.title}</span>
                </a>
              </li>`,
          )}
        </ul>
      </details>
    </section>`;
  }

  private async download(id: string): Promise<void> {
    try {
      downloadZip(id, await authoringApi.files(id));
      this.status = `Die Dateien von ${id} werden heruntergeladen.`;
    } catch (error) {
      this.status = errorMessage(error);
    }
  }
}

customElements.define('pa-authoring-list', PaAuthoringList);

declare global {
  interface HTMLElementTagNameMap {
    'pa-authoring-list': PaAuthoringList;
  }
}
