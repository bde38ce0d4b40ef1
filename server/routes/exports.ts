import { createRoute, z } from '@hono/zod-openapi';
import { zipSync, strToU8 } from 'fflate';
import { toCsv } from '../exports/csv.ts';
import { libraryFiles, libraryMarkdown } from '../exports/library-files.ts';
import { pickedItems } from '../exports/library.ts';
import { loadRecords } from '../exports/load.ts';
import { resultColumns, resultRows } from '../exports/results.ts';
import { buildTrainingRecords, recordColumns } from '../exports/training-record.ts';
import type { Context } from 'hono';
import type { App, RouteDeps } from '../http/deps.ts';
import type { AppEnv } from '../sessions/viewer.ts';
import { resultsExportSchema, trainingRecordsSchema } from '../schema/exports.ts';
import type { WorkshopRecord } from '../store/records.ts';
import { slug } from '../text/slug.ts';
import { errors, json } from './schemas.ts';
import { requireWorkshop } from './workshop-lookup.ts';
import { workshopParams } from './workshop-params.ts';

const download = (path: string, summary: string, type: string, description: string) =>
  createRoute({
    method: 'get',
    path: `/api/workshops/{id}/export/${path}`,
    tags: ['Auswertung'],
    summary,
    request: { params: workshopParams },
    responses: {
      200: { description, content: { [type]: { schema: z.string() } } },
      ...errors(401, 403, 404),
    },
  });

const resultsCsv = download(
  'results.csv',
  'Ergebnisse als CSV: je Team × Übung × Fall der Abgaben Punkte, bestanden, Tokens, Kosten, Modelle',
  'text/csv',
  'UTF-8 mit BOM, `;` als Trenner, alle Felder in Anführungszeichen, Dezimalkomma: öffnet sich so in Excel.',
);
const recordsCsv = download(
  'training-record.csv',
  'Teilnahmenachweise (KI-Kompetenz, Art. 4 KI-VO) als CSV: je Person Name, Team, Workshop, Datum, Übungen, Punkte',
  'text/csv',
  'Eine Zeile je Teilnehmerin und Teilnehmer, auch wer den Workshop früher verlassen hat.',
);
const libraryMd = download(
  'library.md',
  'Die Prompt-Bibliothek als Markdown',
  'text/markdown',
  'Die gewählten Abgaben der aufgedeckten Übungen mit Punkten und Modellen.',
);
const libraryZip = download(
  'library.zip',
  'Die Prompt-Bibliothek als Übungsdateien (prompts/ und evals/) in einem ZIP',
  'application/zip',
  'Je Abgabe eine Übung mit dem Prompt des Teams als Vorlage; `promptathon validate` nimmt den Ordner an.',
);

const resultsJson = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/export/results.json',
  tags: ['Auswertung'],
  summary: 'Ergebnisse als JSON (dieselben Zeilen wie results.csv)',
  request: { params: workshopParams },
  responses: { 200: json(resultsExportSchema, 'Die Ergebnisse'), ...errors(401, 403, 404) },
});

const recordsJson = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/export/training-record.json',
  tags: ['Auswertung'],
  summary: 'Teilnahmenachweise als JSON (für die Druckansicht)',
  request: { params: workshopParams },
  responses: { 200: json(trainingRecordsSchema, 'Die Nachweise'), ...errors(401, 403, 404) },
});

const attachment = (workshop: WorkshopRecord, kind: string, extension: string, type: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${kind}-${slug(workshop.title) || 'workshop'}-${workshop.date}.${extension}"`,
});

/** What the trainer takes home after the event: results, training records and the prompt library. */
export function exportRoutes(app: App, deps: RouteDeps): void {
  const { store, now } = deps;

  /** The workshop of the route and what its records are made of, with the exercises as they are now. */
  const records = async (c: Context<AppEnv>, id: string) => {
    const [workshop, catalogue] = await Promise.all([requireWorkshop(deps, id, c.var.viewer), c.var.catalogue()]);
    return { workshop, catalogue, data: await loadRecords(store, catalogue, workshop, now()) };
  };

  const results = async (c: Context<AppEnv>, id: string) => {
    const { workshop, catalogue, data } = await records(c, id);
    return { workshop, rows: resultRows(await data.entries(), data.names, catalogue) };
  };

  const trainingRecords = async (c: Context<AppEnv>, id: string) => {
    const { workshop, catalogue, data } = await records(c, id);
    const trainers = (await store.trainersOf(workshop.id)).map((t) => t.name);
    const built = buildTrainingRecords({ ...data, workshop, trainers, overall: data.overall(), catalogue });
    return { workshop, built };
  };

  const library = async (c: Context<AppEnv>, id: string) => {
    const { workshop, data } = await records(c, id);
    return { workshop, picked: pickedItems(await data.library(), workshop.library, data.names) };
  };

  app.openapi(resultsCsv, async (c) => {
    const { workshop, rows } = await results(c, c.req.valid('param').id);
    const csv = toCsv(resultColumns(workshop), rows);
    return c.body(csv, 200, attachment(workshop, 'ergebnisse', 'csv', 'text/csv; charset=utf-8'));
  });

  app.openapi(resultsJson, async (c) => {
    const { workshop, rows } = await results(c, c.req.valid('param').id);
    const { id, title, date } = workshop;
    return c.json({ workshop: { id, title, date }, generated_at: now(), rows }, 200);
  });

  app.openapi(recordsCsv, async (c) => {
    const { workshop, built } = await trainingRecords(c, c.req.valid('param').id);
    const csv = toCsv(recordColumns(built), built.records);
    return c.body(csv, 200, attachment(workshop, 'teilnahmenachweise', 'csv', 'text/csv; charset=utf-8'));
  });

  app.openapi(recordsJson, async (c) => c.json((await trainingRecords(c, c.req.valid('param').id)).built, 200));

  app.openapi(libraryMd, async (c) => {
    const { workshop, picked } = await library(c, c.req.valid('param').id);
    const md = libraryMarkdown(workshop, picked);
    return c.body(md, 200, attachment(workshop, 'prompt-bibliothek', 'md', 'text/markdown; charset=utf-8'));
  });

  app.openapi(libraryZip, async (c) => {
    const { workshop, picked } = await library(c, c.req.valid('param').id);
    const zip = zipSync(Object.fromEntries(libraryFiles(workshop, picked).map((f) => [f.path, strToU8(f.text)])));
    return c.body(zip, 200, attachment(workshop, 'prompt-bibliothek', 'zip', 'application/zip'));
  });
}
