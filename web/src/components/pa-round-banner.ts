import { css, html, LitElement, nothing } from 'lit';
import type { RoundState } from '../api/types.ts';
import { dismissAnnouncement, dismissedAnnouncements } from '../state/announcements.ts';
import { workshopFeed } from '../state/workshop-feed.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-countdown.ts';

/**
 * What the trainer tells every team, above the page: the message (until the attendee hides it) and the time left
 * in the round. When the time is up, every view loads its data again: locks may apply now. Fires 'banner-dismissed'
 * when the message is hidden, so that the app can put the focus somewhere sensible (its button is gone).
 */
export class PaRoundBanner extends LitElement {
  static override properties = {
    round: { attribute: false },
    dismissed: { state: true },
  };

  declare round: RoundState;
  /** Ids of the messages hidden in this browser. */
  declare dismissed: ReadonlySet<string>;

  constructor() {
    super();
    this.dismissed = dismissedAnnouncements();
  }

  static override styles = [
    baseStyles,
    css`
      .message.notice,
      .countdown {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        justify-content: space-between;
        margin-bottom: 1.5rem;
      }
      .message p {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .countdown {
        border: 2px solid var(--pa-border-strong);
        border-radius: var(--pa-radius);
        background: var(--pa-surface);
        padding: 0.75rem 1rem;
      }
      .countdown p {
        margin: 0;
      }
    `,
  ];

  override render() {
    const { announcement, countdown, now } = this.round;
    const message = announcement && !this.dismissed.has(announcement.id) ? announcement : null;
    // The live region stays in the page (empty without a message): screen readers announce a message when it
    // appears or changes, and not again when the banner merely renders anew. The button is outside of it.
    return html`<div class=${message ? 'message notice' : 'message'}>
        <p role="status">
          ${message ? html`<strong>Nachricht von Ihrer Trainerin oder Ihrem Trainer:</strong> ${message.text}` : nothing}
        </p>
        ${
          message
            ? html`<button @click=${() => this.dismiss(message.id)}>
                Ausblenden<span class="sr-only"> (Nachricht)</span>
              </button>`
            : nothing
        }
      </div>
      ${
        countdown
          ? html`<div class="countdown">
              <pa-countdown
                .countdown=${countdown}
                .serverNow=${now}
                @countdown-ended=${() => workshopFeed.timeUp()}
              ></pa-countdown>
              ${
                countdown.locks.length
                  ? html`<p class="muted">
                      Wenn die Zeit um ist, nehmen die Übungen der Runde keine neuen Versuche an.
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  private dismiss(id: string): void {
    this.dismissed = dismissAnnouncement(id);
    this.dispatchEvent(new Event('banner-dismissed', { bubbles: true, composed: true }));
  }
}

customElements.define('pa-round-banner', PaRoundBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pa-round-banner': PaRoundBanner;
  }
}
