import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { stringify } from 'yaml';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { startNodeServer, type NodeServer } from '../../server/node/serve.ts';

export const EXERCISE = 'buergeranfrage-sperrmuell';
export const EXERCISE_TITLE = 'Bürgeranfrage zum Sperrmüll beantworten';

export interface AppOptions {
  /** Extra configuration merged into promptathon.config.yaml (besides the demo's delay). */
  config?: Record<string, unknown>;
  env?: Record<string, string>;
  /** Reuse a port (to bring a stopped server back). */
  port?: number;
  /** `network`: as on a workshop network (join page, sessions), the default being this computer only. */
  access?: 'open' | 'network';
  dir?: string;
}

export interface App {
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

/**
 * The real Node server on a free port with its own SQLite file and the repository's exercises. The demo writes a
 * word every 20 ms so cells visibly fill. No provider keys from the environment leak in.
 */
export async function startApp(options: AppOptions = {}): Promise<App> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'promptathon-browser-'));
  const configFile = join(dir, 'promptathon.config.yaml');
  writeFileSync(configFile, stringify({ retries: 0, ...options.config, providers: { demo: { delay_ms: 20 } } }));
  const server: NodeServer = await startNodeServer({
    port: options.port ?? 0,
    dbFile: join(dir, 'promptathon.db'),
    configFile,
    env: { ...options.env },
    access: options.access,
    webDir: inject('webDir'),
  });
  const port = Number(new URL(server.url).port);
  return { url: `http://127.0.0.1:${port}`, port, dir, stop: () => server.close() };
}

/** Stops the app (if it started) and removes its folder. */
export async function stopApp(app: App | undefined): Promise<void> {
  await app?.stop();
  if (app) removeDir(app.dir);
}

export interface Relay {
  url: string;
  /** Cuts every open connection at once, as a dropped network would. */
  drop(): void;
  close(): Promise<void>;
}

/** A TCP relay in front of the app (the browser talks to it), so a test can cut the browser's connections. */
export async function startRelay(targetPort: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    track(client);
    track(upstream);
    // Either side failing (e.g. the app is stopped) ends both: the browser sees a network error.
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const drop = () => sockets.forEach((socket) => socket.destroy());
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    drop,
    close: () =>
      new Promise((resolve) => {
        drop();
        server.close(() => resolve());
      }),
  };
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and Content-Security-Policy violations; a test expects none. */
  errors: string[];
  close(): Promise<void>;
}

export interface BrowserOptions {
  width?: number;
  height?: number;
  scale?: number;
}

export async function openBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'promptathon-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    deviceScaleFactor: options.scale ?? 1,
    locale: 'de-DE',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) errors.push(message.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      removeDir(profile);
    },
  };
}

/**
 * Tells the page it went into a background tab or came back. Headless Chromium keeps every page visible whatever
 * is in front, so the document's state is set as the browser would set it, with the event it sends.
 */
export const setVisibility = (page: Page, state: DocumentVisibilityState) =>
  page.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);

/** axe-core with the WCAG 2.1 A/AA rules (what BITV 2.0 asks for): no violations allowed. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe in state "${state}"`).toEqual([]);
}

/** The element that really has the focus, looking through shadow roots. */
export function focusedElement(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return undefined;
    const style = getComputedStyle(active);
    // closest() stops at shadow roots; climb through their hosts.
    let inDialog = false;
    for (let node: Element | null = active; node && !inDialog;) {
      inDialog = node.closest('dialog') !== null;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return {
      tag: active.tagName.toLowerCase(),
      text: (active.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: active.getAttribute('aria-label') ?? (active as HTMLInputElement).labels?.[0]?.textContent?.trim(),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
      inDialog,
    };
  });
}

/** The whole page must not scroll sideways; only the matrix region may. */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Types into the user prompt, replacing what is there. */
export async function replaceUserPrompt(page: Page, text: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Nutzerprompt' });
  await field.fill(text);
}

/** Waits until the shown run has ended (the status line leaves "Läuft"). */
export async function waitForRunEnd(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('pa-run-results .status strong').filter({ hasNotText: 'Läuft' }).waitFor({ timeout });
}

/** Starts a run through the API and waits for its end: history and matrix then have something to show. */
export async function seedRun(
  app: App,
  prompt: { system?: string; user: string },
  providers = ['demo:basis', 'demo:knapp'],
): Promise<string> {
  const response = await fetch(`${app.url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ exercise: EXERCISE, prompt, targets: providers.map((provider) => ({ provider })) }),
  });
  const { id } = (await response.json()) as { id: string };
  // The event stream ends after run-finished: reading it to the end waits for the run.
  await (await fetch(`${app.url}/api/runs/${id}/events`)).text();
  return id;
}

/**
 * Starts the app and one browser per BrowserOptions before the tests of the enclosing describe block, and stops
 * them after those tests. Whatever else the block starts (a fake provider), it stops itself.
 */
export function useAppAndBrowsers(
  appOptions: AppOptions,
  ...browsers: BrowserOptions[]
): { app: App; browsers: Browser[] } {
  const session = { browsers: [] as Browser[] } as { app: App; browsers: Browser[] };
  beforeAll(async () => {
    session.app = await startApp(appOptions);
    session.browsers = await Promise.all(browsers.map((options) => openBrowser(options)));
  });
  afterAll(async () => {
    await Promise.all(session.browsers.map((browser) => browser.close()));
    await stopApp(session.app);
  });
  return session;
}

/** The app and one browser, as most tests use them. */
export function useAppAndBrowser(): { readonly app: App; readonly browser: Browser } {
  const session = useAppAndBrowsers({}, {});
  return {
    get app() {
      return session.app;
    },
    get browser() {
      return session.browsers[0]!;
    },
  };
}
