import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { ProviderSettingsView } from '../../api/types.ts';
import { formatInteger } from '../../format.ts';
import { dangerStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { formStyles } from '../forms/form-styles.ts';
import { priceText } from './labels.ts';
import { keySourceText } from './provider-form-parts.ts';

/** Whether the settings can be changed here (a service from the configuration file is changed there). */
export const editable = (view: ProviderSettingsView) =>
  view.kind !== 'demo' && (view.kind !== 'compatible' || view.stored);

function dataText(view: ProviderSettingsView): string {
  if (view.kind === 'demo') return 'Keine echte KI: antwortet offline nach festen Regeln';
  return view.in_house ? 'Daten bleiben im Haus' : 'Externer Dienst: Daten verlassen das Haus';
}

/**
 * One provider: availability (or why not), in-house or external, address, where its key comes from, models
 * with prices, a connection test. Fires `provider-edit` and `provider-delete` (detail: the view).
 */
export class PaProviderCard extends LitElement {
  static override properties = {
    view: { attribute: false },
    testing: { state: true },
    result: { state: true },
  };

  declare view: ProviderSettingsView;
  declare testing: boolean;
  /** The last test's answer, in German, for the status region. */
  declare result: string;

  private testModel = '';

  constructor() {
    super();
    this.testing = false;
    this.result = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    dangerStyles,
    css`
      h2 {
        overflow-wrap: anywhere;
      }
      .ok {
        color: var(--pa-ok);
        font-weight: 600;
      }
      .bad {
        color: var(--pa-warn);
        font-weight: 600;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(0, 10rem) minmax(0, 1fr);
        gap: 0.25rem 1rem;
        margin: 0 0 0.75rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      .test {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: flex-end;
        margin-top: 1rem;
      }
      .test .field {
        margin: 0;
      }
      [role='status'] {
        margin: 0.5rem 0 0;
      }
      @media (max-width: 30rem) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  override render() {
    const v = this.view;
    const address = v.base_url ?? v.host;
    return html`<article class="panel" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${v.label}</h2>
      <p class=${v.available ? 'ok' : 'bad'}>
        ${v.available ? 'Verfügbar' : `Nicht verfügbar: ${v.reason ?? 'ohne Angabe von Gründen'}`}
      </p>
      <dl>
        <dt>Daten</dt>
        <dd>${dataText(v)}</dd>
        <dt>Name</dt>
        <dd><code>${v.name}</code> <span class="muted">(vor dem Doppelpunkt der Modell-IDs)</span></dd>
        ${
          address
            ? html`<dt>Adresse</dt>
                <dd>${address}</dd>`
            : nothing
        }
        ${
          v.kind === 'demo' || v.kind === 'ollama'
            ? nothing
            : html`<dt>Schlüssel</dt>
                <dd>${keySourceText(v.key)}</dd>`
        }
        <dt>Modelle</dt>
        <dd>${this.renderModels()}</dd>
      </dl>
      ${v.available && v.models.length ? this.renderTest() : nothing}
      ${
        editable(v) || v.stored
          ? html`<div class="actions">
              ${
                editable(v)
                  ? html`<button type="button" @click=${() => this.emit('provider-edit')}>
                      ${v.available || v.stored ? 'Einstellungen ändern' : `${v.label} anschließen`}
                    </button>`
                  : nothing
              }
              ${
                v.stored
                  ? html`<button type="button" class="danger" @click=${() => this.emit('provider-delete')}>
                      Einstellungen löschen
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </article>`;
  }

  private renderModels() {
    const { models } = this.view;
    if (models.length === 0) return html`<span class="muted">Keine Modelle eingetragen.</span>`;
    return html`<ul>
      ${models.map((m) => {
        const price = priceText(m);
        return html`<li>
          ${m.label ?? m.id} <code>${m.id}</code>${price ? html`<br /><small>${price}</small>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderTest() {
    const { models } = this.view;
    return html`<div class="test">
        ${
          models.length > 1
            ? html`<div class="field">
                <label for="test-model">Modell für den Test</label>
                <select
                  id="test-model"
                  @change=${(e: Event) => (this.testModel = (e.target as HTMLSelectElement).value)}
                >
                  ${models.map((m) => html`<option value=${m.id}>${m.label ?? m.id}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <button type="button" @click=${this.test}>Verbindung testen</button>
      </div>
      <p role="status">${this.testing ? 'Die Verbindung wird getestet …' : this.result}</p>`;
  }

  private readonly test = async () => {
    if (this.testing) return;
    this.testing = true;
    try {
      const answer = await trainerApi.testProvider(this.view.name, this.testModel || undefined);
      const time = answer.latency_ms === null ? '' : ` (${formatInteger(answer.latency_ms)} ms)`;
      this.result = answer.ok
        ? `Verbindung in Ordnung: ${answer.message}${time}`
        : `Verbindung gescheitert: ${answer.message}`;
    } catch (error) {
      this.result = `Der Test ließ sich nicht starten: ${errorMessage(error)}`;
    } finally {
      this.testing = false;
    }
  };

  private emit(type: 'provider-edit' | 'provider-delete'): void {
    this.dispatchEvent(new CustomEvent(type, { detail: this.view, bubbles: true, composed: true }));
  }
}

customElements.define('pa-provider-card', PaProviderCard);

declare global {
  interface HTMLElementTagNameMap {
    'pa-provider-card': PaProviderCard;
  }
}
