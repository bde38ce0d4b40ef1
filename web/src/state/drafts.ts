import type { Prompt } from '../api/types.ts';

/** What an attendee is working on for one exercise: kept in localStorage so a reload loses nothing. */
export interface Draft {
  system: string;
  user: string;
  models: string[];
}

/**
 * Where a draft is kept: per team in a workshop, so that teams sharing a laptop never see each other's drafts;
 * the open sandbox keeps the key it always had, so nobody loses a draft.
 */
export const draftKey = (exerciseId: string, teamId?: string) =>
  teamId ? `promptathon:entwurf:${teamId}:${exerciseId}` : `promptathon:entwurf:${exerciseId}`;

export function loadDraft(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key);
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

export function saveDraft(key: string, draft: Draft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: the draft still lives in the page, nothing else to do.
  }
}

/** The prompt a run sends: an empty system prompt is left out. */
export function draftPrompt(draft: Pick<Draft, 'system' | 'user'>): Prompt {
  return draft.system.trim() ? { system: draft.system, user: draft.user } : { user: draft.user };
}
