import { css, html, LitElement } from 'lit';
import { trainerApi } from '../../api/trainer.ts';
import type { Workshop } from '../../api/types.ts';
import { baseStyles } from '../../styles/shared.ts';
import { spacedCode, spelledCode } from './labels.ts';
import './pa-copy-field.ts';

/**
 * How teams get in, large enough for a projector: the code, the link, its QR code, and whether joining is open.
 * Fires `join-open-change` (detail: the wanted state); the page saves it and passes the new workshop down.
 */
export class PaJoinPanel extends LitElement {
  static override properties = { workshop: { attribute: false } };

  declare workshop: Workshop;

  static override styles = [
    baseStyles,
    css`
      .layout {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
        align-items: flex-start;
      }
      .text {
        flex: 1 1 18rem;
        min-width: 0;
      }
      .label {
        display: block;
        font-weight: 600;
      }
      .code {
        display: block;
        font-family: var(--pa-mono);
        font-size: clamp(2rem, 11vw, 4.5rem);
        font-weight: 700;
        letter-spacing: 0.2em;
        line-height: 1.2;
        white-space: nowrap;
      }
      img {
        width: 15rem;
        max-width: 100%;
        height: auto;
        background: #fff;
        border: 1px solid var(--pa-border);
      }
      .joining {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        border-top: 1px solid var(--pa-border);
        margin-top: 1rem;
        padding-top: 1rem;
      }
      .joining p {
        margin: 0;
        flex: 1 1 18rem;
      }
    `,
  ];

  override render() {
    const { workshop } = this;
    const open = workshop.join_open;
    return html`<section class="panel" aria-labelledby="join-heading">
      <h2 id="join-heading">So treten die Teams bei</h2>
      <div class="layout">
        <div class="text">
          <p>
            <span class="label">Beitrittscode</span>
            <span class="code" aria-hidden="true">${spacedCode(workshop.code)}</span>
            <span class="sr-only">${spelledCode(workshop.code)}</span>
          </p>
          <pa-copy-field label="Beitrittslink" button="Link kopieren" .value=${workshop.join_url}></pa-copy-field>
          <p class="muted">
            Die Teams öffnen den Link oder scannen den QR-Code, wählen einen Teamnamen und legen los. Auf der Startseite
            können sie auch den Code eingeben.
          </p>
        </div>
        <img src=${trainerApi.qrUrl(workshop.id)} alt="QR-Code mit dem Beitrittslink ${workshop.join_url}" />
      </div>
      <div class="joining">
        <p role="status">
          ${
            open
              ? html`<strong>Beitritt offen.</strong> Neue Teams und Personen können mit dem Code beitreten.`
              : html`<strong>Beitritt geschlossen.</strong> Niemand kann neu beitreten; wer dabei ist, arbeitet weiter.`
          }
        </p>
        <button type="button" @click=${() => this.emit(!open)}>
          ${open ? 'Beitritt schließen' : 'Beitritt öffnen'}
        </button>
      </div>
    </section>`;
  }

  private emit(open: boolean): void {
    this.dispatchEvent(new CustomEvent('join-open-change', { detail: open, bubbles: true, composed: true }));
  }
}

customElements.define('pa-join-panel', PaJoinPanel);

declare global {
  interface HTMLElementTagNameMap {
    'pa-join-panel': PaJoinPanel;
  }
}
