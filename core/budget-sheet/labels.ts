import type { Lang } from '../docx/labels';
import { catalogue } from '../i18n/catalogue';
import { textIn } from '../i18n/lookup';

/** The budget spreadsheet's words in the document language (the catalogue's `budgetSheet` group). */
export function budgetSheetLabels(lang: Lang) {
  const words = catalogue[lang].budgetSheet;
  return {
    ...words,
    title: (title: string) => textIn(lang, 'budgetSheet.title', { title }),
    year: (n: number) => textIn(lang, 'budgetSheet.year', { n }),
    invalidAmount: (typed: string) => textIn(lang, 'budgetSheet.invalidAmount', { typed }),
  };
}
export type BudgetSheetLabels = ReturnType<typeof budgetSheetLabels>;

/**
 * Number formats of amounts. The code's "," is the grouping mark whatever the reader's language:
 * a Swedish Excel or LibreOffice shows `#,##0 "kr"` as "12 000 kr", with a space between the
 * thousands, as Swedish writes them. [$-41D] marks the format as Swedish (sv-SE), so that
 * LibreOffice does the same on a computer set to another language. Öre get two decimals, and only
 * the amounts that have them.
 */
export function amountFormats(lang: Lang): { whole: string; withOre: string } {
  return lang === 'sv'
    ? { whole: '[$-41D]#,##0 "kr"', withOre: '[$-41D]#,##0.00 "kr"' }
    : { whole: '"SEK "#,##0', withOre: '"SEK "#,##0.00' };
}
