import { html, LitElement, nothing } from 'lit';
import type { ModelInfo, ProviderInfo, SessionInfo } from '../api/types.ts';
import { formatEur } from '../format.ts';
import { baseStyles, fieldsetStyles } from '../styles/shared.ts';
import { modelPickerStyles } from './model-picker-styles.ts';

const modelId = (provider: ProviderInfo, model: ModelInfo) => `${provider.name}:${model.id}`;

function providerNote(provider: ProviderInfo): string {
  if (provider.kind === 'demo') return 'Keine echte KI: antwortet offline nach festen Regeln';
  return provider.inHouse ? 'Daten bleiben im Haus' : 'Externer Dienst: Daten verlassen das Haus';
}

const priceText = (model: ModelInfo) =>
  model.price && model.price.input + model.price.output > 0
    ? `${formatEur(model.price.input)} / ${formatEur(model.price.output)} je 1 Mio. Tokens (Eingabe / Ausgabe)`
    : '';

/** Checkboxes for every model of every provider; several at once. Fires `models-change` (detail: provider ids). */
export class PaModelPicker extends LitElement {
  static override properties = {
    providers: { attribute: false },
    selected: { attribute: false },
    viewer: { attribute: false },
  };

  declare providers: ProviderInfo[];
  declare selected: readonly string[];
  /** Who looks: what they can do to get a real model differs (a team asks its trainer). */
  declare viewer: SessionInfo['role'] | undefined;

  constructor() {
    super();
    this.providers = [];
    this.selected = [];
  }

  static override styles = [baseStyles, fieldsetStyles, modelPickerStyles];

  override render() {
    const realAvailable = this.providers.some((p) => p.available && p.kind !== 'demo');
    const unavailable = this.providers.filter((p) => !p.available);
    // Indexes into the full list keep element ids unique across both groups.
    const render = (provider: ProviderInfo) => this.renderProvider(provider, this.providers.indexOf(provider));
    return html`
      <fieldset>
        <legend>Modelle</legend>
        <p class="muted">Wählen Sie ein oder mehrere Modelle. Jedes bearbeitet alle Fälle.</p>
        ${realAvailable ? nothing : this.renderNoRealProvider()}
        ${this.providers.filter((p) => p.available).map(render)}
        ${
          unavailable.length
            ? html`<details>
                <summary>Nicht verfügbar: ${unavailable.map((p) => p.label).join(', ')}</summary>
                ${unavailable.map(render)}
              </details>`
            : nothing
        }
      </fieldset>
    `;
  }

  private renderNoRealProvider() {
    const demo = html`<p>
      Zum Üben steht das Demo-Modell bereit. Es ist keine echte KI, sondern antwortet nach festen Regeln aus den
      Unterlagen.
    </p>`;
    if (this.viewer === 'team') {
      return html`<div class="notice" role="note">
        <p><strong>In diesem Workshop ist noch kein echtes KI-Modell freigegeben.</strong></p>
        ${demo}
        <p>Welche Modelle Ihr Team nutzen kann, legt Ihre Trainerin oder Ihr Trainer fest.</p>
      </div>`;
    }
    return html`<div class="notice" role="note">
      <p><strong>Noch kein echter KI-Anbieter eingerichtet.</strong></p>
      ${demo}
      ${
        this.viewer === 'trainer'
          ? html`<p>
              Für echte Modelle tragen Sie unter <a href="#/anbieter">Modelle und Anbieter</a> einen Anbieter mit seinem
              Zugangsschlüssel ein.
            </p>`
          : html`<p>
              Für echte Modelle setzen Sie vor dem Start des Servers einen Zugangsschlüssel, zum Beispiel
              <code>OPENAI_API_KEY</code> oder <code>ANTHROPIC_API_KEY</code>, oder tragen Sie einen Anbieter in
              <code>promptathon.config.yaml</code> ein. Starten Sie den Server danach neu.
            </p>`
      }
    </div>`;
  }

  private renderProvider(provider: ProviderInfo, index: number) {
    const reasonId = `reason-${index}`;
    return html`<div class="provider ${provider.available ? '' : 'unavailable'}">
      <h3>${provider.label}</h3>
      <p class="note">${providerNote(provider)}</p>
      ${
        provider.available
          ? nothing
          : html`<p class="reason" id=${reasonId}>Nicht verfügbar: ${provider.reason ?? 'ohne Angabe von Gründen'}</p>`
      }
      ${provider.models.map((model, j) => {
        const id = modelId(provider, model);
        const price = priceText(model);
        return html`<div class="model">
          <input
            type="checkbox"
            id="m-${index}-${j}"
            .checked=${provider.available && this.selected.includes(id)}
            ?disabled=${!provider.available}
            aria-describedby=${provider.available ? nothing : reasonId}
            @change=${(event: Event) => this.toggle(id, (event.target as HTMLInputElement).checked)}
          />
          <label for="m-${index}-${j}">${model.label}${price ? html`<small>${price}</small>` : nothing}</label>
        </div>`;
      })}
    </div>`;
  }

  private toggle(id: string, checked: boolean): void {
    const rest = this.selected.filter((m) => m !== id);
    this.selected = checked ? [...rest, id] : rest;
    this.dispatchEvent(new CustomEvent('models-change', { detail: this.selected, bubbles: true, composed: true }));
  }
}

customElements.define('pa-model-picker', PaModelPicker);

declare global {
  interface HTMLElementTagNameMap {
    'pa-model-picker': PaModelPicker;
  }
}
