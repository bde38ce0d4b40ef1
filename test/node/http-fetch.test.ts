import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { httpFetch } from '../../server/node/http-fetch.ts';

// What the provider SDKs rely on from fetch, through httpFetch against a real server over loopback. The SDK calls
// themselves, faults included, run through it in test/providers/adapters.test.ts.

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: number;
}

async function start(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const seen: Seen[] = [];
  const sockets = new Map<Socket, number>();
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (!sockets.has(req.socket)) sockets.set(req.socket, sockets.size + 1);
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body, socket: sockets.get(req.socket)! });
    handler(req, res, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { url, seen };
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

describe('httpFetch', () => {
  it('sends method, headers and body and answers with status, headers and text', async () => {
    const { url, seen } = await start((_req, res, body) => {
      res.writeHead(201, 'Angelegt', { 'content-type': 'application/json', 'x-request-id': 'r-1' });
      res.end(JSON.stringify({ echo: JSON.parse(body) }));
    });
    const response = await httpFetch(`${url}/v1/chat`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' },
      body: JSON.stringify({ frage: 'Öffnungszeiten?' }),
    });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.statusText).toBe('Angelegt');
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(response.url).toBe(`${url}/v1/chat`);
    expect(await response.json()).toEqual({ echo: { frage: 'Öffnungszeiten?' } });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/chat', body: '{"frage":"Öffnungszeiten?"}' });
    expect(seen[0]!.headers.authorization).toBe('Bearer sk-test');
    expect(seen[0]!.headers['content-length']).toBe(String(Buffer.byteLength('{"frage":"Öffnungszeiten?"}')));
  });

  it('keeps the connection for the next call', async () => {
    const { url, seen } = await start((_req, res) => res.end('ok'));
    for (let i = 0; i < 3; i++) expect(await (await httpFetch(url)).text()).toBe('ok');
    expect(seen.map((s) => s.socket)).toEqual([1, 1, 1]);
  });

  it('streams the body as it arrives', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { url } = await start(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: eins\n\n');
      await gate;
      res.end('data: zwei\n\n');
    });
    const reader = (await httpFetch(url)).body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('data: eins\n\n');
    release();
    expect(decoder.decode((await reader.read()).value)).toBe('data: zwei\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ])('decodes a %s body', async (encoding, compress) => {
    const { url } = await start((_req, res) => {
      res.writeHead(200, { 'content-encoding': encoding });
      res.end(compress(Buffer.from('Sehr geehrte Frau Beispiel')));
    });
    expect(await (await httpFetch(url)).text()).toBe('Sehr geehrte Frau Beispiel');
  });

  it('answers 204 without a body', async () => {
    const { url } = await start((_req, res) => res.writeHead(204).end());
    const response = await httpFetch(url, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('follows a redirect, and keeps the key from another origin', async () => {
    const other = await start((_req, res) => res.end('woanders'));
    const { url, seen } = await start((req, res) => {
      if (req.url === '/alt') res.writeHead(308, { location: '/neu' }).end();
      else if (req.url === '/neu') res.writeHead(302, { location: `${other.url}/ziel` }).end();
    });
    const response = await httpFetch(`${url}/alt`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test', 'x-api-key': 'sk-ant', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await response.text()).toBe('woanders');
    expect(response.url).toBe(`${other.url}/ziel`);
    // 308 keeps method, body and key within the origin; 302 after POST becomes a GET without them elsewhere.
    expect(seen.map((s) => [s.method, s.url, s.body, s.headers.authorization])).toEqual([
      ['POST', '/alt', '{}', 'Bearer sk-test'],
      ['POST', '/neu', '{}', 'Bearer sk-test'],
    ]);
    expect(other.seen[0]).toMatchObject({ method: 'GET', body: '' });
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
    expect(other.seen[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('hands a redirect over when asked to', async () => {
    const { url } = await start((_req, res) => res.writeHead(301, { location: '/neu' }).end());
    const response = await httpFetch(url, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/neu');
  });

  it('fails as fetch does when nothing listens', async () => {
    const { url } = await start(() => {});
    servers[0]!.close();
    servers[0]!.closeAllConnections();
    const error = await httpFetch(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('fetch failed');
    expect(((error as Error).cause as Error).message).toContain('ECONNREFUSED');
  });

  it('speaks TLS to an https address', async () => {
    // A plain TCP server: it sees the TLS handshake's first byte (a handshake record, 0x16) and hangs up.
    const firstBytes: number[] = [];
    const tcp = createTcpServer((socket) =>
      socket.once('data', (data) => {
        firstBytes.push(data[0]!);
        socket.destroy();
      }),
    );
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const error = await httpFetch(`https://127.0.0.1:${(tcp.address() as AddressInfo).port}/v1`).catch(
      (e: unknown) => e,
    );
    tcp.close();
    expect(firstBytes).toEqual([0x16]);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('fetch failed');
  });

  it('rejects an abort while waiting with the reason, and one while reading breaks the body off', async () => {
    const { url } = await start((req, res) => {
      if (req.url === '/haengt') return;
      res.writeHead(200);
      res.write('Anfang');
    });
    const waiting = new AbortController();
    const call = httpFetch(`${url}/haengt`, { signal: waiting.signal });
    await new Promise((resolve) => setTimeout(resolve, 20)); // the request is out
    waiting.abort('abgebrochen'); // a reason need not be an Error
    await expect(call).rejects.toBe('abgebrochen');

    const reading = new AbortController();
    const reader = (await httpFetch(`${url}/langsam`, { signal: reading.signal })).body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('Anfang');
    reading.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('breaks the body off with "terminated" when the server drops the connection', async () => {
    const { url } = await start((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('nur ein Teil', () => res.destroy());
    });
    const reader = (await httpFetch(url)).body!.getReader();
    const error = await (async () => {
      for (;;) if ((await reader.read()).done) return undefined;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('terminated');
  });
});
