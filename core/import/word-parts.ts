import type { ImportedComment } from './plan';

/**
 * What the HTML converter leaves out of a Word package but an import keeps: the comments (who,
 * when, what, and the text each was on) and the document's title. Read from the package's XML
 * with a plain tokenizer: these parts are flat, and no DTD or entity beyond XML's five is ever
 * expanded.
 */

const TOKEN = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!] = decode(m[2] ?? m[3] ?? '');
  return out;
}

interface Token { close: boolean; name: string; attrs: Record<string, string>; selfClosing: boolean; text: string | null }

function* tokens(xml: string): Generator<Token> {
  for (const m of xml.matchAll(TOKEN)) {
    if (m[5] !== undefined) yield { close: false, name: '', attrs: {}, selfClosing: false, text: decode(m[5]) };
    else if (m[2] !== undefined) yield { close: m[1] === '/', name: m[2], attrs: attrs(m[3] ?? ''), selfClosing: m[4] === '/', text: null };
  }
}

/** The text each comment range of document.xml covers (deleted text left out, as the converter does), by comment id. */
export function commentQuotes(documentXml: string): Map<string, string> {
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  let inText = false;
  for (const t of tokens(documentXml)) {
    if (t.text !== null) {
      if (inText) for (const [id, q] of open) open.set(id, q + t.text);
      continue;
    }
    if (t.name === 'w:t') inText = !t.close && !t.selfClosing;
    else if (t.name === 'w:commentRangeStart' && t.attrs['w:id'] !== undefined) open.set(t.attrs['w:id'], '');
    else if (t.name === 'w:commentRangeEnd' && t.attrs['w:id'] !== undefined) {
      const id = t.attrs['w:id'];
      done.set(id, (open.get(id) ?? '').replace(/\s+/g, ' ').trim());
      open.delete(id);
    } else if (t.name === 'w:p' && t.close) for (const [id, q] of open) open.set(id, `${q} `);
  }
  return done;
}

/** The comments of comments.xml, each with the text it was on. */
export function readComments(commentsXml: string, documentXml: string): ImportedComment[] {
  const quotes = commentQuotes(documentXml);
  const out: ImportedComment[] = [];
  let current: (ImportedComment & { id: string }) | null = null;
  let inText = false;
  for (const t of tokens(commentsXml)) {
    if (t.text !== null) {
      if (current && inText) current.body += t.text;
      continue;
    }
    if (t.name === 'w:comment' && !t.close) {
      const a = t.attrs;
      current = { id: a['w:id'] ?? '', author: (a['w:author'] ?? '').slice(0, 200), initials: (a['w:initials'] ?? '').slice(0, 10), date: a['w:date'] ?? null, body: '', quote: '' };
    } else if (t.name === 'w:comment' && t.close && current) {
      const { id, ...c } = current;
      out.push({ ...c, body: c.body.trim().slice(0, 20000), quote: (quotes.get(id) ?? '').slice(0, 20000) });
      current = null;
    } else if (t.name === 'w:t') inText = !t.close && !t.selfClosing;
    else if (t.name === 'w:p' && t.close && current) current.body += '\n';
  }
  return out;
}

/** The title in docProps/core.xml, or "". */
export function readTitle(coreXml: string): string {
  const m = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(coreXml);
  return m ? decode(m[1]!).trim() : '';
}
