import { html, LitElement, nothing } from 'lit';
import { authoringApi, fileProblems, type SampleAnswer } from '../../api/authoring.ts';
import { errorMessage } from '../../api/errors.ts';
import type { CheckReport, ExerciseFiles, FileProblem } from '../../api/types.ts';
import { dangerStyles, tableStyles } from '../../styles/blocks.ts';
import { baseStyles, scrollerStyles } from '../../styles/shared.ts';
import { NO_ERRORS } from '../forms/field-errors.ts';
import { formStyles } from '../forms/form-styles.ts';
import { checkReportStyles, renderCaseReport, renderWarnings } from './check-report.ts';
import { areaField, editorStyles, selectField } from './editor-fields.ts';
import { FILE_PATHS, withItem } from './editor-model.ts';
import { problemText } from './pa-editor-yaml.ts';

/**
 * "Testfälle prüfen", without a model: the trainer writes bad sample answers (for one case or all), and the check
 * grades them and each case's reference with the assertions of the files as they are now (saved or not).
 * Fires `samples-change` (detail: the samples), so the draft keeps them.
 */
export class PaCheckPanel extends LitElement {
  static override properties = {
    files: { attribute: false },
    exerciseId: { attribute: false },
    caseIds: { attribute: false },
    samples: { attribute: false },
    report: { state: true },
    problems: { state: true },
    error: { state: true },
    busy: { state: true },
    status: { state: true },
  };

  declare files: ExerciseFiles;
  declare exerciseId: string;
  declare caseIds: string[];
  declare samples: SampleAnswer[];
  /** The last check's result, with the samples it graded (the list may change afterwards). */
  declare report: { result: CheckReport; samples: SampleAnswer[] } | undefined;
  declare problems: FileProblem[];
  declare error: string;
  declare busy: boolean;
  declare status: string;

  constructor() {
    super();
    this.files = { prompt: '', evals: '' };
    this.exerciseId = '';
    this.caseIds = [];
    this.samples = [];
    this.problems = [];
    this.error = '';
    this.busy = false;
    this.status = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    dangerStyles,
    scrollerStyles,
    tableStyles,
    editorStyles,
    checkReportStyles,
  ];

  override render() {
    return html`
      <p>
        Die Prüfung braucht kein Modell. Sie bewertet die Musterlösung jedes Falls und Ihre schlechten Beispielantworten
        mit den Prüfungen, so wie sie gerade im Editor stehen. Gut ist: Die Musterlösung besteht, jede schlechte Antwort
        scheitert. Prüfungen durch ein Sprachmodell, Kosten und Tempo bleiben außen vor.
      </p>
      <h3>Schlechte Beispielantworten</h3>
      <p class="muted">
        Schreiben Sie Antworten, die durchfallen sollen, z. B. eine, die duzt, oder eine ohne die Gebühr.
      </p>
      ${this.samples.map((sample, i) => this.renderSample(sample, i))}
      <div class="row">
        <button type="button" class="add" @click=${this.add}>Beispielantwort hinzufügen</button>
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.check()}>
          Testfälle prüfen
        </button>
      </div>
      <p role="status">${this.status}</p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${this.problems.length ? this.renderProblems() : nothing}
      ${
        this.report
          ? html`<div class="report">
              ${renderWarnings(this.report.result.warnings)}
              ${this.report.result.cases.map((c, i) => renderCaseReport(c, this.report!.samples, i))}
            </div>`
          : nothing
      }
    `;
  }

  private renderSample(sample: SampleAnswer, i: number) {
    const set = (next: SampleAnswer) => this.emit(withItem(this.samples, i, next));
    return html`<fieldset class="item">
      <legend>Beispielantwort ${i + 1}</legend>
      ${selectField(NO_ERRORS, {
        field: `sample-${i}-case`,
        label: 'Für',
        value: sample.case ?? '',
        options: [['', 'Alle Fälle'], ...this.caseIds.map((id) => [id, `Fall ${id}`] as const)],
        onChange: (value) => set(value ? { case: value, output: sample.output } : { output: sample.output }),
      })}
      ${areaField(NO_ERRORS, {
        field: `sample-${i}-output`,
        label: 'Text der Antwort',
        value: sample.output,
        rows: 5,
        onInput: (output) => set({ ...sample, output }),
      })}
      <button type="button" class="danger" @click=${() => this.removeAt(i)}>Beispielantwort ${i + 1} entfernen</button>
    </fieldset>`;
  }

  private renderProblems() {
    return html`<div class="notice error">
      <p>Bitte beheben Sie zuerst diese Probleme der Dateien:</p>
      <ul>
        ${this.problems.map((p) => html`<li>${FILE_PATHS[p.file](this.exerciseId)}: ${problemText(p)}</li>`)}
      </ul>
    </div>`;
  }

  private readonly add = async () => {
    this.emit([...this.samples, { output: '' }]);
    await this.updateComplete;
    const areas = this.renderRoot.querySelectorAll('textarea');
    areas[areas.length - 1]?.focus();
  };

  private removeAt(index: number): void {
    this.emit(withItem(this.samples, index, undefined));
    this.status = `Beispielantwort ${index + 1} entfernt.`;
    this.renderRoot.querySelector<HTMLElement>('.add')?.focus();
  }

  private emit(samples: SampleAnswer[]): void {
    this.samples = samples;
    this.dispatchEvent(new CustomEvent('samples-change', { detail: samples }));
  }

  private async check(): Promise<void> {
    this.busy = true;
    this.status = 'Die Testfälle werden geprüft …';
    this.error = '';
    try {
      const samples = this.samples;
      const result = await authoringApi.check(this.files, samples);
      this.report = { result, samples };
      this.problems = [];
      const warnings = result.warnings.length;
      this.status = `Geprüft: ${result.cases.length} Fälle, ${warnings === 1 ? 'ein Hinweis' : `${warnings} Hinweise`}.`;
    } catch (error) {
      this.report = undefined;
      this.problems = fileProblems(error);
      this.status = '';
      if (!this.problems.length) this.error = errorMessage(error);
      else this.status = 'Die Dateien haben noch Probleme; geprüft wurde nichts.';
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('pa-check-panel', PaCheckPanel);

declare global {
  interface HTMLElementTagNameMap {
    'pa-check-panel': PaCheckPanel;
  }
}
