import { html, nothing } from 'lit';
import type { FileProblem } from '../../api/types.ts';
import { FILE_PATHS } from './editor-model.ts';
import type { EditorState } from './editor-state.ts';
import { problemText } from './pa-editor-yaml.ts';

/** A draft from before a reload is shown instead of the saved version: say so, and offer the way back. */
export function restoredNotice(state: EditorState, isNew: boolean, discard: () => void) {
  if (!state.restored) return nothing;
  const { baseVersion, versions } = state;
  const behind = versions && baseVersion !== undefined && versions.latest_version > baseVersion;
  return html`<div class="notice" role="status">
    <p>
      Ihre noch nicht gespeicherten Eingaben von zuvor sind wiederhergestellt.
      ${behind ? `Sie beruhen auf Version ${baseVersion}; inzwischen gibt es Version ${versions.latest_version}.` : ''}
    </p>
    <button type="button" @click=${discard}>
      Eingaben verwerfen und ${isNew ? 'neu beginnen' : 'die gespeicherte Version laden'}
    </button>
  </div>`;
}

/** The trainer loaded another version: their own text waits to be restored. */
export function setAsideNotice(state: EditorState) {
  if (!state.setAside) return nothing;
  return html`<div class="notice" role="status">
    <p>Der Editor zeigt Version ${state.baseVersion}. Ihre eigene Fassung ist aufgehoben.</p>
    <button type="button" @click=${() => state.restoreSetAside()}>Meine Fassung wiederherstellen</button>
  </div>`;
}

/** After a refused save: every problem, a button away from its field (FormState's error summary, for files). */
export function saveProblems(problems: FileProblem[], fileId: string, goTo: (problem: FileProblem) => void) {
  if (problems.length === 0) return nothing;
  return html`<div class="notice error summary" role="alert" tabindex="-1">
    <h2>Nicht gespeichert</h2>
    <p>
      Ihre Eingaben bleiben erhalten. Bitte beheben Sie ${problems.length === 1 ? 'dieses Problem' : 'diese Probleme'}:
    </p>
    <ul>
      ${problems.map(
        (p) =>
          html`<li>
            <button type="button" class="link" @click=${() => goTo(p)}>
              ${FILE_PATHS[p.file](fileId)}, ${problemText(p)}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
