import { html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { InviteLink } from '../../api/types.ts';
import { formatDateTime } from '../../format.ts';
import { baseStyles } from '../../styles/shared.ts';
import './pa-copy-field.ts';

/** A one-time link for a co-trainer: made on request, shown once to copy, with its expiry. */
export class PaInvitePanel extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    invite: { state: true },
    error: { state: true },
  };

  declare workshopId: string;
  declare invite: InviteLink | undefined;
  declare error: string;

  constructor() {
    super();
    this.error = '';
  }

  static override styles = baseStyles;

  override render() {
    return html`<section class="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Gemeinsam leiten</h2>
      <p>
        Eine Kollegin oder ein Kollege kann diesen Workshop mit Ihnen leiten. Der Einladungslink gilt einmal und 7 Tage
        lang. Wer ihn öffnet, legt damit ein Trainerkonto an; wer schon angemeldet ist, übernimmt den Workshop in das
        eigene Konto.
      </p>
      <button type="button" @click=${this.create}>Co-Trainerin oder Co-Trainer einladen</button>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <p role="status">
        ${
          this.invite
            ? `Neuer Einladungslink, gültig bis ${formatDateTime(this.invite.expires_at)}. Geben Sie ihn nur an die
              Person weiter, die Sie einladen; jeder Klick auf „einladen“ erzeugt einen weiteren Link.`
            : nothing
        }
      </p>
      ${
        this.invite
          ? html`<pa-copy-field label="Einladungslink" button="Einladungslink kopieren" .value=${this.invite.url}>
            </pa-copy-field>`
          : nothing
      }
    </section>`;
  }

  private readonly create = async () => {
    try {
      this.invite = await trainerApi.invite(this.workshopId);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  };
}

customElements.define('pa-invite-panel', PaInvitePanel);

declare global {
  interface HTMLElementTagNameMap {
    'pa-invite-panel': PaInvitePanel;
  }
}
