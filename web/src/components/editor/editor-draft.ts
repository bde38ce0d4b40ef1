import type { ExerciseFiles } from '../../api/types.ts';
import type { SampleAnswer } from '../../api/authoring.ts';

/**
 * What the editor holds of one exercise (`neu` for one not yet saved), in localStorage: a reload, a failed save
 * or a closed tab loses nothing. Saving clears it; the bad sample answers of "Testfälle prüfen" stay.
 */
export interface EditorDraft {
  files: ExerciseFiles;
  /** The version these files were edited from; undefined for an exercise not yet saved. */
  baseVersion?: number;
  /** The trainer's own text, set aside when they loaded another trainer's version instead. */
  setAside?: ExerciseFiles;
  samples: SampleAnswer[];
}

const key = (exerciseId: string | undefined) => `promptathon:uebung-entwurf:${exerciseId ?? 'neu'}`;

const isFiles = (value: unknown): value is ExerciseFiles =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ExerciseFiles).prompt === 'string' &&
  typeof (value as ExerciseFiles).evals === 'string';

const isSample = (value: unknown): value is SampleAnswer =>
  typeof value === 'object' && value !== null && typeof (value as SampleAnswer).output === 'string';

export function loadEditorDraft(exerciseId: string | undefined): Partial<EditorDraft> {
  try {
    const stored = JSON.parse(localStorage.getItem(key(exerciseId)) ?? '{}') as Record<string, unknown>;
    return {
      ...(isFiles(stored.files) ? { files: stored.files } : {}),
      ...(typeof stored.baseVersion === 'number' ? { baseVersion: stored.baseVersion } : {}),
      ...(isFiles(stored.setAside) ? { setAside: stored.setAside } : {}),
      samples: Array.isArray(stored.samples) ? stored.samples.filter(isSample) : [],
    };
  } catch {
    // Storage disabled or a broken entry: start from the saved exercise.
    return { samples: [] };
  }
}

/** Keeps `draft`; without `files` only the samples stay (the editor shows the saved version). */
export function saveEditorDraft(exerciseId: string | undefined, draft: Partial<EditorDraft>): void {
  try {
    localStorage.setItem(key(exerciseId), JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: the draft still lives in the page.
  }
}

export function clearEditorDraft(exerciseId: string | undefined): void {
  try {
    localStorage.removeItem(key(exerciseId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
