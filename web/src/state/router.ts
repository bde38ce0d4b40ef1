/**
 * Hash routes. Attendees: `#/`, `#/uebung/<id>`, `#/uebung/<id>/lauf/<runId>`, `#/uebung/<id>/vergleich/<a>/<b>`,
 * `#/rangliste`, and after a reveal `#/galerie` (the gallery the trainer shows) and `#/abstimmen` (the blind vote).
 * Ways in: `#/beitreten[/<code>]`, `#/anmelden`, `#/einladung/<token>`. Trainers: `#/workshops`, `#/workshops/neu`,
 * `#/workshop/<id>`, `#/workshop/<id>/bearbeiten`, `#/workshop/<id>/live` (dashboard), `#/workshop/<id>/beamer`
 * (projector), `#/workshop/<id>/nachweise` (printable training records), `#/workshop/<id>/bibliothek` (prompt
 * library), `#/workshop/<id>/auswertung` (gallery, vote and its results), `#/workshop/<id>/galerie/<exercise>`,
 * `#/anbieter`, and writing exercises: `#/uebungen` (own exercises, import), `#/uebungen/neu`,
 * `#/uebungen/<id>/bearbeiten`, `#/uebungen/<id>/kopieren` ("Als Kopie bearbeiten").
 */
export type Route =
  | { name: 'catalogue' }
  | { name: 'exercise'; id: string; runId?: string }
  | { name: 'compare'; id: string; a: string; b: string }
  | { name: 'leaderboard' }
  | { name: 'join'; code?: string }
  | { name: 'login' }
  | { name: 'invite'; token: string }
  | { name: 'workshops' }
  | { name: 'workshop-new' }
  | { name: 'workshop'; id: string }
  | { name: 'workshop-edit'; id: string }
  | { name: 'dashboard'; id: string }
  | { name: 'projector'; id: string }
  | { name: 'evaluation'; id: string }
  | { name: 'workshop-gallery'; id: string; exercise: string }
  | { name: 'gallery' }
  | { name: 'voting' }
  | { name: 'records'; id: string }
  | { name: 'library'; id: string }
  | { name: 'providers' }
  | { name: 'authoring' }
  | { name: 'exercise-new' }
  | { name: 'exercise-edit'; id: string }
  | { name: 'exercise-copy'; id: string }
  | { name: 'not-found' };

/** The pages a visitor without a session may open. */
export const PUBLIC_ROUTES: ReadonlySet<Route['name']> = new Set(['join', 'login', 'invite']);
/** The pages only trainers see. */
export const TRAINER_ROUTES: ReadonlySet<Route['name']> = new Set([
  'workshops',
  'workshop-new',
  'workshop',
  'workshop-edit',
  'dashboard',
  'projector',
  'evaluation',
  'workshop-gallery',
  'records',
  'library',
  'providers',
  'authoring',
  'exercise-new',
  'exercise-edit',
  'exercise-copy',
]);

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  if (parts.length === 0) return { name: 'catalogue' };
  const [section, id, sub, first, second] = parts;
  switch (section) {
    case 'uebung':
      if (!id) break;
      if (parts.length === 2) return { name: 'exercise', id };
      if (sub === 'lauf' && first && parts.length === 4) return { name: 'exercise', id, runId: first };
      if (sub === 'vergleich' && first && second && parts.length === 5)
        return { name: 'compare', id, a: first, b: second };
      break;
    case 'beitreten':
      if (parts.length <= 2) return id ? { name: 'join', code: id } : { name: 'join' };
      break;
    case 'anmelden':
      if (parts.length === 1) return { name: 'login' };
      break;
    case 'einladung':
      if (id && parts.length === 2) return { name: 'invite', token: id };
      break;
    case 'workshops':
      if (parts.length === 1) return { name: 'workshops' };
      if (id === 'neu' && parts.length === 2) return { name: 'workshop-new' };
      break;
    case 'workshop':
      if (id && parts.length === 2) return { name: 'workshop', id };
      if (id && sub === 'bearbeiten' && parts.length === 3) return { name: 'workshop-edit', id };
      if (id && sub === 'live' && parts.length === 3) return { name: 'dashboard', id };
      if (id && sub === 'beamer' && parts.length === 3) return { name: 'projector', id };
      if (id && sub === 'auswertung' && parts.length === 3) return { name: 'evaluation', id };
      if (id && sub === 'galerie' && first && parts.length === 4)
        return { name: 'workshop-gallery', id, exercise: first };
      if (id && sub === 'nachweise' && parts.length === 3) return { name: 'records', id };
      if (id && sub === 'bibliothek' && parts.length === 3) return { name: 'library', id };
      break;
    case 'anbieter':
      if (parts.length === 1) return { name: 'providers' };
      break;
    case 'uebungen':
      if (parts.length === 1) return { name: 'authoring' };
      if (id === 'neu' && parts.length === 2) return { name: 'exercise-new' };
      if (id && sub === 'bearbeiten' && parts.length === 3) return { name: 'exercise-edit', id };
      if (id && sub === 'kopieren' && parts.length === 3) return { name: 'exercise-copy', id };
      break;
    case 'rangliste':
      if (parts.length === 1) return { name: 'leaderboard' };
      break;
    case 'galerie':
      if (parts.length === 1) return { name: 'gallery' };
      break;
    case 'abstimmen':
      if (parts.length === 1) return { name: 'voting' };
      break;
  }
  return { name: 'not-found' };
}

export function routeHref(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'catalogue':
    case 'not-found':
      return '#/';
    case 'exercise':
      return route.runId ? `#/uebung/${e(route.id)}/lauf/${e(route.runId)}` : `#/uebung/${e(route.id)}`;
    case 'compare':
      return `#/uebung/${e(route.id)}/vergleich/${e(route.a)}/${e(route.b)}`;
    case 'join':
      return route.code ? `#/beitreten/${e(route.code)}` : '#/beitreten';
    case 'login':
      return '#/anmelden';
    case 'invite':
      return `#/einladung/${e(route.token)}`;
    case 'workshops':
      return '#/workshops';
    case 'workshop-new':
      return '#/workshops/neu';
    case 'workshop':
      return `#/workshop/${e(route.id)}`;
    case 'workshop-edit':
      return `#/workshop/${e(route.id)}/bearbeiten`;
    case 'dashboard':
      return `#/workshop/${e(route.id)}/live`;
    case 'projector':
      return `#/workshop/${e(route.id)}/beamer`;
    case 'evaluation':
      return `#/workshop/${e(route.id)}/auswertung`;
    case 'workshop-gallery':
      return `#/workshop/${e(route.id)}/galerie/${e(route.exercise)}`;
    case 'gallery':
      return '#/galerie';
    case 'voting':
      return '#/abstimmen';
    case 'records':
      return `#/workshop/${e(route.id)}/nachweise`;
    case 'library':
      return `#/workshop/${e(route.id)}/bibliothek`;
    case 'leaderboard':
      return '#/rangliste';
    case 'providers':
      return '#/anbieter';
    case 'authoring':
      return '#/uebungen';
    case 'exercise-new':
      return '#/uebungen/neu';
    case 'exercise-edit':
      return `#/uebungen/${e(route.id)}/bearbeiten`;
    case 'exercise-copy':
      return `#/uebungen/${e(route.id)}/kopieren`;
  }
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}
