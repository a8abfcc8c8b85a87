/**
 * Text and number formatting for the Word export. Everything here is deterministic (no Intl, no
 * locale of the machine), so the same draft gives the same document on every computer.
 */

/** The character shown in place of one that Word cannot store. */
export const REPLACEMENT_CHAR = '\uFFFD';

const NBSP = '\u00A0';

// XML 1.0 (which Word's parts use) cannot hold C0 controls other than tab, newline and carriage
// return, nor U+FFFE/U+FFFF, nor unpaired surrogates. The docx library silently drops some of them
// and writes others as is (a file Word refuses), so they are replaced visibly before it sees them.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces every character Word forbids in its XML with U+FFFD and keeps everything else exactly
 * (emoji, right-to-left text, combining marks, XML specials; those the writer escapes).
 * Tab, newline and carriage return are kept: the run builder turns them into tabs and breaks.
 */
export function cleanText(text: string): string {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN, REPLACEMENT_CHAR) : text;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** True when the first strongly directional letter of the text is right-to-left. */
export function startsRtl(text: string): boolean {
  const m = STRONG.exec(text);
  return m !== null && RTL.test(m[0]);
}

/** Groups the digits of a non-negative integer in threes: with non-breaking spaces (sv-SE) or commas (en-GB). */
function groupDigits(n: bigint, separator: string): string {
  const s = n.toString();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += separator;
    out += s[i];
  }
  return out;
}

/**
 * An amount in öre formatted the way the document's language writes money: "12 000 kr" (sv,
 * digits grouped with non-breaking spaces, decimal comma) or "SEK 12,000" (en-GB, as British
 * usage and Intl's en-GB currency format write it). Öre are shown only when there are any
 * ("12 000,50 kr", "SEK 12,000.50"); the unit never parts from the figure at a line break.
 */
export function formatSek(amountOre: number, lang: 'sv' | 'en'): string {
  const ore = BigInt(Math.round(amountOre));
  const sign = ore < 0n ? '\u2212' : '';
  const abs = ore < 0n ? -ore : ore;
  const rest = abs % 100n;
  const cents = rest === 0n ? '' : rest.toString().padStart(2, '0');
  if (lang === 'en') return `${sign}SEK${NBSP}${groupDigits(abs / 100n, ',')}${cents && `.${cents}`}`;
  return `${sign}${groupDigits(abs / 100n, NBSP)}${cents && `,${cents}`}${NBSP}kr`;
}

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "1 september 2026" / "1 September 2026" from an ISO date; the input unchanged if it is not one. */
export function formatDate(iso: string, lang: 'sv' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}
