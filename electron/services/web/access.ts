import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh secret for one server run; it appears in the printed URL and nowhere else. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies ignore ports, so the name carries the port: two servers on one machine never clobber each other's token. */
export const cookieName = (port: number): string => `kp_token_${port}`;

/** The Set-Cookie value that lets the page load its assets after the first, token-bearing URL. */
export const tokenCookie = (port: number, token: string): string =>
  `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;

export const TOKEN_HEADER = 'x-kp-token';

function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const single = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export type Verdict = { ok: true; fromQuery: boolean } | { ok: false; reason: string };

export interface AccessRule {
  port: number;
  token: string;
  /** API calls must send the header; a cookie alone is not enough for them. */
  headerOnly: boolean;
}

/**
 * Decides whether a request may be served. Host must name this server on loopback (defeats DNS
 * rebinding); Origin, when sent, must be this server's own origin; Sec-Fetch-Site, when sent by an
 * API call, must be same-origin; and the per-run token must be present (API calls: in the header;
 * the first page load: in the URL; everything else: also the cookie that URL sets).
 */
export function checkAccess(req: IncomingMessage, url: URL, rule: AccessRule): Verdict {
  const host = (single(req.headers.host) ?? '').toLowerCase();
  if (host !== `127.0.0.1:${rule.port}` && host !== `localhost:${rule.port}`) return { ok: false, reason: 'wrong Host' };
  const origin = single(req.headers.origin);
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return { ok: false, reason: 'foreign Origin' };
  const site = single(req.headers['sec-fetch-site']);
  if (rule.headerOnly && site !== undefined && site !== 'same-origin') return { ok: false, reason: 'cross-site request' };

  if (sameSecret(single(req.headers[TOKEN_HEADER]), rule.token)) return { ok: true, fromQuery: false };
  if (rule.headerOnly) return { ok: false, reason: 'missing token' };
  if (sameSecret(url.searchParams.get('token') ?? undefined, rule.token)) return { ok: true, fromQuery: true };
  if (sameSecret(readCookie(req, cookieName(rule.port)), rule.token)) {
    // Cookies ignore ports, so a page on another localhost port is "same-site" and would send ours
    // along with its own requests: the ambient cookie counts only for this origin's own requests.
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, reason: 'cross-origin request' };
    return { ok: true, fromQuery: false };
  }
  return { ok: false, reason: 'missing token' };
}
