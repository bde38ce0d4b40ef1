import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { App, AppOptions } from './harness.ts';

/** The password of the first trainer account ("trainer") in the workshop tests. */
export const TRAINER_PASSWORD = 'ein-langes-trainer-passwort';

/** The app as on a workshop network (join page, sessions), its first trainer account set up. */
export const WORKSHOP_APP: AppOptions = { access: 'network', env: { PROMPTATHON_TRAINER_PASSWORD: TRAINER_PASSWORD } };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A button's name "Sperren: <Übung>" whose second half is screen-reader text (a block, so a space may come before
 * ":").
 */
export const named = (action: string, subject: string) => new RegExp(`^${escape(action)}\\s*:\\s*${escape(subject)}$`);

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
  return sessionCall(app, login);
}

/** Calls with the session cookie that `answer` set; each must succeed. */
function sessionCall(app: App, answer: Response): TrainerCall {
  const cookie = answer.headers.getSetCookie()[0]!.split(';')[0]!;
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

/** A team member without a browser: joined through the API, the session cookie sent with every call. */
export async function teamApi(app: App, input: JoinInput): Promise<TrainerCall> {
  const join = await fetch(`${app.url}/api/session/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  expect(join.status).toBe(201);
  return sessionCall(app, join);
}

/** Runs a prompt on one exercise with the demo model, as the team `call` belongs to, and waits for the run's end. */
export async function runAsTeam(call: TrainerCall, exercise: string, user: string): Promise<void> {
  const { id } = await call<{ id: string }>('POST', '/api/runs', {
    exercise,
    prompt: { user },
    targets: [{ provider: 'demo:basis' }],
  });
  await expect
    .poll(async () => (await call<{ status: string }>('GET', `/api/runs/${id}`)).status, {
      interval: 100,
      timeout: 30_000,
    })
    .not.toBe('running');
}

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
