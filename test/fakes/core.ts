import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPacer } from './pacer.ts';
import { makeAnswer, type FaultKind, type Protocol, type RequestBody } from './protocol.ts';

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
  /** Replaces the provider's text in 429, 500 and refused replies. */
  errorMessage?: string;
  /** Streams this many frames per second (one per word) instead of all at once. */
  chunksPerSecond?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: RequestBody;
  fault: FaultKind;
  /** When its headers arrived and when its answer was sent (Date.now()), for benchmarks' timelines. */
  receivedAt: number;
  answeredAt?: number;
}

export interface FakeServer {
  /** Base URL as the provider's SDK expects it (`baseURL` / `host`). */
  url: string;
  requests: RecordedRequest[];
  /** The most requests that were being handled at the same moment. */
  readonly maxInFlight: number;
  close(): Promise<void>;
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
  const pacer = options.chunksPerSecond ? createPacer(options.chunksPerSecond) : undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = Date.now();
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // 'finish' comes before the client can read the answer (and send its next call); 'close' covers aborted ones.
    let counted = true;
    const done = () => {
      if (counted) inFlight--;
      counted = false;
    };
    res.on('finish', done);
    res.on('close', done);

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
    const record: RecordedRequest = { method: req.method, path, headers: req.headers, body, fault, receivedAt };
    requests.push(record);
    res.once('finish', () => (record.answeredAt = Date.now()));
    if (unauthorised) {
      sendJson(res, unauthorised.status, unauthorised.body, unauthorised.headers);
      return;
    }
    if (fault === 'hang') return; // the client's timeout or abort closes the socket

    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (res.destroyed) return;

    if (fault === '429' || fault === '500' || fault === 'refused') {
      const reply = protocol.error(fault, options.retryAfterMs ?? 10, options.errorMessage);
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
      if (pacer) pacer.send(res, frames);
      else res.end(frames.join(''));
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
  };
  // A client that gives up while sending its request leaves nothing to answer.
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));

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
