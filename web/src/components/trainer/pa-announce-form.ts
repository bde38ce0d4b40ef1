import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { Announcement } from '../../api/types.ts';
import { formatDateTime } from '../../format.ts';
import { baseStyles } from '../../styles/shared.ts';
import { ariaInvalid, describedBy, fieldError, subjectPlaces } from '../forms/field-errors.ts';
import { formError, onSubmit } from '../forms/fields.ts';
import { FormState } from '../forms/form-state.ts';
import { formStyles } from '../forms/form-styles.ts';
import { roundChanged } from './round-changed.ts';

/** What the server takes (announcementSetSchema). */
const MAX_LENGTH = 280;

/**
 * The message to everyone (a banner for every attendee, and on the projector): the one shown now, a field for a
 * new one (it replaces the old), and removing it. Calls the API itself and fires `round-changed`.
 */
export class PaAnnounceForm extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    announcement: { attribute: false },
    text: { state: true },
    removeError: { state: true },
  };

  declare workshopId: string;
  declare announcement: Announcement | null;
  declare text: string;
  declare removeError: string;

  private readonly form = new FormState(this, subjectPlaces({ text: 'Die Nachricht' }));

  constructor() {
    super();
    this.announcement = null;
    this.text = '';
    this.removeError = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    css`
      textarea {
        display: block;
        width: 100%;
        max-width: 40rem;
        min-height: 5.5rem;
        padding: 0.4rem 0.6rem;
        border: 2px solid var(--pa-border-strong);
        border-radius: var(--pa-radius);
        background: var(--pa-surface);
        resize: vertical;
      }
      textarea[aria-invalid='true'] {
        border-color: var(--pa-bad);
      }
      .count {
        margin: 0.25rem 0 0;
      }
      .current {
        margin: 0 0 1.25rem;
      }
      blockquote {
        margin: 0 0 0.75rem;
        padding: 0.5rem 0.75rem;
        border-left: 6px solid var(--pa-primary);
        background: var(--pa-primary-soft);
        overflow-wrap: anywhere;
      }
      .actions {
        margin-top: 0;
      }
    `,
  ];

  override render() {
    const { errors } = this.form;
    const current = this.announcement;
    return html`${
        current
          ? html`<div class="current">
              <p class="label">Aktuelle Nachricht (seit ${formatDateTime(current.at)})</p>
              <blockquote>${current.text}</blockquote>
              ${this.removeError ? html`<p class="notice error" role="alert">${this.removeError}</p>` : nothing}
              <button type="button" @click=${this.clear}>Nachricht entfernen</button>
            </div>`
          : html`<p class="current">Im Moment ist keine Nachricht zu sehen.</p>`
      }
      <form novalidate @submit=${onSubmit(this.send)}>
        ${formError(errors)}
        <div class="field">
          <label for="message">${current ? 'Neue Nachricht an alle' : 'Nachricht an alle'}</label>
          <p class="hint" id="message-hint">
            Alle Teilnehmenden sehen sie als Banner, auch auf dem Beamer, z. B. „Noch fünf Minuten!“.
            ${current ? 'Sie ersetzt die aktuelle Nachricht.' : ''}
          </p>
          <textarea
            id="message"
            data-field="text"
            maxlength=${MAX_LENGTH}
            rows="3"
            .value=${this.text}
            aria-invalid=${ariaInvalid(errors, 'text')}
            aria-describedby=${describedBy(errors, 'text', 'message-hint', 'message-count')}
            @input=${(event: Event) => (this.text = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="hint count" id="message-count">${this.text.length} von ${MAX_LENGTH} Zeichen</p>
          ${fieldError(errors, 'text')}
        </div>
        <div class="actions">
          <button type="submit" class="primary">Senden</button>
        </div>
      </form>`;
  }

  private readonly send = async () => {
    const errors = new Map<string, string>();
    if (!this.text.trim()) errors.set('text', 'Bitte schreiben Sie eine Nachricht.');
    await this.form.submit(errors, async () => {
      await trainerApi.announce(this.workshopId, this.text);
      this.text = '';
      this.dispatchEvent(roundChanged('Die Nachricht ist gesendet.'));
    });
  };

  private readonly clear = async () => {
    try {
      await trainerApi.clearAnnouncement(this.workshopId);
      this.removeError = '';
      // The button goes with the message: the focus moves on to the field for a new one.
      this.renderRoot.querySelector('textarea')?.focus();
      this.dispatchEvent(roundChanged('Die Nachricht ist entfernt.'));
    } catch (error) {
      this.removeError = errorMessage(error);
    }
  };
}

customElements.define('pa-announce-form', PaAnnounceForm);

declare global {
  interface HTMLElementTagNameMap {
    'pa-announce-form': PaAnnounceForm;
  }
}
