import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeServer } from '../fakes/core.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import { exercise, fixture } from '../runs/setup.ts';
import { cliWorkspace, runCli } from './cli-env.ts';

let fake: FakeServer;
let ws: ReturnType<typeof cliWorkspace>;
const failing = {
  ...fixture,
  cases: [
    ...fixture.cases,
    { id: 'fall-4', vars: { nummer: 'A-4' }, assert: [{ type: 'contains', value: 'Widerspruch' }] },
  ],
};

beforeAll(async () => {
  fake = await startFakeOpenAI();
  ws = cliWorkspace(fake.url, exercise, failing);
});
afterAll(() => fake.close());

const evalArgs = (...extra: string[]) => ['eval', exercise.id, '--dir', ws.dir, '--config', ws.config, ...extra];
const env = () => ({ PROMPTATHON_DB: ws.db });

describe('promptathon eval', () => {
  it('prints the table and summary; exit 0 when every selected case passes', async () => {
    const r = await runCli(evalArgs('--provider', 'local:m1', '--cases', 'fall-1,fall-2'), env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Fall\s+Modell\s+Punkte\s+Bestanden/);
    expect(r.stdout).toMatch(/fall-1\s+local:m1\s+100,0\s+ja/);
    expect(r.stdout).not.toContain('fall-3');
    expect(r.stdout).toContain('local:m1: 100,0 Punkte, 2/2 bestanden');
  });

  it('exits 1 when a case fails, says why, and writes JSON and JUnit reports', async () => {
    const json = join(ws.dir, 'out.json');
    const junit = join(ws.dir, 'out.xml');
    const r = await runCli(
      evalArgs('--provider', 'local:m1', '--provider', 'local:m2', '--json', json, '--junit', junit),
      env(),
    );
    expect(r.code).toBe(1);
    // Rows case by case in the fixture's order, the models in the order given, however the answers came in.
    const rows = [...r.stdout.matchAll(/^(fall-\d)\s+(local:m\d)\s/gm)].map(
      ([, caseId, model]) => `${caseId} ${model}`,
    );
    expect(rows).toEqual(['1', '2', '3', '4'].flatMap((n) => [`fall-${n} local:m1`, `fall-${n} local:m2`]));
    expect(r.stdout).toMatch(/fall-4\s+local:m2\s+0,0\s+nein/);
    expect(r.stdout).toContain('✗ fall-4 · local:m1: contains: ');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.runs[0].run.results).toHaveLength(8);
    expect(report.runs[0].summary.providers.map((p: { passed: number }) => p.passed)).toEqual([3, 3]);
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(8);
    expect(xml.match(/<failure /g)).toHaveLength(2);
  });

  it('takes the prompt from a file and repeats cases', async () => {
    const promptFile = join(ws.dir, 'prompt.yaml');
    writeFileSync(promptFile, 'system: Sie schreiben knapp.\nuser: "Antrag {{nummer}}: Eingang bestätigen"\n');
    const r = await runCli(
      evalArgs('--provider', 'local:m3', '--prompt', promptFile, '--cases', 'fall-1', '--repeat', '2', '--no-cache'),
      env(),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fall-1\s+local:m3\s+100,0\s+2\/2/);
    const last = fake.requests.at(-1)!.body as { messages: { content: string }[] };
    expect(last.messages.map((m) => m.content)).toEqual(['Sie schreiben knapp.', 'Antrag A-1: Eingang bestätigen']);
  });

  it.each([
    ['system: [knapp\n', /prompt-kaputt\.yaml:\d+:\d+: /],
    ['user: Hallo\nsytem: knapp\n', /prompt-kaputt\.yaml:2:1 sytem: /],
    ['', /prompt-kaputt\.yaml: Die Datei ist leer/],
  ])('names file, line and field of a broken prompt file %j', async (text, message) => {
    const promptFile = join(ws.dir, 'prompt-kaputt.yaml');
    writeFileSync(promptFile, text);
    const r = await runCli(evalArgs('--provider', 'local:m3', '--prompt', promptFile), env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('runs several prompts side by side, one run each', async () => {
    const a = join(ws.dir, 'a.txt');
    const b = join(ws.dir, 'b.txt');
    writeFileSync(a, 'Antrag {{nummer}} bestätigen.');
    writeFileSync(b, 'Bitte kurz antworten.');
    const json = join(ws.dir, 'two.json');
    const r = await runCli(
      evalArgs('--provider', 'local:m4', '--prompt', a, '--prompt', b, '--cases', 'fall-1', '--json', json),
      env(),
    );
    expect(r.code).toBe(1); // the second prompt never names the file number
    expect(r.stdout).toContain(`== Prompt 1: ${a} ==`);
    expect(r.stdout).toContain(`== Prompt 2: ${b} ==`);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.runs.map((x: { run: { results: { pass: boolean }[] } }) => x.run.results[0]!.pass)).toEqual([
      true,
      false,
    ]);
  });

  it.each([
    [['--provider', 'local:m', '--bogus'], /bogus/],
    [['--provider', 'local:m', '--repeat', '0'], /--repeat erwartet eine ganze Zahl/],
    [[], /--provider fehlt/],
    [['--provider', 'nirgends:m'], /targets\[0\]\.provider.*Unbekannter Anbieter "nirgends"/],
    [['--provider', 'openai:gpt-4o-mini'], /OPENAI_API_KEY/],
    [['--provider', 'local:m', '--cases', 'fall-99'], /Unbekannte Testfälle: fall-99/],
    [['--provider', 'local:m', '--prompt', '/nonexistent/p.txt'], /lässt sich nicht lesen/],
  ])('exits 2 on bad input %j', async (extra, message) => {
    const r = await runCli(evalArgs(...extra), env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 when the database cannot open, names it, and sends no call after the first answer', async () => {
    // The database opens while the first calls are on their way (server/node/context.ts).
    const notAFolder = join(ws.dir, 'eine-datei');
    writeFileSync(notAFolder, '');
    const db = join(notAFolder, 'test.db');
    const before = fake.requests.length;
    const r = await runCli(evalArgs('--provider', 'local:m1', '--no-cache', '--concurrency', '1'), {
      PROMPTATHON_DB: db,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Fehler: Die Datenbank ${db} lässt sich nicht öffnen: `);
    expect(fake.requests.length - before).toBe(1);
  });

  it.each(['gibt-es-nicht', `../prompts/${exercise.id}`, `${exercise.id}.yaml`])(
    'exits 2 for an unknown exercise %j and lists the known ones',
    async (id) => {
      const r = await runCli(['eval', id, '--dir', ws.dir, '--config', ws.config, '--provider', 'local:m'], env());
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Übung "${id}" nicht gefunden. Vorhanden: ${exercise.id}`);
    },
  );

  it("runs an exercise beside broken ones, and names its own file's problems with line", async () => {
    const mixed = cliWorkspace(fake.url, exercise, failing);
    writeFileSync(join(mixed.dir, 'prompts', 'kaputt.yaml'), 'id: kaputt\ntitle: [nicht geschlossen\n');
    writeFileSync(join(mixed.dir, 'evals', 'kaputt.yaml'), 'exercise: kaputt\ncases: 7\n');
    const run = (id: string) =>
      runCli(['eval', id, '--dir', mixed.dir, '--config', mixed.config, '--provider', 'local:m'], {
        PROMPTATHON_DB: mixed.db,
      });

    const good = await run(exercise.id);
    expect(good.code).toBe(1); // fall-4 fails, the others pass
    expect(good.stderr).toBe('');
    expect(good.stdout).not.toContain('kaputt');

    const bad = await run('kaputt');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Fehler: Die Übung hat Fehler:\n/);
    expect(bad.stderr).toMatch(/^prompts\/kaputt\.yaml:3:1: Die Einrückung stimmt nicht/m);
    expect(bad.stderr).toMatch(/^evals\/kaputt\.yaml:2:8 cases: Ungültige Eingabe/m);
  });
});

describe('promptathon validate', () => {
  it('lists the exercises and exits 0 when all files are fine', async () => {
    const r = await runCli(['validate', '--dir', ws.dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`✓ ${exercise.id}`);
    expect(r.stdout).toContain('4 Fälle');
  });

  it('exits 2 and names file, line and field of each problem', async () => {
    const broken = cliWorkspace(fake.url, exercise, failing);
    const file = join(broken.dir, 'evals', `${exercise.id}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('type: contains', 'type: contians'));
    const r = await runCli(['validate', '--dir', broken.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `evals/${exercise.id}\\.yaml:\\d+:\\d+ cases\\[0\\]\\.assert\\[0\\]\\.type: unbekannter Prüftyp "contians"`,
      ),
    );
  });
});
