/**
 * The Content-Security-Policy of the renderer, in both shells. Browser mode sends it as a header;
 * the Electron shell can import the same constant so the two never drift.
 * No remote origins, no eval, no inline scripts; frames and plugins off.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every browser-mode response: the CSP plus isolation from other origins. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': RENDERER_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  // Other origins may not even embed our responses (scripts, images) as opaque resources.
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** The renderer's policy for a page that carries its own style sheet, allowed by that sheet's hash alone. */
export const cspWithStyleHash = (hash: string): string => RENDERER_CSP.replace("style-src 'self'", `style-src 'self' '${hash}'`);
