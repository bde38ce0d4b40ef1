import { css, html, nothing } from 'lit';
import type { SampleAnswer } from '../../api/authoring.ts';
import type { CheckReport } from '../../api/types.ts';
import { formatPoints } from '../../format.ts';

type CaseReport = CheckReport['cases'][number];
type Warning = CheckReport['warnings'][number];

/** What each warning is about, as a heading the trainer scans. */
const WARNING_KINDS: Record<Warning['kind'], string> = {
  'constant-assertion': 'Prüfung misst nichts',
  'no-reference': 'Keine Musterlösung',
  'reference-fails': 'Musterlösung besteht nicht',
  'sample-passes': 'Schlechte Antwort besteht',
  'hidden-leak': 'Verborgener Fall verrät nichts Neues',
  'unused-variable': 'Variable ungenutzt',
};

const points = (score: number) => formatPoints(score * 100);

const verdict = (ok: boolean, text: string) =>
  html`<span class=${ok ? 'pass' : 'fail'}><span aria-hidden="true">${ok ? '✓' : '✗'}</span> ${text}</span>`;

function resultCell(result: boolean | null) {
  if (result === null) return html`<span class="muted">braucht ein Modell</span>`;
  return result ? verdict(true, 'bestanden') : verdict(false, 'nicht bestanden');
}

/** The numbers (counted from 1 over all samples) of the samples the check graded for this case, in its order. */
const sampleNumbers = (samples: readonly SampleAnswer[], caseId: string) =>
  samples.flatMap((s, i) => (s.case === undefined || s.case === caseId ? [i + 1] : []));

export function renderWarnings(warnings: CheckReport['warnings']) {
  if (warnings.length === 0)
    return html`<p class="pass">Keine Hinweise: Die Prüfungen trennen gute von schlechten Antworten.</p>`;
  return html`<h3>Hinweise</h3>
    <ul class="warnings">
      ${warnings.map(
        (w) =>
          html`<li>
            <strong>${WARNING_KINDS[w.kind]}</strong>${w.case ? html` (Fall ${w.case})` : nothing}: ${w.message}
          </li>`,
      )}
    </ul>`;
}

/** One case: does the reference pass and every bad answer fail, and how each assertion judged each answer. */
export function renderCaseReport(report: CaseReport, samples: readonly SampleAnswer[], index: number) {
  const numbers = sampleNumbers(samples, report.case);
  const columns = [...(report.reference ? ['Musterlösung'] : []), ...numbers.map((n) => `Beispielantwort ${n}`)];
  return html`<section class="case" aria-labelledby="report-${index}">
    <h3 id="report-${index}">Fall ${report.case}${report.hidden ? ' (verborgen)' : ''}</h3>
    <ul class="verdicts">
      <li>
        ${
          report.reference
            ? report.reference.pass
              ? verdict(true, `Die Musterlösung besteht (${points(report.reference.score)}).`)
              : verdict(false, `Die Musterlösung besteht nicht (${points(report.reference.score)}).`)
            : html`<span class="muted">Keine Musterlösung.</span>`
        }
      </li>
      ${report.samples.map(
        (s, i) =>
          html`<li>
            ${
              s.pass
                ? verdict(
                    false,
                    `Beispielantwort ${numbers[i]} besteht, obwohl sie scheitern soll (${points(s.score)}).`,
                  )
                : verdict(true, `Beispielantwort ${numbers[i]} scheitert wie gewünscht (${points(s.score)}).`)
            }
          </li>`,
      )}
    </ul>
    ${
      report.assertions.length && columns.length
        ? html`<div class="scroller">
            <table>
              <caption>
                Prüfungen in Fall ${report.case}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Prüfung</th>
                  ${columns.map((c) => html`<th scope="col">${c}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${report.assertions.map(
                  (a) =>
                    html`<tr>
                      <th scope="row">${a.label} <span class="muted">(${a.type})</span></th>
                      ${a.results.map((r) => html`<td>${resultCell(r)}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
  </section>`;
}

export const checkReportStyles = css`
  .verdicts,
  .warnings {
    padding-left: 1.2rem;
  }
  .verdicts li + li,
  .warnings li + li {
    margin-top: 0.3rem;
  }
  .case {
    margin: 0 0 1.5rem;
  }
  tbody th {
    font-weight: 400;
  }
`;
