import { html } from 'lit';
import type { AssertionType, SampleAnswer } from '../../api/authoring.ts';
import type { ProviderInfo } from '../../api/types.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { FILE_PATHS, knownNames, list, record, text, type FileName, type Raw } from './editor-model.ts';
import type { EditorState } from './editor-state.ts';
import type { TabId } from './editor-tabs.ts';
import './pa-case-suggestions.ts';
import './pa-check-panel.ts';
import './pa-editor-cases.ts';
import './pa-editor-checks.ts';
import './pa-editor-docs.ts';
import './pa-editor-settings.ts';
import './pa-editor-starter.ts';
import './pa-editor-task.ts';
import './pa-editor-versions.ts';
import './pa-editor-yaml.ts';
import './pa-trial-run.ts';

/** What the tabs of the editor show and change. */
export interface PanelContext {
  state: EditorState;
  /** Undefined for an exercise not yet saved. */
  exerciseId: string | undefined;
  /** The id the files are named after (as typed so far). */
  fileId: string;
  /** The server's findings by field, as the forms show them. */
  errors: FieldErrors;
  providers: ProviderInfo[];
  types: AssertionType[] | undefined;
  typesError: string;
  reloadTypes: () => void;
}

/** Which file each form tab edits: a file that cannot be read sends the trainer to the YAML tab. */
const TAB_FILE: Partial<Record<TabId, FileName>> = {
  task: 'prompt',
  docs: 'prompt',
  starter: 'prompt',
  settings: 'prompt',
  cases: 'evals',
  checks: 'evals',
};

/** The content of one tab. */
export function renderPanel(tab: TabId, c: PanelContext) {
  const s = c.state;
  const file = TAB_FILE[tab];
  const read = file && s.read(file);
  if (file && read && !read.ok) {
    return html`<p class="notice error">
      ${FILE_PATHS[file](c.fileId)} lässt sich nicht lesen${read.line ? ` (Zeile ${read.line})` : ''}: ${read.message}
      Bitte korrigieren Sie die Datei im Reiter „Experten (YAML)“.
    </p>`;
  }
  const exercise = s.data('prompt');
  const fixture = s.data('evals');
  const onExercise = (e: CustomEvent<Raw>) => s.setData('prompt', e.detail);
  const onFixture = (e: CustomEvent<Raw>) => s.setData('evals', e.detail);
  const { exerciseId: id, errors } = c;
  switch (tab) {
    case 'task':
      return html`<pa-editor-task
        .exercise=${exercise}
        .errors=${errors}
        ?id-fixed=${!!id}
        @exercise-change=${onExercise}
      ></pa-editor-task>`;
    case 'docs':
      return html`<pa-editor-docs
        .exercise=${exercise}
        .errors=${errors}
        @exercise-change=${onExercise}
      ></pa-editor-docs>`;
    case 'starter':
      return html`<pa-editor-starter
        .exercise=${exercise}
        .known=${knownNames(exercise, fixture)}
        .errors=${errors}
        @exercise-change=${onExercise}
      ></pa-editor-starter>`;
    case 'settings':
      return html`<pa-editor-settings
        .exercise=${exercise}
        .errors=${errors}
        @exercise-change=${onExercise}
      ></pa-editor-settings>`;
    case 'cases':
      return html`<pa-editor-cases
          .exercise=${exercise}
          .fixture=${fixture}
          .errors=${errors}
          @fixture-change=${onFixture}
        ></pa-editor-cases>
        <h3>Fälle vorschlagen lassen</h3>
        ${
          id
            ? html`<pa-case-suggestions
                .exerciseId=${id}
                .providers=${c.providers}
                @case-add=${(e: CustomEvent<Raw>) => s.addCase(e.detail)}
              ></pa-case-suggestions>`
            : html`<p class="muted">Nach dem ersten Speichern kann ein Sprachmodell weitere Fälle vorschlagen.</p>`
        }`;
    case 'checks':
      return html`<pa-editor-checks
        .fixture=${fixture}
        .types=${c.types}
        .typesError=${c.typesError}
        .errors=${errors}
        @fixture-change=${onFixture}
        @types-reload=${c.reloadTypes}
      ></pa-editor-checks>`;
    case 'check':
      return html`<pa-check-panel
          .files=${s.files}
          .exerciseId=${c.fileId}
          .caseIds=${list(fixture.cases).map((one) => text(record(one).id))}
          .samples=${s.samples}
          @samples-change=${(e: CustomEvent<SampleAnswer[]>) => s.setSamples(e.detail)}
        ></pa-check-panel>
        <h3>Probelauf mit einem Modell</h3>
        ${
          id
            ? html`<pa-trial-run .exerciseId=${id} .providers=${c.providers} ?dirty=${s.dirty}></pa-trial-run>`
            : html`<p class="muted">Nach dem ersten Speichern läuft die Vorlage hier zur Probe auf einem Modell.</p>`
        }`;
    case 'versions':
      return id && s.versions
        ? html`<pa-editor-versions
            .exerciseId=${id}
            .versions=${s.versions}
            ?dirty=${s.dirty}
            @versions-change=${() => void s.reloadVersions()}
          ></pa-editor-versions>`
        : html`<p>
            Noch nicht angelegt. Mit „Übung anlegen“ wird die Übung als Version 1 gespeichert und veröffentlicht; jede
            weitere gespeicherte Version veröffentlichen Sie hier, wenn sie fertig ist.
          </p>`;
    case 'yaml':
      return html`<pa-editor-yaml
        .files=${s.files}
        .exerciseId=${c.fileId}
        .problems=${s.problems}
        @file-input=${(e: CustomEvent<{ file: FileName; text: string }>) =>
          s.setFiles({ ...s.files, [e.detail.file]: e.detail.text })}
      ></pa-editor-yaml>`;
  }
}
