/** Hash routes: `#/`, `#/uebung/<id>`, `#/uebung/<id>/lauf/<runId>`, `#/uebung/<id>/vergleich/<a>/<b>`. */
export type Route =
  | { name: 'catalogue' }
  | { name: 'exercise'; id: string; runId?: string }
  | { name: 'compare'; id: string; a: string; b: string }
  | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  if (parts.length === 0) return { name: 'catalogue' };
  const [section, id, sub, first, second] = parts;
  if (section !== 'uebung' || !id) return { name: 'not-found' };
  if (parts.length === 2) return { name: 'exercise', id };
  if (sub === 'lauf' && first && parts.length === 4) return { name: 'exercise', id, runId: first };
  if (sub === 'vergleich' && first && second && parts.length === 5) return { name: 'compare', id, a: first, b: second };
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
  }
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}
