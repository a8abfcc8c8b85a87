import { MAX_LINK_URL_LENGTH } from '../draft/rich-text';

/**
 * What the user typed as a link address, made into one the draft may keep. Only web pages and
 * e-mail are links (the Word export makes hyperlinks of nothing else); a bare "www.icld.se" gets
 * https:// and a bare "namn@kommun.se" mailto:, as Word does when you type them.
 */
export type LinkUrlProblem = 'empty' | 'scheme' | 'not-address' | 'too-long';
export type LinkUrl = { ok: true; url: string } | { ok: false; problem: LinkUrlProblem; scheme?: string };

// A colon followed by a digit is a port ("localhost:8080"), not a scheme.
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
const WEB = /^https?:\/\/[^/?#]/i;
const MAIL = /^mailto:[^@]+@[^@]+$/i;
const BARE_MAIL = /^[^@/:?#]+@[^@/:?#]+\.[^@/:?#.]{2,}$/;
const BARE_HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#].*)?$/u;

const refuse = (problem: LinkUrlProblem, scheme?: string): LinkUrl => ({ ok: false, problem, ...(scheme ? { scheme } : {}) });

function web(url: string): LinkUrl {
  if (!WEB.test(url)) return refuse('not-address');
  try {
    // Kept as typed (not URL.href): the user's spelling of the address is what they see in the text.
    return new URL(url).hostname ? { ok: true, url } : refuse('not-address');
  } catch {
    return refuse('not-address');
  }
}

export function normalizeLinkUrl(input: string): LinkUrl {
  const s = input.trim();
  if (s === '') return refuse('empty');
  if (/\s/.test(s)) return refuse('not-address');
  const scheme = SCHEME.exec(s)?.[1]?.toLowerCase();
  let url: LinkUrl;
  if (scheme === 'http' || scheme === 'https') url = web(s);
  else if (scheme === 'mailto') url = MAIL.test(s) ? { ok: true, url: s } : refuse('not-address');
  else if (scheme) return refuse('scheme', scheme);
  else if (BARE_MAIL.test(s)) url = { ok: true, url: `mailto:${s}` };
  else if (BARE_HOST.test(s.replace(/^\/\//, ''))) url = web(`https://${s.replace(/^\/\//, '')}`);
  else url = refuse('not-address');
  return url.ok && url.url.length > MAX_LINK_URL_LENGTH ? refuse('too-long') : url;
}
