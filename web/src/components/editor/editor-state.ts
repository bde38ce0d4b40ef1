import type { ReactiveControllerHost } from 'lit';
import { authoringApi, fileProblems, latestVersion, type SampleAnswer } from '../../api/authoring.ts';
import { errorMessage } from '../../api/errors.ts';
import type { ExerciseFiles, ExerciseVersions, FileProblem } from '../../api/types.ts';
import { clearEditorDraft, loadEditorDraft, saveEditorDraft } from './editor-draft.ts';
import { NEW_FILES, readFile, writeFile, type FileName, type Raw, type ReadFile } from './editor-model.ts';

/** The server checks the files this long after the last keystroke. */
const CHECK_DELAY_MS = 600;

const sameFiles = (a: ExerciseFiles, b: ExerciseFiles) => a.prompt === b.prompt && a.evals === b.evals;

/** How the last save went, for the page to say. */
export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'problems'; message: string }
  | { kind: 'conflict'; latest: number }
  | { kind: 'failed'; message: string };

/**
 * One exercise in the editor (`exerciseId` undefined: a new one): the two files as they are now and as last saved,
 * kept as a draft on every change, checked by the server after each pause in typing, and saved as a new version
 * that must build on the latest one.
 */
export class EditorState {
  files: ExerciseFiles = NEW_FILES;
  /** The files of the version the editor builds on (for a new exercise: the empty start). */
  saved: ExerciseFiles = NEW_FILES;
  baseVersion?: number;
  versions?: ExerciseVersions;
  samples: SampleAnswer[] = [];
  /** What the server (or the YAML reader) finds wrong with the files as they are now. */
  problems: FileProblem[] = [];
  /** The trainer's own files, set aside when they loaded someone else's version instead. */
  setAside?: ExerciseFiles;
  /** A draft from before was restored over the saved version. */
  restored = false;
  saving = false;

