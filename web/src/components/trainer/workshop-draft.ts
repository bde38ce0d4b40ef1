import type { WorkshopFormState } from './workshop-form-state.ts';

/**
 * The unsaved workshop form, per workshop ("neu" for a new one), in sessionStorage: a reload keeps what was
 * typed, closing the tab forgets it. Saving clears it.
 */
const key = (workshopId: string | undefined) => `promptathon:workshop-entwurf:${workshopId ?? 'neu'}`;

const isStrings = (value: unknown) => Array.isArray(value) && value.every((x) => typeof x === 'string');

/** Whether a stored field has the type of the form's field (`models` is null, "all models", or a list). */
function fits(field: string, current: unknown, stored: unknown): boolean {
  if (field === 'models') return stored === null || isStrings(stored);
  return Array.isArray(current) ? isStrings(stored) : typeof stored === typeof current;
}

/** The saved draft over `fallback`: only fields of the right type are taken, so an old or broken entry is harmless. */
export function loadWorkshopDraft(
  workshopId: string | undefined,
  fallback: WorkshopFormState,
): WorkshopFormState | undefined {
  try {
    const raw = sessionStorage.getItem(key(workshopId));
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Record<string, unknown>;
    const draft: Record<string, unknown> = { ...fallback };
    for (const [field, value] of Object.entries(fallback)) {
      if (field in saved && fits(field, value, saved[field])) draft[field] = saved[field];
    }
    return draft as unknown as WorkshopFormState;
  } catch {
    // Storage disabled or a broken entry: start from the saved workshop instead.
    return undefined;
  }
}

export function saveWorkshopDraft(workshopId: string | undefined, state: WorkshopFormState): void {
  try {
    sessionStorage.setItem(key(workshopId), JSON.stringify(state));
  } catch {
    // Private mode or a full quota: the draft still lives in the page.
  }
}

export function clearWorkshopDraft(workshopId: string | undefined): void {
  try {
    sessionStorage.removeItem(key(workshopId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
