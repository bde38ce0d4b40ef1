import { css, html, LitElement } from 'lit';
import type { ExerciseFiles, FileProblem } from '../../api/types.ts';
import { baseStyles } from '../../styles/shared.ts';
import { formStyles } from '../forms/form-styles.ts';
import { editorStyles } from './editor-fields.ts';
import { FILE_PATHS, type FileName } from './editor-model.ts';

/** Where the text of a 1-based line starts. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
  }
  return at;
}

/** A problem in the words `promptathon validate` uses: line, field, message. */
export const problemText = (p: FileProblem) =>
  [p.line === undefined ? '' : `Zeile ${p.line}`, p.field ?? ''].filter(Boolean).join(', ') +
  `${p.line === undefined && !p.field ? '' : ': '}${p.message}`;

/**
 * The "Experten" tab: both files as YAML, checked by the same rules as the import and `promptathon validate`;
 * each problem beside its file, a button away from its line. Fires `file-input` (detail: which file, its text).
 */
export class PaEditorYaml extends LitElement {
  static override properties = {
    files: { attribute: false },
    exerciseId: { attribute: false },
    problems: { attribute: false },
  };

  declare files: ExerciseFiles;
  declare exerciseId: string;
  /** The server's findings and YAML errors the editor found itself. */
  declare problems: FileProblem[];

  constructor() {
    super();
    this.files = { prompt: '', evals: '' };
    this.exerciseId = '';
    this.problems = [];
  }

  static override styles = [
    baseStyles,
    formStyles,
    editorStyles,
    css`
      .file {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr);
        gap: 0.5rem 1.5rem;
        align-items: start;
        margin: 0 0 2rem;
      }
      @media (max-width: 50rem) {
        .file {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      /* YAML lines mean something: they scroll rather than wrap. */
      textarea {
        white-space: pre;
        overflow-wrap: normal;
        overflow-x: auto;
      }
      .problems ul {
        margin: 0;
        padding-left: 1.2rem;
      }
      .problems li + li {
        margin-top: 0.35rem;
      }
    `,
  ];

  override render() {
    return html`
      <p>
        Hier stehen die zwei Dateien der Übung, wie das Format sie beschreibt (siehe Leitfaden für Trainerinnen und
        Trainer). Was Sie hier ändern, steht sofort auch in den anderen Reitern, und umgekehrt.
      </p>
      ${this.renderFile('prompt')} ${this.renderFile('evals')}
    `;
  }

  private renderFile(file: FileName) {
    const path = FILE_PATHS[file](this.exerciseId);
    const problems = this.problems.filter((p) => p.file === file);
    const id = `yaml-${file}`;
    return html`<div class="file">
      <div class="field">
        <label for=${id}>${path}</label>
        <textarea
          id=${id}
          class="code"
          data-field="${file}:"
          rows="24"
          wrap="off"
          spellcheck="false"
          aria-invalid=${problems.length ? 'true' : 'false'}
          aria-describedby="${id}-problems"
          .value=${this.files[file]}
          @input=${(e: Event) =>
            this.dispatchEvent(
              new CustomEvent('file-input', { detail: { file, text: (e.target as HTMLTextAreaElement).value } }),
            )}
        ></textarea>
      </div>
      <section class="problems" id="${id}-problems" aria-label="Probleme in ${path}">
        ${
          problems.length
            ? html`<p class="fail">
                  ${problems.length === 1 ? 'Ein Problem' : `${problems.length} Probleme`} in ${path}:
                </p>
                <ul>
                  ${problems.map(
                    (p) =>
                      html`<li>
                        ${
                          p.line === undefined
                            ? problemText(p)
                            : html`<button type="button" class="link" @click=${() => this.showLine(file, p.line!)}>
                                ${problemText(p)}
                              </button>`
                        }
                      </li>`,
                  )}
                </ul>`
            : html`<p class="pass">Keine Probleme gefunden.</p>`
        }
      </section>
    </div>`;
  }

  /** Puts the caret at the start of the line, in view. */
  showLine(file: FileName, line: number): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#yaml-${file}`);
    if (!area) return;
    const at = lineStart(area.value, line);
    area.focus();
    area.setSelectionRange(at, at);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }
}

customElements.define('pa-editor-yaml', PaEditorYaml);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-yaml': PaEditorYaml;
  }
}
