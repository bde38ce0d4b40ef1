import { parseSse, type SseMessage } from './sse.ts';

/** Sends a request to the app under test: real HTTP on Node, the Worker's fetch inside workerd. */
export type FetchTarget = (path: string, init?: RequestInit) => Promise<Response>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export interface EventOptions {
  headers?: Record<string, string>;
  query?: string;
  /** Stop reading (drop the connection) once this returns true for the messages so far. */
  until?: (messages: SseMessage[]) => boolean;
  /** Stop reading after this many milliseconds, whatever came. */
  within?: number;
}

export interface ApiClient {
  /** Every response body received through `call` and `events`, for the leak checks. */
  transcript: string[];
  /** The session cookie this client holds (as `name=value`), as a browser would keep it. */
  readonly cookie: string | undefined;
  call(path: string, init?: RequestInit): Promise<ApiResponse>;
  post(path: string, body: unknown): Promise<ApiResponse>;
  /** A request with a JSON body (or none) and any method. */
  request(method: string, path: string, body?: unknown): Promise<ApiResponse>;
  /** The SSE messages of a run's event stream, read until it ends (or `until` says stop). */
  events(runId: string, options?: EventOptions): Promise<SseMessage[]>;
  /** The SSE messages of any event stream (`/api/events`), read until it ends or `until` says stop. */
  stream(path: string, options?: Omit<EventOptions, 'query'>): Promise<SseMessage[]>;
}

export interface ClientOptions {
  /** Sent with every request, e.g. the client address a test pretends to come from. */
  headers?: Record<string, string>;
}

/**
 * A small client over any fetch: no Node APIs, so the same calls run against Node and inside workerd. It keeps
 * the session cookie the server sets (and drops it when the server clears it), like a browser.
 */
export function createApiClient(target: FetchTarget, options: ClientOptions = {}): ApiClient {
  const transcript: string[] = [];
  let cookie: string | undefined;

  const send = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(options.headers ?? {})) if (!headers.has(name)) headers.set(name, value);
    if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
    const response = await target(path, { ...init, headers });
    const set = response.headers.get('set-cookie');
    const pair = set?.split(';')[0];
    if (pair) cookie = /=$/.test(pair) || /Max-Age=0/i.test(set!) ? undefined : pair;
    return response;
  };

  const call: ApiClient['call'] = async (path, init) => {
    const response = await send(path, init);
    const text = await response.text();
    transcript.push(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  const request: ApiClient['request'] = (method, path, body) =>
    call(path, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });

  return {
    get cookie() {
      return cookie;
    },
    transcript,
    call,
    request,
    post: (path, body) =>
      call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    events: (runId, { query, ...options } = {}) => stream(`/api/runs/${runId}/events${query ?? ''}`, options),
    stream,
  };

  async function stream(
    path: string,
    { headers, until, within }: Omit<EventOptions, 'query'> = {},
  ): Promise<SseMessage[]> {
    const abort = new AbortController();
    const timer = within === undefined ? undefined : setTimeout(() => abort.abort(), within);
    const response = await send(path, { headers, signal: abort.signal });
    if (response.status !== 200) throw new Error(`events: ${response.status} ${await response.text()}`);
    const messages: SseMessage[] = [];
    let raw = '';
    try {
      for await (const message of parseSse(response.body!, (chunk) => (raw += chunk))) {
        messages.push(message);
        if (until?.(messages)) break;
      }
    } catch (err) {
      if (!abort.signal.aborted) throw err;
    } finally {
      clearTimeout(timer);
      abort.abort();
      transcript.push(raw);
    }
    return messages;
  }
}
