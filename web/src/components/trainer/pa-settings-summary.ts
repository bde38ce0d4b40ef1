import { css, html, LitElement, nothing } from 'lit';
import type { ExerciseSummary, ProviderInfo, Workshop } from '../../api/types.ts';
import { formatDay, formatEur, formatInteger } from '../../format.ts';
import { modelLabel } from '../../lib/labels.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { dataGuardSummary } from './labels.ts';

const UNLIMITED = 'unbegrenzt';

/** The workshop's settings at a glance, with the way to change them. */
export class PaSettingsSummary extends LitElement {
  static override properties = {
    workshop: { attribute: false },
    catalogue: { attribute: false },
    providers: { attribute: false },
  };

  declare workshop: Workshop;
  declare catalogue: ExerciseSummary[];
  declare providers: ProviderInfo[];

  constructor() {
    super();
    this.catalogue = [];
    this.providers = [];
  }

  static override styles = [
    baseStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(0, 14rem) minmax(0, 1fr);
        gap: 0.5rem 1.5rem;
        margin: 0 0 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ol,
      ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      @media (max-width: 40rem) {
        dl {
          grid-template-columns: minmax(0, 1fr);
          gap: 0.15rem;
        }
        dd {
          margin-bottom: 0.5rem;
        }
      }
    `,
  ];

  override render() {
    const w = this.workshop;
    const title = (id: string) => this.catalogue.find((e) => e.id === id)?.title ?? id;
    return html`<section class="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Einstellungen</h2>
      <dl>
        <dt>Datum</dt>
        <dd>${formatDay(w.date)}</dd>
        <dt>Übungen</dt>
        <dd>
          <ol>
            ${w.exercises.map(
              (id) =>
                html`<li>
                  ${title(id)}
                  <span class="muted">(${w.released.includes(id) ? 'freigegeben' : 'noch nicht freigegeben'})</span>
                </li>`,
            )}
          </ol>
        </dd>
        <dt>Modelle</dt>
        <dd>${this.renderModels(w)}</dd>
        <dt>Budget je Team</dt>
        <dd>${w.budget_eur === null ? UNLIMITED : formatEur(w.budget_eur)}</dd>
        <dt>Token-Budget je Team</dt>
        <dd>${w.budget_tokens === null ? UNLIMITED : `${formatInteger(w.budget_tokens)} Tokens`}</dd>
        <dt>Läufe pro Minute je Team</dt>
        <dd>${w.runs_per_minute === null ? UNLIMITED : formatInteger(w.runs_per_minute)}</dd>
        <dt>Rangliste</dt>
        <dd>${w.leaderboard_visible ? 'für Teams sichtbar' : 'für Teams verborgen'}</dd>
        <dt>Datenschutz</dt>
        <dd>${dataGuardSummary(w)}</dd>
        <dt>Trainerinnen und Trainer</dt>
        <dd>${w.trainers.map((t) => t.name).join(', ')}</dd>
      </dl>
      <a class="button" href=${routeHref({ name: 'workshop-edit', id: w.id })}>Einstellungen bearbeiten</a>
    </section>`;
  }

  private renderModels(w: Workshop) {
    if (w.models === null) return `Alle verfügbaren Modelle${w.in_house_only ? ' im Haus' : ''}`;
    return html`${w.in_house_only ? html`<p>Nur Modelle im Haus:</p>` : nothing}
      <ul>
        ${w.models.map((id) => html`<li>${modelLabel(this.providers, id)}</li>`)}
      </ul>`;
  }
}

customElements.define('pa-settings-summary', PaSettingsSummary);

declare global {
  interface HTMLElementTagNameMap {
    'pa-settings-summary': PaSettingsSummary;
  }
}
