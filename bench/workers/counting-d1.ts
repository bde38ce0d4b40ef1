// The D1 client of the Workers bench (`npm run bench`, bench/workers-cost.ts): the same calls as the D1 binding
// (prepare, bind, first, all, run, raw, batch, exec), sent over the same wire protocol to the same local D1 database,
// but every answer's `meta` (rows_read, rows_written, duration) is counted, per statement and per caller.
//
// Why not wrap the binding itself: drizzle reads with `raw()`, and the binding's `raw()` drops `meta`. The local D1
// (miniflare's D1 database object, on workerd's SQLite like D1 itself) puts rows read and written into every answer;
// this client keeps them. It runs inside workerd and in Node's type check alike: no Workers or Node types here.

/** What a D1 database is reached through: a service binding to it (miniflare's `__D1_BETA__` binding). */
export interface D1Upstream {
  fetch(url: string, init: { method: string; headers: Record<string, string>; body: string }): Promise<Response>;
}

interface Meta {
  rows_read?: number;
  rows_written?: number;
  duration?: number;
  changes?: number;
  last_row_id?: number;
  changed_db?: boolean;
  size_after?: number;
}

interface Answer {
  success: boolean;
  error?: string;
  meta?: Meta;
  results?: { columns: string[]; rows: unknown[][] } | Record<string, unknown>[];
}

/** What one statement cost, summed over its executions. */
export interface StatementCost {
  /** Who sent it: the Worker (`worker`), a run's Durable Object (`run-host`) or the bench itself. */
  source: string;
  /** The statement as sent, without its bound values. */
  sql: string;
  calls: number;
  rowsRead: number;
  rowsWritten: number;
  durationMs: number;
}

const costs = new Map<string, StatementCost>();
/** The database's size in bytes after the last statement (D1 reports it with every answer). */
let sizeAfter = 0;

function count(source: string, sql: string, meta: Meta | undefined): void {
  const key = `${source}\n${sql}`;
  const cost = costs.get(key) ?? { source, sql, calls: 0, rowsRead: 0, rowsWritten: 0, durationMs: 0 };
  cost.calls++;
  cost.rowsRead += meta?.rows_read ?? 0;
  cost.rowsWritten += meta?.rows_written ?? 0;
  cost.durationMs += meta?.duration ?? 0;
  costs.set(key, cost);
  if (meta?.size_after) sizeAfter = meta.size_after;
}

/** Everything counted so far (in this isolate: locally, the Worker and its Durable Objects share it). */
export const statementCosts = (): StatementCost[] => [...costs.values()].map((cost) => ({ ...cost }));
export const databaseSize = (): number => sizeAfter;

type Format = 'ROWS_AND_COLUMNS' | 'NONE';

/** Bound values as the binding accepts them (booleans as 0/1, bytes as arrays of numbers). */
function toParam(value: unknown): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  throw new Error(`D1_TYPE_ERROR: Type '${typeof value}' not supported for value '${String(value)}'`);
}

function toObjects(results: Answer['results']): Record<string, unknown>[] {
  if (!results) return [];
  if (Array.isArray(results)) return results;
  return results.rows.map((row) => Object.fromEntries(results.columns.map((column, i) => [column, row[i]])));
}

export class CountingD1 {
  constructor(
    private readonly upstream: D1Upstream,
    readonly source: string,
  ) {}

  prepare(sql: string): CountingStatement {
    return new CountingStatement(this, sql, []);
  }

  async batch(statements: CountingStatement[]): Promise<{ success: true; meta: Meta; results: unknown[] }[]> {
    const answers = await this.send(
      statements.map((s) => ({ sql: s.sql, params: s.params })),
      'ROWS_AND_COLUMNS',
    );
    return answers.map((answer) => ({ success: true, meta: answer.meta ?? {}, results: toObjects(answer.results) }));
  }

  async exec(sql: string): Promise<{ count: number; duration: number }> {
    const lines = sql
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const answers = await this.send(
      lines.map((line) => ({ sql: line, params: [] })),
      'NONE',
    );
    return { count: answers.length, duration: answers.reduce((sum, a) => sum + (a.meta?.duration ?? 0), 0) };
  }

  /** Sends statements as one request (one transaction, like the binding's batch) and counts each answer. */
  async send(statements: { sql: string; params: unknown[] }[], format: Format): Promise<Answer[]> {
    const body = JSON.stringify(statements.length === 1 ? statements[0] : statements);
    const response = await this.upstream.fetch(`http://d1/query?resultsFormat=${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const parsed = JSON.parse(await response.text()) as Answer | Answer[];
    const answers = Array.isArray(parsed) ? parsed : [parsed];
    const failed = answers.find((answer) => !answer.success || answer.error);
    if (failed) throw new Error(`D1_ERROR: ${failed.error ?? `status ${response.status}`}`);
    answers.forEach((answer, i) => count(this.source, statements[i]?.sql ?? '', answer.meta));
    return answers;
  }
}

export class CountingStatement {
  constructor(
    private readonly db: CountingD1,
    readonly sql: string,
    readonly params: unknown[],
  ) {}

  bind(...values: unknown[]): CountingStatement {
    return new CountingStatement(this.db, this.sql, values.map(toParam));
  }

  private async one(format: Format): Promise<Answer> {
    const [answer] = await this.db.send([{ sql: this.sql, params: this.params }], format);
    return answer!;
  }

  async run(): Promise<{ success: true; meta: Meta; results: Record<string, unknown>[] }> {
    const answer = await this.one('ROWS_AND_COLUMNS');
    return { success: true, meta: answer.meta ?? {}, results: toObjects(answer.results) };
  }

  async all(): Promise<{ success: true; meta: Meta; results: Record<string, unknown>[] }> {
    return this.run();
  }

  async first(column?: string): Promise<unknown> {
    const [row] = toObjects((await this.one('ROWS_AND_COLUMNS')).results);
    if (!row) return null;
    if (column === undefined) return row;
    if (!(column in row)) throw new Error(`D1_COLUMN_NOTFOUND: Column not found (${column})`);
    return row[column];
  }

  /** Rows as arrays in column order: duplicate column names (joins) stay apart, as drizzle needs them. */
  async raw(options?: { columnNames?: boolean }): Promise<unknown[][]> {
    const { results } = await this.one('ROWS_AND_COLUMNS');
    if (!results) return [];
    if (Array.isArray(results)) return results.map((row) => Object.values(row));
    return options?.columnNames ? [results.columns, ...results.rows] : results.rows;
  }
}
