import { css, html, LitElement } from 'lit';
import { recordsApi, type ExportFile } from '../../api/records.ts';
import { routeHref, type Route } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';

/**
 * A workshop's results and records to take away: the files to download and the pages that print the training
 * records and put together the prompt library. The page around it gives the heading.
 */
export class PaExportLinks extends LitElement {
  static override properties = { workshopId: { attribute: false } };

  declare workshopId: string;

  static override styles = [
    baseStyles,
    css`
      ul {
        margin: 0;
        padding-left: 1.2rem;
      }
      li + li {
        margin-top: 0.5rem;
      }
    `,
  ];

  override render() {
    const id = this.workshopId;
    // A download and a page alike: the link, then what is inside.
    const file = (name: ExportFile, label: string, what: string) =>
      html`<li><a href=${recordsApi.exportUrl(id, name)} download>${label}</a>: ${what}</li>`;
    const page = (route: Route, label: string, what: string) =>
      html`<li><a href=${routeHref(route)}>${label}</a>: ${what}</li>`;
    return html`<ul>
      ${file(
        'results.csv',
        'Ergebnisse als CSV (für Excel)',
        'Punkte, bestanden oder nicht, Tokens, Kosten und Modelle je Team, Übung und Fall',
      )}
      ${file('results.json', 'Ergebnisse als JSON', 'dieselben Ergebnisse zum Weiterverarbeiten mit eigenen Programmen')}
      ${file(
        'training-record.csv',
        'Teilnahmenachweise als CSV',
        'eine Zeile je Person mit Team, Dauer, bearbeiteten Übungen und Punkten',
      )}
      ${page(
        { name: 'records', id },
        'Teilnahmenachweise drucken',
        'ein Nachweis je Person nach Art. 4 der KI-Verordnung, auf Papier oder als PDF',
      )}
      ${page(
        { name: 'library', id },
        'Prompt-Bibliothek zusammenstellen',
        'die gelungensten Prompts für andere Verwaltungen zum Wiederverwenden',
      )}
    </ul>`;
  }
}

customElements.define('pa-export-links', PaExportLinks);

declare global {
  interface HTMLElementTagNameMap {
    'pa-export-links': PaExportLinks;
  }
}
