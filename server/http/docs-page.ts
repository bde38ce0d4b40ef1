import type { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';

export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type Json = Record<string, unknown>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Our descriptions mark code with backticks; everything else is text (escaped by `html`). */
const prose = (text: unknown) =>
  typeof text === 'string' ? text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part)) : '';

const refName = (schema: Json | undefined) =>
  typeof schema?.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;

/** A one-line description of a simple value schema (`integer, 0 bis 100`); undefined for structures. */
function brief(schema: Json): string | undefined {
  const types = [schema.type].flat().filter((t) => t !== undefined && t !== 'null');
  if (types.length !== 1 || types[0] === 'object' || types[0] === 'array') return undefined;
  const parts = [String(types[0])];
  if (Array.isArray(schema.enum)) parts.push(`eins von ${schema.enum.join(', ')}`);
  if (schema.pattern) parts.push(`Muster ${String(schema.pattern)}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    parts.push(`${String(schema.minimum ?? '…')} bis ${String(schema.maximum ?? '…')}`);
  }
  return parts.join(', ');
}

/** A schema as a link to its named type, a list of one, one line for a simple value, or its JSON Schema. */
function schemaHtml(schema: Json = {}) {
  const name = refName(schema);
  if (name) return html`<a href="#schema-${name}">${name}</a>`;
  const items = refName(schema.items as Json | undefined);
  if (schema.type === 'array' && items) return html`Liste von <a href="#schema-${items}">${items}</a>`;
  const line = brief(schema);
  return line ? html`<code>${line}</code>` : html`<pre>${JSON.stringify(schema, null, 2)}</pre>`;
}

const contentHtml = (content: unknown) =>
  Object.entries((content ?? {}) as Record<string, { schema?: Json }>).map(
    ([type, media]) => html`<p><code>${type}</code>: ${schemaHtml(media.schema)}</p>`,
  );

function operationHtml(path: string, method: string, op: Json, anchor: string) {
  const params = (op.parameters ?? []) as Json[];
  const body = op.requestBody as Json | undefined;
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>);
  return html`<section class="operation" id="${anchor}">
    <h2><span class="method method-${method}">${method.toUpperCase()}</span> <code>${path}</code></h2>
    <p class="summary">${prose(op.summary)}</p>
    ${op.description ? html`<p>${prose(op.description)}</p>` : ''}
    ${
      params.length
        ? html`<h3>Parameter</h3>
            <table>
              <tr>
                <th>Name</th>
                <th>Ort</th>
                <th>Pflicht</th>
                <th>Schema</th>
                <th>Beschreibung</th>
              </tr>
              ${params.map(
                (p) =>
                  html`<tr>
                    <td><code>${p.name}</code></td>
                    <td>${p.in}</td>
                    <td>${p.required ? 'ja' : 'nein'}</td>
                    <td>${schemaHtml(p.schema as Json)}</td>
                    <td>${prose(p.description ?? (p.schema as Json)?.description)}</td>
                  </tr>`,
              )}
            </table>`
        : ''
    }
    ${
      body
        ? html`<h3>Anfrageinhalt</h3>
            ${contentHtml(body.content)}`
        : ''
    }
    <h3>Antworten</h3>
    <table>
      <tr>
        <th>Status</th>
        <th>Bedeutung</th>
        <th>Inhalt</th>
      </tr>
      ${responses.map(
        ([status, r]) =>
          html`<tr>
            <td>${status}</td>
            <td>${prose(r.description)}</td>
            <td>${contentHtml(r.content)}</td>
          </tr>`,
      )}
    </table>
  </section>`;
}

/** The API reference as one server-rendered page: no scripts, one stylesheet from this server (strict CSP). */
export function renderDocsPage(doc: OpenApiDocument) {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = (item as Record<string, Json | undefined>)[method];
      return op ? [{ path, method, op, anchor: `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}` }] : [];
    }),
  );
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, Json>);
  return html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>API-Referenz – ${doc.info.title}</title>
        <link rel="stylesheet" href="/api/docs.css" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <header>
          <h1>API-Referenz: ${doc.info.title}</h1>
          <p>${prose(doc.info.description)}</p>
          <p>Maschinenlesbar als OpenAPI ${doc.openapi}: <a href="/api/openapi.json">/api/openapi.json</a></p>
        </header>
        <nav aria-label="Inhalt">
          <h2>Endpunkte</h2>
          <ul>
            ${operations.map(
              (o) =>
                html`<li>
                  <a href="#${o.anchor}"><code>${o.method.toUpperCase()} ${o.path}</code></a> – ${prose(o.op.summary)}
                </li>`,
            )}
          </ul>
        </nav>
        <main>
          ${operations.map((o) => operationHtml(o.path, o.method, o.op, o.anchor))}
          <section id="schemas">
            <h2>Datentypen</h2>
            ${schemas.map(
              ([name, schema]) =>
                html`<section id="schema-${name}">
                  <h3>${name}</h3>
                  ${schemaHtml(schema)}
                </section>`,
            )}
          </section>
        </main>
      </body>
    </html>`;
}
