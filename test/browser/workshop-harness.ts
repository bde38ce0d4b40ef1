import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { App, AppOptions } from './harness.ts';

/** The password of the first trainer account ("trainer") in the workshop tests. */
export const TRAINER_PASSWORD = 'ein-langes-trainer-passwort';

/** The app as on a workshop network (join page, sessions), its first trainer account set up. */
export const WORKSHOP_APP: AppOptions = { access: 'network', env: { PROMPTATHON_TRAINER_PASSWORD: TRAINER_PASSWORD } };

/** Waits for the page's heading: the page has changed. */
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

export type TrainerCall = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** The trainer's side, through the API: logged in once, the session cookie sent with every call. */
export async function trainerApi(app: App): Promise<TrainerCall> {
  const login = await fetch(`${app.url}/api/session/trainer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password: TRAINER_PASSWORD }),
  });
  expect(login.status).toBe(204);
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

export interface JoinInput {
  code: string;
  team: string;
  name?: string;
}

/** POST /api/session/join below `base` ('' in a page: its own origin); answers the status. Runs in Node or a page. */
const postJoin = async ({ base, ...body }: JoinInput & { base: string }) =>
  (
    await fetch(`${base}/api/session/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  ).status;

/** Someone joins a team without a browser of the test's. */
export const joinByApi = (app: App, input: JoinInput) => postJoin({ ...input, base: app.url });

/** Joins from the page's own origin, as the join page would, so that its browser keeps the session cookie. */
export const joinInBrowser = (page: Page, input: JoinInput) => page.evaluate(postJoin, { ...input, base: '' });

/**
 * From the join page (the workshop `title` looked up by its code) into a team: an existing one by its radio button,
 * or a new one by name; then the workshop's exercises.
 */
export async function joinOnPage(
  page: Page,
  title: string,
  team: { existing?: string; create?: string },
  name?: string,
): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
  if (team.existing) await page.getByRole('radio', { name: team.existing }).check();
  if (team.create) {
    const choice = page.getByRole('radio', { name: 'Ein neues Team gründen' });
    if (await choice.count()) await choice.check();
    await page.getByRole('textbox', { name: /^Name (Ihres|des neuen) Teams$/ }).fill(team.create);
  }
  if (name) await page.getByRole('textbox', { name: /^Ihr Name/ }).fill(name);
  await page.getByRole('button', { name: 'Beitreten' }).click();
  await heading(page, 'Übungen');
}
