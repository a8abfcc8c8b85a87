/**
 * Amounts in SEK as Swedes type them, stored as integer öre so sums are exact.
 * Accepted: "12000", "12 000", "12 000 kr", "12.000", "12000,50", "12 000:-", "SEK 1 500,5".
 * A comma is always the decimal separator; a dot is a decimal separator only when followed by
 * one or two digits at the end ("12.5"), otherwise a thousands separator ("12.000").
 */

/** Why an amount could not be read. */
export type AmountProblem = 'empty' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';

/** The result of reading a typed amount. */
export type ParsedAmount = { ok: true; ore: number } | { ok: false; problem: AmountProblem };

const MAX_ORE = Number.MAX_SAFE_INTEGER;

/** Reads a typed amount into öre; never throws. */
export function parseAmountOre(input: string): ParsedAmount {
  let s = input.normalize('NFKC').trim().toLowerCase();
  s = s.replace(/^(sek|kr\.?)\s*/, '').replace(/\s*(kronor|kr\.?|sek|:-|:-\s*kr)$/, '').trim();
  if (s === '') return { ok: false, problem: 'empty' };
  if (/^[-−–]/.test(s)) return { ok: false, problem: 'negative' };
  s = s.replace(/[\s\u00a0\u202f\u2009']/g, '');
  let intPart: string;
  let decPart = '';
  if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return { ok: false, problem: 'not-a-number' };
    intPart = parts[0]!.replace(/\./g, '');
    decPart = parts[1]!;
    if (/^\d+\.\d{3}(\.\d{3})*$/.test(parts[0]!) === false && parts[0]!.includes('.')) return { ok: false, problem: 'not-a-number' };
  } else if (/^\d+\.\d{1,2}$/.test(s)) {
    [intPart, decPart] = s.split('.') as [string, string];
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    intPart = s.replace(/\./g, '');
  } else intPart = s;
  if (intPart === '' && decPart !== '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(decPart)) return { ok: false, problem: 'not-a-number' };
  if (decPart.length > 2) return { ok: false, problem: 'too-many-decimals' };
  const ore = Number(intPart) * 100 + Number(decPart.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(ore) || ore > MAX_ORE) return { ok: false, problem: 'too-large' };
  return { ok: true, ore };
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(decimals: boolean): Intl.NumberFormat {
  const key = decimals ? 'd' : 'i';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals ? 2 : 0, maximumFractionDigits: decimals ? 2 : 0 });
    formatters.set(key, f);
  }
  return f;
}

/** Formats öre as Swedish kronor without unit: "12 000" or "12 000,50" (decimals only when needed). */
export function formatOre(ore: number): string {
  const whole = ore % 100 === 0;
  return formatter(!whole).format(whole ? ore / 100 : ore / 100);
}

/** Formats öre with the unit: "12 000 kr". */
export function formatKronor(ore: number): string {
  return `${formatOre(ore)}\u00a0kr`;
}