  private readonly reads = new Map<FileName, { text: string; read: ReadFile }>();
  private checkTimer?: ReturnType<typeof setTimeout>;
  private checkGeneration = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly exerciseId: string | undefined,
  ) {}

  get dirty(): boolean {
    return !sameFiles(this.files, this.saved);
  }

  /** The file as the forms see it; read once per text, as every tab asks on every render. */
  read(file: FileName): ReadFile {
    const text = this.files[file];
    const kept = this.reads.get(file);
    if (kept?.text === text) return kept.read;
    const read = readFile(text);
    this.reads.set(file, { text, read });
    return read;
  }

  /** The exercise's data (an empty record while its file cannot be read). */
  data(file: FileName): Raw {
    const read = this.read(file);
    return read.ok ? read.data : {};
  }

  /** The saved exercise (or the empty start), with a draft from before laid over it. */
  async load(): Promise<void> {
    const id = this.exerciseId;
    if (id) {
      const [versions, files] = await Promise.all([authoringApi.versions(id), authoringApi.files(id)]);
      this.versions = versions;
      this.saved = files;
      this.baseVersion = versions.latest_version;
    }
    const draft = loadEditorDraft(id);
    this.samples = draft.samples ?? [];
    this.setAside = draft.setAside;
    this.files = draft.files ?? this.saved;
    if (draft.files && draft.baseVersion !== undefined) this.baseVersion = draft.baseVersion;
    this.restored = this.dirty;
    this.host.requestUpdate();
    this.scheduleCheck(0);
  }

  async reloadVersions(): Promise<void> {
    if (!this.exerciseId) return;
    this.versions = await authoringApi.versions(this.exerciseId);
    this.host.requestUpdate();
  }

  /** Writes a form's data into its file; a new id is the test case file's `exercise` too. */
  setData(file: FileName, data: Raw): void {
    let files = { ...this.files, [file]: writeFile(file, this.files[file], data) };
    const evals = this.read('evals');
    if (file === 'prompt' && evals.ok && typeof data.id === 'string' && evals.data.exercise !== data.id) {
      files = { ...files, evals: writeFile('evals', files.evals, { ...evals.data, exercise: data.id }) };
    }
    this.setFiles(files);
  }

  /** Adds a case to the test case file (a suggestion the trainer took). */
  addCase(testCase: Raw): void {
    const evals = this.read('evals');
    if (!evals.ok) return;
    const cases = Array.isArray(evals.data.cases) ? evals.data.cases : [];
    this.setData('evals', { ...evals.data, cases: [...cases, testCase] });
  }

  setFiles(files: ExerciseFiles): void {
    this.files = files;
    this.keep();
    this.scheduleCheck(CHECK_DELAY_MS);
    this.host.requestUpdate();
  }

  setSamples(samples: SampleAnswer[]): void {
    this.samples = samples;
    this.keep();
  }

  /** Back to the saved version: the draft is dropped. */
  discard(): void {
    this.restored = false;
    this.setAside = undefined;
    this.setFiles(this.saved);
  }

  /** Loads the version someone else saved; the trainer's own files wait, to be restored. */
  async adopt(version: number): Promise<void> {
    if (!this.exerciseId) return;
    const files = await authoringApi.files(this.exerciseId, version);
    this.setAside = this.files;
    this.saved = files;
    this.baseVersion = version;
    this.setFiles(files);
    await this.reloadVersions();
  }

  /** The trainer's own files back, now building on the version they loaded. */
  restoreSetAside(): void {
    if (!this.setAside) return;
    const files = this.setAside;
    this.setAside = undefined;
    this.setFiles(files);
  }

  /** Builds the next save on `version`: the trainer saw it and wants their files to follow it. */
  rebase(version: number): void {
    this.baseVersion = version;
    this.keep();
  }

  async save(): Promise<SaveOutcome> {
    this.saving = true;
    this.host.requestUpdate();
    try {
      const files = this.files;
      const saved =
        this.exerciseId && this.baseVersion !== undefined
          ? await authoringApi.save(this.exerciseId, files, this.baseVersion)
          : await authoringApi.create(files);
      this.saved = files;
      this.baseVersion = saved.version;
      this.restored = false;
      this.problems = [];
      // The samples stay with the exercise; a new one takes those of "neu" along.
      clearEditorDraft(this.exerciseId);
      saveEditorDraft(saved.id, { samples: this.samples });
      await this.reloadVersions().catch(() => undefined);
      return { kind: 'saved', version: saved.version };
    } catch (error) {
      const problems = fileProblems(error);
      if (problems.length) {
        this.problems = problems;
        return { kind: 'problems', message: errorMessage(error) };
      }
      const latest = latestVersion(error);
      if (latest !== undefined) return { kind: 'conflict', latest };
      return { kind: 'failed', message: errorMessage(error) };
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  /** The draft in localStorage: the files only while they differ from the saved ones. */
  private keep(): void {
    saveEditorDraft(this.exerciseId, {
      ...(this.dirty || this.setAside ? { files: this.files, baseVersion: this.baseVersion } : {}),
      ...(this.setAside ? { setAside: this.setAside } : {}),
      samples: this.samples,
    });
  }

  /** Asks the server what is wrong with the files now (the same rules as import and `validate`). */
  private scheduleCheck(delay: number): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.check(), delay);
  }

  private async check(): Promise<void> {
    const generation = ++this.checkGeneration;
    const files = this.files;
    let problems: FileProblem[] = [];
    try {
      await authoringApi.check(files);
    } catch (error) {
      problems = fileProblems(error);
      // No answer (offline): keep what was found before rather than claim the files are fine.
      if (!problems.length) return;
    }
    if (generation !== this.checkGeneration) return;
    this.problems = problems;
    this.host.requestUpdate();
  }

  dispose(): void {
    clearTimeout(this.checkTimer);
  }
}
