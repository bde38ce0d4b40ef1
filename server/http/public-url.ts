import type { Context } from 'hono';
import type { RouteDeps } from './deps.ts';

/** Where attendees reach the app (links and QR codes): the configured address, else the one of this request. */
export function publicBase(c: Context, { publicUrl, trustProxy }: Pick<RouteDeps, 'publicUrl' | 'trustProxy'>): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const url = new URL(c.req.url);
  if (trustProxy) {
    const first = (name: string) => c.req.header(name)?.split(',')[0]?.trim();
    return `${first('x-forwarded-proto') ?? url.protocol.slice(0, -1)}://${first('x-forwarded-host') ?? url.host}`;
  }
  return url.origin;
}
