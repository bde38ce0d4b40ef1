import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { recordsApi } from '../../api/records.ts';
import type { TrainingRecords } from '../../api/types.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { recordSheet, sheetStyles } from './pa-records-sheet.ts';

/** The body attribute global.css looks for: printed, this page is all there is (no header, footer, banners). */
const PRINT_DOCUMENT = 'data-print-document';

/**
 * The participants' training records, one per person: cards on screen, one A4 sheet each on paper. "Drucken" opens
 * the browser's print dialog, which also saves them as a PDF.
 */
export class PaRecords extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    records: { state: true },
    error: { state: true },
  };

  declare workshopId: string;
  declare records: TrainingRecords | undefined;
  declare error: string;

  constructor() {
    super();
    this.error = '';
    new ReloadOnReconnect(this, () => {
      if (this.error) void this.load();
    });
  }

  static override styles = [
    baseStyles,
    sheetStyles,
    css`
      h1 {
        overflow-wrap: anywhere;
      }
      .tools {
        margin-bottom: 1.5rem;
      }
      @media print {
        .tools {
          display: none;
        }
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    document.body.setAttribute(PRINT_DOCUMENT, '');
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.body.removeAttribute(PRINT_DOCUMENT);
  }

  private async load(): Promise<void> {
    try {
      this.records = await recordsApi.trainingRecords(this.workshopId);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    const records = this.records;
    return html`
      <div class="tools">
        <p><a href=${routeHref({ name: 'evaluation', id: this.workshopId })}>Zurück zur Auswertung</a></p>
        <h1 tabindex="-1">Teilnahmenachweise${records ? `: ${records.workshop.title}` : ''}</h1>
        <p>
          Ein Nachweis je Person, gedruckt jeweils auf einer eigenen A4-Seite. Als PDF speichern Sie die Nachweise im
          Druckdialog mit „Als PDF speichern“.
        </p>
        ${
          records?.records.length
            ? html`<button type="button" class="primary" @click=${() => window.print()}>Drucken</button>`
            : nothing
        }
      </div>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${records ? this.renderRecords(records) : this.error ? nothing : html`<p>Wird geladen …</p>`}
    `;
  }

  private renderRecords(records: TrainingRecords) {
    if (records.records.length === 0) {
      return html`<p class="notice">
        Noch hat niemand an diesem Workshop teilgenommen. Sobald Personen beigetreten sind, erscheinen hier ihre
        Nachweise.
      </p>`;
    }
    return records.records.map((record, index) => recordSheet(records, record, index));
  }
}

customElements.define('pa-records', PaRecords);

declare global {
  interface HTMLElementTagNameMap {
    'pa-records': PaRecords;
  }
}
