import { css, html } from 'lit';
import type { TrainingRecord, TrainingRecords } from '../../api/types.ts';
import { formatDay, formatPoints } from '../../format.ts';
import { memberName } from './labels.ts';

/** "2 Std. 15 Min.", "45 Min.", "2 Std."; null (no attempt yet) is "nicht erfasst". */
export function formatDuration(minutes: number | null): string {
  if (minutes === null) return 'nicht erfasst';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} Min.`;
  return rest === 0 ? `${hours} Std.` : `${hours} Std. ${rest} Min.`;
}

/**
 * One participant's training record: what an office files as proof of an AI-literacy measure (EU AI Act, Art. 4).
 * On screen a card; printed a sheet of its own, with lines to sign by hand.
 */
export function recordSheet(all: TrainingRecords, record: TrainingRecord, index: number) {
  const { workshop, trainers } = all;
  const headingId = `record-${index}`;
  const name = memberName(record.name);
  return html`<article class="sheet" aria-labelledby=${headingId}>
    <h2 id=${headingId}>
      Nachweis über eine Schulung zur KI-Kompetenz<span class="sr-only">: ${name}, ${record.team}</span>
    </h2>
    <p>
      Dieser Nachweis dokumentiert die Teilnahme an einer Maßnahme zur Förderung der KI-Kompetenz nach Art. 4 der
      KI-Verordnung der EU (Verordnung (EU) 2024/1689).
    </p>
    <dl>
      <dt>Name</dt>
      <dd>${name}</dd>
      <dt>Team</dt>
      <dd>${record.team}</dd>
      <dt>Schulung</dt>
      <dd>${workshop.title}</dd>
      <dt>Inhalt</dt>
      <dd>
        Praktische Übungen im Team: Prompts für Aufgaben aus der Verwaltung schreiben, die Antworten von KI-Modellen
        prüfen und die Prompts verbessern.
      </dd>
      <dt>Datum</dt>
      <dd>${formatDay(workshop.date)}</dd>
      <dt>Dauer</dt>
      <dd>${formatDuration(record.minutes)}</dd>
      <dt>Bearbeitete Übungen</dt>
      <dd>
        ${
          record.exercises.length
            ? html`<ul>
                ${record.exercises.map((title) => html`<li>${title}</li>`)}
              </ul>`
            : 'keine'
        }
      </dd>
      <dt>Punkte des Teams</dt>
      <dd>${formatPoints(record.points)}</dd>
      <dt>Durchgeführt von</dt>
      <dd>${trainers.join(', ')}</dd>
    </dl>
    <div class="signatures">
      <p>Ort, Datum</p>
      <p>Unterschrift der Trainerin oder des Trainers</p>
    </div>
  </article>`;
}

export const sheetStyles = css`
  .sheet {
    background: var(--pa-surface);
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.08);
    padding: 1.5rem;
    max-width: 46rem;
    margin: 0 0 1.5rem;
  }
  h2 {
    font-size: 1.4rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(9rem, max-content) 1fr;
    gap: 0.4rem 1.25rem;
    margin: 1.25rem 0 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd ul {
    margin: 0;
    padding-left: 1.2rem;
  }
  /* Room to sign above each line, side by side. */
  .signatures {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5rem 3rem;
    margin-top: 4rem;
  }
  .signatures p {
    flex: 1 1 14rem;
    margin: 0;
    padding-top: 0.35rem;
    border-top: 1px solid currentColor;
    font-size: 0.9rem;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.5rem;
    }
  }
  /* One sheet per A4 page, black on white, nothing a printer would waste ink on. */
  @media print {
    .sheet {
      break-after: page;
      break-inside: avoid;
      max-width: none;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 0;
      box-shadow: none;
      background: #fff;
      color: #000;
      font-size: 11pt;
    }
    h2 {
      font-size: 18pt;
      margin-bottom: 1.5rem;
      color: #000;
    }
    .signatures {
      margin-top: 25mm;
    }
  }
`;
