import { css, html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { ProviderSettingsView } from '../../api/types.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { deepActiveElement } from './deep-focus.ts';
import type { PaActionDialog } from './pa-action-dialog.ts';
import type { PaProviderCard } from './pa-provider-card.ts';
import type { ProviderKind } from './provider-form-state.ts';
import './pa-action-dialog.ts';
import './pa-provider-card.ts';
import './pa-provider-form.ts';

/** The form that is open: for a provider in the list (by name), or for a new OpenAI-compatible service. */
type Editing = { kind: ProviderKind; view?: ProviderSettingsView };

/**
 * "Modelle und Anbieter": every provider with its state and a connection test; connecting OpenAI, Anthropic,
 * Ollama or an OpenAI-compatible service, changing and deleting what was set up here.
 */
export class PaProviderSettings extends LitElement {
  static override properties = {
    views: { state: true },
    error: { state: true },
    editing: { state: true },
    announcement: { state: true },
  };

  declare views: ProviderSettingsView[] | undefined;
  declare error: string;
  declare editing: Editing | undefined;
  declare announcement: string;

  /** The button that opened the form, to return to on "Abbrechen". */
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.error = '';
    this.announcement = '';
    new ReloadOnReconnect(this, () => {
      if (this.error || !this.views) void this.load();
    });
  }

  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 1rem;
      }
      section {
        margin-top: 2rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.views = await trainerApi.providerSettings();
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    return html`
      <p><a href=${routeHref({ name: 'workshops' })}>Zu Ihren Workshops</a></p>
      <h1 tabindex="-1">Modelle und Anbieter</h1>
      <p>
        Hier schließen Sie KI-Anbieter an und prüfen, ob sie antworten. Schlüssel werden verschlüsselt gespeichert und
        nie wieder angezeigt, nur ihre letzten vier Zeichen.
      </p>
      <p>
        Ein Schlüssel aus einer Umgebungsvariable (etwa <code>OPENAI_API_KEY</code> beim Start des Servers) hat immer
        Vorrang vor einem hier gespeicherten.
      </p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <p class="sr-only" role="status">${this.announcement}</p>
      ${this.views ? this.renderViews(this.views) : this.error ? nothing : html`<p>Wird geladen …</p>`}
      <pa-action-dialog></pa-action-dialog>
    `;
  }

  private renderViews(views: ProviderSettingsView[]) {
    const adding = this.editing && !this.editing.view;
    return html`<ul @provider-edit=${this.onEdit} @provider-delete=${this.onDelete}>
        ${repeat(
          views,
          (v) => v.name,
          (v) =>
            html`<li>
              <pa-provider-card .view=${v}></pa-provider-card>
              ${this.editing?.view?.name === v.name ? this.renderForm(this.editing) : nothing}
            </li>`,
        )}
      </ul>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Weiteren Dienst anschließen</h2>
        <p>
          Viele Anbieter und eigene Server (etwa eine EU-Cloud, vLLM oder LM Studio) sprechen die Schnittstelle von
          OpenAI. Sie brauchen dafür die Basis-Adresse, die Modell-IDs und gegebenenfalls einen Schlüssel.
        </p>
        ${
          adding
            ? this.renderForm(this.editing!)
            : html`<button type="button" id="add-button" @click=${() => this.open({ kind: 'compatible' })}>
                OpenAI-kompatiblen Dienst anschließen
              </button>`
        }
      </section>`;
  }

  private renderForm(editing: Editing) {
    return html`<pa-provider-form
      .kind=${editing.kind}
      .view=${editing.view}
      @provider-saved=${this.onSaved}
      @provider-form-cancel=${this.onCancel}
    ></pa-provider-form>`;
  }

  private async open(editing: Editing): Promise<void> {
    this.opener = deepActiveElement();
    this.editing = editing;
    await this.updateComplete;
    const form = this.renderRoot.querySelector('pa-provider-form');
    await form?.updateComplete;
    form?.shadowRoot?.querySelector<HTMLElement>('h3')?.focus();
  }

  private readonly onEdit = (event: CustomEvent<ProviderSettingsView>) => {
    const view = event.detail;
    if (view.kind !== 'demo') void this.open({ kind: view.kind, view });
  };

  private readonly onCancel = () => {
    const adding = !this.editing?.view;
    this.editing = undefined;
    // "Anschließen" comes back once the form is gone: wait for it.
    void this.updateComplete.then(() =>
      (adding ? this.renderRoot.querySelector<HTMLElement>('#add-button') : this.opener)?.focus(),
    );
  };

  private readonly onSaved = async (event: CustomEvent<ProviderSettingsView>) => {
    const saved = event.detail;
    this.editing = undefined;
    await this.load();
    this.announcement = `Die Einstellungen für ${saved.label} sind gespeichert.`;
    await this.updateComplete;
    await this.card(saved.name)?.updateComplete;
    this.cardHeading(saved.name)?.focus();
  };

  private readonly onDelete = (event: CustomEvent<ProviderSettingsView>) => {
    const view = event.detail;
    void this.renderRoot.querySelector<PaActionDialog>('pa-action-dialog')?.open({
      heading: `Einstellungen für ${view.label} löschen?`,
      text: [
        'Die hier gespeicherten Einstellungen und der Schlüssel werden gelöscht.',
        view.kind === 'compatible'
          ? 'Der Dienst verschwindet aus der Modellauswahl; Workshops, die seine Modelle nennen, bieten sie nicht mehr an.'
          : 'Danach gilt wieder, was Umgebungsvariablen und Konfigurationsdatei vorgeben.',
      ],
      confirm: 'Einstellungen löschen',
      danger: true,
      action: async () => {
        await trainerApi.deleteProvider(view.name);
        await this.load();
        this.announcement = `Die Einstellungen für ${view.label} sind gelöscht.`;
      },
      // The card stays for built-in providers (only its delete button goes); a service of its own is gone.
      fallbackFocus: () => this.cardHeading(view.name) ?? this.renderRoot.querySelector<HTMLElement>('h1'),
    });
  };

  private card(name: string): PaProviderCard | undefined {
    return [...this.renderRoot.querySelectorAll('pa-provider-card')].find((c) => c.view.name === name);
  }

  private cardHeading(name: string): HTMLElement | null | undefined {
    return this.card(name)?.shadowRoot?.querySelector<HTMLElement>('h2');
  }
}

customElements.define('pa-provider-settings', PaProviderSettings);

declare global {
  interface HTMLElementTagNameMap {
    'pa-provider-settings': PaProviderSettings;
  }
}
