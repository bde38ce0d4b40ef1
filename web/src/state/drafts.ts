import type { Prompt } from '../api/types.ts';

/** What an attendee is working on for one exercise: kept in localStorage so a reload loses nothing. */
export interface Draft {
  system: string;
  user: string;
  models: string[];
}

const key = (exerciseId: string) => `promptathon:entwurf:${exerciseId}`;

export function loadDraft(exerciseId: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key(exerciseId));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Draft>;
    if (typeof value.user !== 'string') return undefined;
    return {
      system: typeof value.system === 'string' ? value.system : '',
      user: value.user,
      models: Array.isArray(value.models) ? value.models.filter((m) => typeof m === 'string') : [],
    };
  } catch {
    // Storage disabled or a broken entry: start from the exercise's starter prompt instead.
    return undefined;
  }
}

export function saveDraft(exerciseId: string, draft: Draft): void {
  try {
    localStorage.setItem(key(exerciseId), JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: the draft still lives in the page, nothing else to do.
  }
}

/** The prompt a run sends: an empty system prompt is left out. */
export function draftPrompt(draft: Pick<Draft, 'system' | 'user'>): Prompt {
  return draft.system.trim() ? { system: draft.system, user: draft.user } : { user: draft.user };
}
