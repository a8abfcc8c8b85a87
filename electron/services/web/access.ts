import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh secret for one server run. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies ignore ports, so the name carries the port: two servers on one machine never clobber each other's cookie. */
export const cookieName = (port: number): string => `kp_static_${port}`;

/**
 * The Set-Cookie value that lets a reload fetch the page and its assets after the first,
 * token-bearing URL. It carries the static key, never the API token: cookies go to every port of
 * 127.0.0.1, so any other local service the browser talks to receives it.
 */
export const staticCookie = (port: number, staticKey: string): string =>
  `${cookieName(port)}=${staticKey}; HttpOnly; SameSite=Strict; Path=/`;

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
  /** The API token: printed in the URL, kept by the page, sent in the header. */
  token: string;
  /** The cookie's key: it opens the built renderer's files and nothing else. */
  staticKey: string;
  /** API requests (invoke and events) need the token in the header; no cookie or URL counts for them. */
  api: boolean;
}

/**
 * Decides whether a request may be served. Host must name this server on loopback (defeats DNS
 * rebinding); Origin, when sent, must be this server's own origin; Sec-Fetch-Site, when sent by an
 * API call, must be same-origin. API calls need the token in the header. Static files also open
 * for the token in the URL (the first page load) and for the static-key cookie that URL sets.
 */
export function checkAccess(req: IncomingMessage, url: URL, rule: AccessRule): Verdict {
  const host = (single(req.headers.host) ?? '').toLowerCase();
  if (host !== `127.0.0.1:${rule.port}` && host !== `localhost:${rule.port}`) return { ok: false, reason: 'wrong Host' };
  const origin = single(req.headers.origin);
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return { ok: false, reason: 'foreign Origin' };
  const site = single(req.headers['sec-fetch-site']);
  if (rule.api && site !== undefined && site !== 'same-origin') return { ok: false, reason: 'cross-site request' };

  if (sameSecret(single(req.headers[TOKEN_HEADER]), rule.token)) return { ok: true, fromQuery: false };
  if (rule.api) return { ok: false, reason: 'missing token' };
  if (sameSecret(url.searchParams.get('token') ?? undefined, rule.token)) return { ok: true, fromQuery: true };
  if (sameSecret(readCookie(req, cookieName(rule.port)), rule.staticKey)) {
    // Cookies ignore ports, so a page on another localhost port is "same-site" and would send ours
    // along with its own requests: the ambient cookie counts only for this origin's own requests.
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, reason: 'cross-origin request' };
    return { ok: true, fromQuery: false };
  }
  return { ok: false, reason: 'missing token' };
}
