import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'promptathon_sitzung';
/** What newToken() makes: 43 characters of base64url. Anything else is not looked up at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** https as the browser sees it: the request's own scheme, or the proxy's word for it when the proxy is trusted. */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** The session token of the request, if it has one of the right shape (a forged cookie is simply none). */
export function sessionToken(c: Context): string | undefined {
  const token = getCookie(c, SESSION_COOKIE);
  return token && TOKEN_SHAPE.test(token) ? token : undefined;
}

export const hasSessionCookie = (c: Context): boolean => getCookie(c, SESSION_COOKIE) !== undefined;

/** HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure over https. */
export function setSessionCookie(c: Context, token: string, maxAgeMs: number, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure });
}
