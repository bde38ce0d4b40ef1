import type { SessionInfo } from '../api/types.ts';
import { PUBLIC_ROUTES, TRAINER_ROUTES, type Route } from '../state/router.ts';

/**
 * What the app shows: the route's own page, or in its place the join page (no session on a workshop network), a
 * notice on trainers' pages for everyone else, a wait for the session, or a page whose code failed to load.
 */
export type Page = Route | { name: 'trainer-only' } | { name: 'loading' } | { name: 'unavailable' };

export function pageFor(route: Route, info: SessionInfo | undefined): Page {
  if (!info) return { name: 'loading' };
  if (TRAINER_ROUTES.has(route.name)) return info.role === 'trainer' ? route : { name: 'trainer-only' };
  if (info.role === 'none' && !PUBLIC_ROUTES.has(route.name)) return { name: 'join' };
  return route;
}

/** A page is one element; a new page (not a new run on the same exercise) gets a fresh element and the focus. */
export function pageKey(page: Page): string {
  switch (page.name) {
    case 'exercise':
    case 'workshop':
    case 'workshop-edit':
    case 'dashboard':
    case 'projector':
    case 'evaluation':
    case 'records':
    case 'library':
    case 'exercise-edit':
    case 'exercise-copy':
      return `${page.name}:${page.id}`;
    case 'compare':
      return `compare:${page.id}:${page.a}:${page.b}`;
    case 'workshop-gallery':
      return `workshop-gallery:${page.id}:${page.exercise}`;
    case 'join':
      return `join:${page.code ?? ''}`;
    case 'invite':
      return `invite:${page.token}`;
    default:
      return page.name;
  }
}

// Pages most visitors never open come in chunks of their own, so the first load stays small.
const CHUNKS: Partial<Record<Page['name'], () => Promise<unknown>>> = {
  compare: () => import('./pa-compare.ts'),
  login: () => import('./pa-login.ts'),
  invite: () => import('./pa-invite.ts'),
  workshops: () => import('./trainer/pa-workshops.ts'),
  'workshop-new': () => import('./trainer/pa-workshop-form.ts'),
  'workshop-edit': () => import('./trainer/pa-workshop-form.ts'),
  workshop: () => import('./trainer/pa-workshop-detail.ts'),
  dashboard: () => import('./trainer/pa-dashboard.ts'),
  projector: () => import('./trainer/pa-projector.ts'),
  evaluation: () => import('./trainer/pa-evaluation.ts'),
  'workshop-gallery': () => import('./pa-gallery-trainer.ts'),
  gallery: () => import('./pa-gallery-page.ts'),
  voting: () => import('./pa-voting-page.ts'),
  records: () => import('./trainer/pa-records.ts'),
  library: () => import('./trainer/pa-library.ts'),
  leaderboard: () => import('./pa-leaderboard-page.ts'),
  providers: () => import('./trainer/pa-provider-settings.ts'),
  authoring: () => import('./editor/pa-authoring-list.ts'),
  'exercise-new': () => import('./editor/pa-exercise-editor.ts'),
  'exercise-edit': () => import('./editor/pa-exercise-editor.ts'),
  'exercise-copy': () => import('./editor/pa-exercise-copy.ts'),
};

/** Loads the page's code if it has a chunk of its own; false when that failed (server gone, new version). */
export async function loadPage(page: Page): Promise<boolean> {
  try {
    await CHUNKS[page.name]?.();
    return true;
  } catch {
    return false;
  }
}

const TITLES: Record<Page['name'], string> = {
  catalogue: 'Übungen',
  // The workspace names the exercise once it is loaded.
  exercise: 'Übung',
  compare: 'Versuche vergleichen',
  join: 'Einem Workshop beitreten',
  login: 'Anmeldung für Trainerinnen und Trainer',
  invite: 'Einladung',
  workshops: 'Workshops',
  'workshop-new': 'Neuer Workshop',
  workshop: 'Workshop',
  'workshop-edit': 'Workshop bearbeiten',
  dashboard: 'Live-Übersicht',
  projector: 'Beamer-Ansicht',
  evaluation: 'Auswertung',
  'workshop-gallery': 'Galerie',
  gallery: 'Galerie',
  voting: 'Abstimmen',
  records: 'Teilnahmenachweise',
  library: 'Prompt-Bibliothek',
  leaderboard: 'Rangliste',
  providers: 'Modelle und Anbieter',
  authoring: 'Übungen schreiben',
  'exercise-new': 'Neue Übung schreiben',
  'exercise-edit': 'Übung bearbeiten',
  'exercise-copy': 'Als Kopie bearbeiten',
  'trainer-only': 'Nur für Trainerinnen und Trainer',
  'not-found': 'Seite nicht gefunden',
  unavailable: 'Seite nicht verfügbar',
  loading: '',
};

export const APP_TITLE = 'Prompt-a-thon Sandbox';

export const pageTitle = (page: Page) => (TITLES[page.name] ? `${TITLES[page.name]} – ${APP_TITLE}` : APP_TITLE);
