/** A signed-in client of the server under load: its cookie, and requests timed from send to last byte. */
export class Session {
  constructor(
    readonly url: string,
    private cookie = '',
  ) {}

  get headers(): Record<string, string> {
    return this.cookie ? { cookie: this.cookie } : {};
  }

  async send(method: string, path: string, body?: unknown): Promise<{ status: number; ms: number; json: any }> {
    const started = performance.now();
    const response = await fetch(this.url + path, {
      method,
      headers: {
        ...this.headers,
        origin: this.url,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (cookie) this.cookie = cookie;
    return { status: response.status, ms, json: text ? JSON.parse(text) : undefined };
  }

  /** Like `send`, but a status other than `expected` is an error naming the request. */
  async must(method: string, path: string, body: unknown, expected: number): Promise<any> {
    const { status, json } = await this.send(method, path, body);
    if (status !== expected) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`);
    return json;
  }
}
