import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the next request gets. `incomplete` is a 200 with valid JSON that lacks what the protocol
 * promises (no choices / no content); `malformed` is a 200 whose body is not valid JSON.
 */
export type FaultKind = 'ok' | '429' | '500' | 'hang' | 'broken-stream' | 'malformed' | 'incomplete' | 'refused';

export type RequestBody = Record<string, unknown>;

export interface FakeOptions {
  /** The answer text; default: a deterministic text derived from the prompt. */
  reply?: (body: RequestBody) => string;
  /** Pause before answering (ms), for every request. */
  latencyMs?: number;
  /** Consumed one per request; when empty, requests succeed. */
  faults?: FaultKind[];
  /** When set, requests without this key get the provider's 401. */
  apiKey?: string;
  /** What a 429 asks the client to wait (ms), in the header(s) the provider uses. */
  retryAfterMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: RequestBody;
  fault: FaultKind;
}

export interface FakeServer {
  /** Base URL as the provider's SDK expects it (`baseURL` / `host`). */
  url: string;
  requests: RecordedRequest[];
  /** The most requests that were being handled at the same moment. */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

export interface ErrorReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Everything that differs between providers; the server loop below is shared. */
export interface Protocol {
  /** Path of the chat endpoint, e.g. `/v1/chat/completions`. */
  path: string;
  /** Path prefix the SDK is pointed at, e.g. `/v1`; appended to the server origin for `url`. */
  basePath: string;
  /** A 401 reply when the request does not carry `key` the way the real API expects; undefined when it does. */
  checkKey(headers: IncomingHttpHeaders, key: string): ErrorReply | undefined;
  /** The prompt text the default reply and the token counts are derived from. */
  promptOf(body: RequestBody): string;
  /** Output token limit requested by the client, if any. */
  maxTokensOf(body: RequestBody): number | undefined;
  isStreaming(body: RequestBody): boolean;
  streamContentType: string;
  /** The complete JSON answer. */
  json(answer: Answer, body: RequestBody): unknown;
  /** The serialised stream frames, in order, including the protocol's terminator. */
  frames(answer: Answer, body: RequestBody): string[];
  /** A 200 JSON body without the parts the protocol promises. */
  incomplete(body: RequestBody): unknown;
  /** A stream frame whose payload is not valid JSON. */
  garbageFrame: string;
  error(kind: '429' | '500' | 'refused', retryAfterMs: number): ErrorReply;
}

export interface Answer {
  /** The answer as word-sized pieces (each with its trailing space), which is how it streams. */
  pieces: string[];
  text: string;
  inputTokens: number;
  outputTokens: number;
  /** True when the client's token limit cut the answer short. */
  truncated: boolean;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export const defaultReply = (prompt: string): string => {
  const gist = words(prompt).slice(0, 12).join(' ');
  return `Sehr geehrte Damen und Herren, vielen Dank für Ihre Anfrage. Sie schrieben: ${gist}`;
};

/** One "token" per word keeps counts deterministic and easy to assert. */
function makeAnswer(protocol: Protocol, body: RequestBody, reply: FakeOptions['reply']): Answer {
  const prompt = protocol.promptOf(body);
  const all = words(reply ? reply(body) : defaultReply(prompt));
  const limit = protocol.maxTokensOf(body);
  const kept = limit === undefined ? all : all.slice(0, limit);
  const pieces = kept.map((word, i) => (i < kept.length - 1 ? `${word} ` : word));
  return {
    pieces,
    text: pieces.join(''),
    inputTokens: words(prompt).length,
    outputTokens: kept.length,
    truncated: kept.length < all.length,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export async function startFake(protocol: Protocol, options: FakeOptions = {}): Promise<FakeServer> {
  const faults = [...(options.faults ?? [])];
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer(async (req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);

    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'POST' || path !== protocol.path) {
      sendJson(res, 404, { error: `not found: ${req.method} ${path}` });
      return;
    }
    let body: RequestBody;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RequestBody;
    } catch {
      sendJson(res, 400, { error: 'request body is not JSON' });
      return;
    }
    const unauthorised = options.apiKey === undefined ? undefined : protocol.checkKey(req.headers, options.apiKey);
    const fault = unauthorised ? 'refused' : (faults.shift() ?? 'ok');
    requests.push({ method: req.method, path, headers: req.headers, body, fault });
    if (unauthorised) {
      sendJson(res, unauthorised.status, unauthorised.body, unauthorised.headers);
      return;
    }
    if (fault === 'hang') return; // the client's timeout or abort closes the socket

    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (res.destroyed) return;

    if (fault === '429' || fault === '500' || fault === 'refused') {
      const reply = protocol.error(fault, options.retryAfterMs ?? 10);
      sendJson(res, reply.status, reply.body, reply.headers);
      return;
    }
    if (fault === 'incomplete') {
      sendJson(res, 200, protocol.incomplete(body));
      return;
    }

    const answer = makeAnswer(protocol, body, options.reply);
    if (protocol.isStreaming(body)) {
      const frames = protocol.frames(answer, body);
      res.writeHead(200, { 'content-type': protocol.streamContentType, 'cache-control': 'no-cache' });
      if (fault === 'malformed') {
        res.end(frames[0] + protocol.garbageFrame);
        return;
      }
      if (fault === 'broken-stream') {
        // Some real content first, so the client has shown text before the connection dies.
        res.write(frames.slice(0, Math.max(2, frames.length >> 1)).join(''), () => res.destroy());
        return;
      }
      res.end(frames.join(''));
      return;
    }
    if (fault === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "kaputt", "choices": [');
      return;
    }
    const text = JSON.stringify(protocol.json(answer, body));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    if (fault === 'broken-stream') {
      res.write(text.slice(0, text.length >> 1), () => res.destroy());
      return;
    }
    res.end(text);
  });
  // Benchmarks open many sockets at once; the default backlog is enough, the listener must not cap them.
  server.maxConnections = Infinity;

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${protocol.basePath}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Unix seconds, as `created` fields carry them. */
export const unixNow = (): number => Math.floor(Date.now() / 1000);
