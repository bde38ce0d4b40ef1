import { css, html, LitElement, nothing } from 'lit';
import { trainerApi } from '../../api/trainer.ts';
import type { ProviderSettingsView } from '../../api/types.ts';
import { baseStyles } from '../../styles/shared.ts';
import { errorSummary } from '../forms/error-summary.ts';
import { onSubmit, textField } from '../forms/fields.ts';
import { FormState } from '../forms/form-state.ts';
import { formStyles } from '../forms/form-styles.ts';
import { inHouseField, keyField } from './provider-form-parts.ts';
import {
  placeProviderField,
  providerFieldLabel,
  providerForm,
  providerInput,
  type ModelRow,
  type ProviderFormState,
  type ProviderKind,
} from './provider-form-state.ts';
import './pa-model-list-editor.ts';

const KIND_NAMES: Record<ProviderKind, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  ollama: 'Ollama',
  compatible: 'OpenAI-kompatiblen Dienst',
};

const MODEL_HINTS: Record<ProviderKind, string> = {
  openai: 'Vorausgefüllt mit den Modellen, die jetzt gelten; Sie können sie ändern, ergänzen oder entfernen.',
  anthropic: 'Vorausgefüllt mit den Modellen, die jetzt gelten; Sie können sie ändern, ergänzen oder entfernen.',
  ollama: 'Die Modelle, die auf dem Ollama-Server installiert sind, z. B. llama3.1:8b.',
  compatible: 'Die Modelle, die der Dienst anbietet, mit der Modell-ID aus seiner Dokumentation.',
};

/**
 * Connecting a provider or changing its settings, by kind: key, models, address, in-house. Fires
 * `provider-saved` (detail: the saved ProviderSettingsView) or `provider-form-cancel`.
 */
export class PaProviderForm extends LitElement {
  static override properties = {
    kind: { attribute: false },
    view: { attribute: false },
    state: { state: true },
  };

  declare kind: ProviderKind;
  /** The provider as it is; absent for a new OpenAI-compatible service. */
  declare view: ProviderSettingsView | undefined;
  declare state: ProviderFormState;

  private readonly form = new FormState(this, { place: placeProviderField });

  static override styles = [
    baseStyles,
    formStyles,
    css`
      section {
        border: 2px solid var(--pa-primary);
        margin-top: 0.75rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.state = providerForm(this.kind, this.view);
  }

  private readonly change = (part: Partial<ProviderFormState>) => (this.state = { ...this.state, ...part });

  override render() {
    const { kind, view, state } = this;
    const { errors } = this.form;
    const changing = view && (view.available || view.stored);
    const heading = changing ? `Einstellungen für ${view.label} ändern` : `${KIND_NAMES[kind]} anschließen`;
    return html`<section class="panel" aria-labelledby="form-heading">
      <h3 id="form-heading" tabindex="-1">${heading}</h3>
      ${errorSummary(errors, providerFieldLabel, this.renderRoot)}
      <form novalidate @submit=${onSubmit(this.save)}>
        ${
          kind === 'compatible' && !view
            ? textField(errors, {
                field: 'name',
                label: 'Name',
                hint: 'Kleinbuchstaben, Ziffern, „-“ und „_“. Er wird Teil der Modell-IDs, z. B. eu-cloud:mistral-small, und lässt sich später nicht ändern.',
                value: state.name,
                required: true,
                maxlength: 40,
                autocomplete: 'off',
                onInput: (name) => this.change({ name }),
              })
            : nothing
        }
        ${textField(errors, {
          field: 'label',
          label: kind === 'compatible' ? 'Bezeichnung' : 'Bezeichnung (freiwillig)',
          hint: 'So heißt der Anbieter in der Modellauswahl, z. B. „EU-Cloud“.',
          value: state.label,
          required: kind === 'compatible',
          maxlength: 60,
          onInput: (label) => this.change({ label }),
        })}
        ${
          kind === 'compatible'
            ? textField(errors, {
                field: 'base_url',
                label: 'Basis-Adresse',
                hint: 'Die Adresse der Schnittstelle, meist mit /v1 am Ende, z. B. https://api.example.de/v1.',
                type: 'url',
                value: state.baseUrl,
                required: true,
                autocomplete: 'off',
                onInput: (baseUrl) => this.change({ baseUrl }),
              })
            : nothing
        }
        ${
          kind === 'ollama'
            ? textField(errors, {
                field: 'host',
                label: 'Adresse des Ollama-Servers',
                hint: 'Zum Beispiel http://localhost:11434.',
                type: 'url',
                value: state.host,
                required: true,
                autocomplete: 'off',
                onInput: (host) => this.change({ host }),
              })
            : nothing
        }
        ${kind === 'compatible' || kind === 'ollama' ? inHouseField(state, this.change) : nothing}
        ${kind === 'ollama' ? nothing : keyField(view, state, errors, this.change)}
        <pa-model-list-editor
          .rows=${state.models}
          .errors=${errors}
          .hint=${MODEL_HINTS[kind]}
          @model-rows-change=${(event: CustomEvent<ModelRow[]>) => this.change({ models: event.detail })}
        ></pa-model-list-editor>
        <div class="actions">
          <button type="submit" class="primary">Speichern</button>
          <button type="button" @click=${() => this.emit('provider-form-cancel', undefined)}>Abbrechen</button>
        </div>
      </form>
    </section>`;
  }

  private readonly save = async () => {
    const { input, errors } = providerInput(this.kind, this.state, this.view);
    await this.form.submit(errors, async () => {
      const saved = await trainerApi.saveProvider(this.view?.name ?? this.state.name, input);
      this.emit('provider-saved', saved);
    });
  };

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('pa-provider-form', PaProviderForm);

declare global {
  interface HTMLElementTagNameMap {
    'pa-provider-form': PaProviderForm;
  }
}
