import { createHash } from 'node:crypto';
import { RENDERER_CSP } from './csp';

/**
 * The page a browser gets for the app's address without its key: a fresh browser, a bookmark, or
 * an old tab after KP Drafter started again on another port. It says where the working address
 * is, Swedish first and English below (the server cannot know the user's language), holds no
 * secret, runs no script and loads nothing.
 */
const TEXT = {
  sv: {
    title: 'Öppna adressen som KP Drafter skrev ut',
    why: 'Den här adressen öppnar inte KP Drafter utan sin nyckel. Nyckeln följer bara med adressen som KP Drafter skriver ut i terminalen när det startar, och den byts vid varje start.',
    how: 'Gå till terminalen där du startade KP Drafter och öppna hela adressen som slutar på ?token=…. Körs KP Drafter inte längre, starta det igen (npm run start:web) och öppna adressen det skriver ut. Osparat arbete som hann säkras kan då återställas från startsidan.',
  },
  en: {
    title: 'Open the address KP Drafter printed',
    why: 'This address does not open KP Drafter without its key. The key comes only with the address KP Drafter prints in the terminal when it starts, and it changes with every start.',
    how: 'Go to the terminal where you started KP Drafter and open the whole address that ends in ?token=…. If KP Drafter is no longer running, start it again (npm run start:web) and open the address it prints. Unsaved work that was secured can then be restored from the start page.',
  },
} as const;

const STYLE = [
  'body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f4f5f7;color:#1d2330;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}',
  'main{max-width:38rem;margin:2rem;padding:2rem 2.25rem;background:#fff;border:1px solid #d5d9e0;border-radius:8px}',
  'h1{font-size:1.35rem;line-height:1.3;margin:0 0 .75rem}',
  'h2{font-size:1.1rem;margin:0 0 .5rem}',
  'section+section{margin-top:1.5rem;padding-top:1.25rem;border-top:1px solid #e3e6eb;color:#3b4352}',
  'code{white-space:nowrap;font-family:ui-monospace,monospace;background:#eef0f3;padding:0 .25em;border-radius:3px}',
  '.code{margin:1.5rem 0 0;font-size:.8rem;color:#6b7280}',
].join('');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
/** Marks the address ending as code without letting the catalogue write markup. */
const prose = (s: string) => escape(s).replace('?token=…', '<code>?token=…</code>').replace('npm run start:web', '<code>npm run start:web</code>');

/**
 * The renderer's policy, except that this one fixed stylesheet may be inline (by its hash): the
 * page must not depend on the app's static files, which the missing key does not open.
 */
export const NO_KEY_PAGE_CSP = RENDERER_CSP.replace(
  "style-src 'self'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
);

/** The HTML; `reason` is the short technical cause (e.g. "missing token"), shown small for support. */
export function noKeyPage(reason: string): string {
  const section = (lang: 'sv' | 'en', heading: 'h1' | 'h2') =>
    `<section lang="${lang}"><${heading}>${escape(TEXT[lang].title)}</${heading}><p>${prose(TEXT[lang].why)}</p><p>${prose(TEXT[lang].how)}</p></section>`;
  return [
    '<!doctype html>',
    '<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>KP Drafter – ${escape(TEXT.sv.title)}</title><style>${STYLE}</style></head>`,
    `<body><main role="alert">${section('sv', 'h1')}${section('en', 'h2')}<p class="code">HTTP 403 · ${escape(reason)}</p></main></body></html>`,
  ].join('\n');
}
