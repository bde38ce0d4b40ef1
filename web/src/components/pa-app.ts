import { html, LitElement, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { parseRoute, type Route } from '../state/router.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-catalogue.ts';
import './pa-offline-banner.ts';
import './pa-workspace.ts';

const TITLE = 'Prompt-a-thon Sandbox';

/** A page is one element; a new page (not a new run on the same exercise) gets a fresh element and the focus. */
function pageKey(route: Route): string {
  if (route.name === 'compare') return `compare:${route.id}:${route.a}:${route.b}`;
  return route.name === 'exercise' ? `exercise:${route.id}` : route.name;
}

/** Inside the static page shell (index.html): the offline banner and the page for the current hash route. */
export class PaApp extends LitElement {
  static override properties = { route: { state: true } };

  declare route: Route;

  constructor() {
    super();
    this.route = parseRoute(location.hash);
  }

  static override styles = baseStyles;

  private readonly onHashChange = () => void this.go(parseRoute(location.hash));

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.go(this.route, { initial: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private async go(route: Route, options: { initial?: boolean } = {}): Promise<void> {
    const newPage = pageKey(route) !== pageKey(this.route);
    if (route.name === 'compare') await import('./pa-compare.ts');
    this.route = route;
    if (!options.initial && !newPage) return;
    document.title = route.name === 'compare' ? `Versuche vergleichen – ${TITLE}` : TITLE;
    if (options.initial) return;
    // A new page: move the focus to its heading so keyboard and screen reader users start there.
    await this.updateComplete;
    const page = this.renderRoot.lastElementChild as (Element & Partial<LitElement>) | null;
    await page?.updateComplete;
    (page?.shadowRoot ?? page)?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }

  override render() {
    return html`<pa-offline-banner></pa-offline-banner>${keyed(pageKey(this.route), this.renderPage())}`;
  }

  private renderPage(): TemplateResult {
    const route = this.route;
    switch (route.name) {
      case 'catalogue':
        return html`<pa-catalogue></pa-catalogue>`;
      case 'exercise':
        return html`<pa-workspace .exerciseId=${route.id} .runId=${route.runId}></pa-workspace>`;
      case 'compare':
        return html`<pa-compare .exerciseId=${route.id} .a=${route.a} .b=${route.b}></pa-compare>`;
      case 'not-found':
        return html`<div>
          <h1 tabindex="-1">Seite nicht gefunden</h1>
          <p>Diese Adresse gibt es hier nicht. <a href="#/">Zur Übersicht der Übungen</a></p>
        </div>`;
    }
  }
}

customElements.define('pa-app', PaApp);

declare global {
  interface HTMLElementTagNameMap {
    'pa-app': PaApp;
  }
}
