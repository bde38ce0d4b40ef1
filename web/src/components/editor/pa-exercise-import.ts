import { html, LitElement, nothing } from 'lit';
import { formatProblem } from '../../../../server/exercises/problems.ts';
import { authoringApi, fileProblems } from '../../api/authoring.ts';
import { errorMessage } from '../../api/errors.ts';
import type { ExerciseFiles, FileProblem } from '../../api/types.ts';
import { navigate } from '../../state/router.ts';
import { disclosureStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS } from '../forms/field-errors.ts';
import { formStyles } from '../forms/form-styles.ts';
import { areaField, editorStyles } from './editor-fields.ts';
import { FILE_PATHS, readFile, text } from './editor-model.ts';
import { readUpload } from './exercise-files.ts';

/** The id a prompt file claims, to name its files in the problems. */
function claimedId(prompt: string): string {
  const read = readFile(prompt);
  return read.ok ? text(read.data.id) : '';
}

/**
 * Import: the two files of an exercise (or one ZIP with both), or their text pasted in. Every problem is listed
 * as `promptathon validate` reports it (file, line, field); a valid exercise opens in the editor.
 */
export class PaExerciseImport extends LitElement {
  static override properties = {
    pasted: { state: true },
    problems: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  declare pasted: ExerciseFiles;
  declare problems: { files: ExerciseFiles; list: FileProblem[] } | undefined;
  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    this.pasted = { prompt: '', evals: '' };
    this.error = '';
    this.busy = false;
  }

  static override styles = [baseStyles, formStyles, editorStyles, disclosureStyles];

  override render() {
    return html`
      <div class="field">
        <label for="upload">Dateien hochladen</label>
        <p class="hint" id="upload-hint">
          Die zwei Dateien prompts/&lt;id&gt;.yaml und evals/&lt;id&gt;.yaml zusammen auswählen, oder eine ZIP-Datei mit
          beiden. Das Importieren beginnt sofort.
        </p>
        <input
          id="upload"
          type="file"
          multiple
          accept=".yaml,.yml,.zip"
          aria-describedby="upload-hint"
          ?disabled=${this.busy}
          @change=${this.onUpload}
        />
      </div>
      <details>
        <summary>Oder den Text der Dateien einfügen</summary>
        <div class="item">
          ${(['prompt', 'evals'] as const).map((file) =>
            areaField(NO_ERRORS, {
              field: `paste-${file}`,
              label: `Inhalt von ${FILE_PATHS[file]('<id>')}`,
              value: this.pasted[file],
              rows: 10,
              code: true,
              onInput: (value) => (this.pasted = { ...this.pasted, [file]: value }),
            }),
          )}
          <button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.import(this.pasted)}>
            Eingefügten Text importieren
          </button>
        </div>
      </details>
      <div role="status">${this.busy ? 'Wird importiert …' : ''}</div>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${this.problems ? this.renderProblems(this.problems.files, this.problems.list) : nothing}
    `;
  }

  private renderProblems(files: ExerciseFiles, problems: FileProblem[]) {
    const id = claimedId(files.prompt);
    return html`<div class="notice error" role="alert">
      <p>
        Nicht importiert: ${problems.length === 1 ? 'ein Problem' : `${problems.length} Probleme`}, wie
        <code>promptathon validate</code> sie meldet.
      </p>
      <ul>
        ${problems.map((p) => html`<li><code>${formatProblem({ ...p, file: FILE_PATHS[p.file](id) })}</code></li>`)}
      </ul>
    </div>`;
  }

  private readonly onUpload = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = await readUpload([...(input.files ?? [])]);
    input.value = '';
    if (typeof files === 'string') {
      this.problems = undefined;
      this.error = files;
      return;
    }
    await this.import(files);
  };

  private async import(files: ExerciseFiles): Promise<void> {
    this.busy = true;
    this.error = '';
    this.problems = undefined;
    try {
      const saved = await authoringApi.create(files);
      navigate({ name: 'exercise-edit', id: saved.id });
    } catch (error) {
      const list = fileProblems(error);
      if (list.length) this.problems = { files, list };
      else this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('pa-exercise-import', PaExerciseImport);

declare global {
  interface HTMLElementTagNameMap {
    'pa-exercise-import': PaExerciseImport;
  }
}
