import { parseAmountOre } from '../editor/amount';

/**
 * An amount as a Word budget writes it, in öre, or null when the cell is no amount. Besides the
 * Swedish forms the budget table accepts ("12 000 kr", "12000,50") this reads the English export's
 * ("SEK 25,000.50", "25,000"), where the comma groups thousands.
 */
export function parseDocumentAmount(text: string): number | null {
  let s = text.normalize('NFKC').trim();
  const english = /^(?:sek\s*)?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?:\s*sek)?$/i;
  if (english.test(s)) s = s.replace(/,/g, '');
  const r = parseAmountOre(s);
  return r.ok ? r.ore : null;
}
