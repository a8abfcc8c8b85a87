import { catalogue } from '../../i18n/catalogue';
import { textIn } from '../../i18n/lookup';
import { editionPeriod } from '../edition-in-force';
import { compareDates, parseDate, type Ymd } from '../read';
import { finding, single, type RuleDefinition } from '../rule';
import { ruleText } from '../rule-text';

const location = { kind: 'field', field: 'submissionDate' } as const;

const monthName = (m: number, lang: 'sv' | 'en') => (catalogue[lang].rules.dates.months as Record<number, string>)[m] ?? String(m);

/**
 * A date of an edition's period in words: "26 februari 2020", or "omkring april 2023" when the
 * source gives it only approximately (confidence U).
 */
export function editionDateText(date: string, approximate: boolean, lang: 'sv' | 'en'): string {
  const d = parseDate(date);
  if (!d) return date;
  const month = monthName(d.m, lang);
  return approximate
    ? textIn(lang, 'rules.submission.approximateMonth', { month, year: d.y })
    : textIn(lang, 'rules.submission.exactDay', { day: d.d, month, year: d.y });
}

const dayText = (d: Ymd, lang: 'sv' | 'en') => textIn(lang, 'rules.submission.exactDay', { day: d.d, month: monthName(d.m, lang), year: d.y });

/**
 * WIN-05: the planned submission date has not passed, and lies in the chosen edition's effective
 * period (an application is assessed under the edition in force when it is submitted). The
 * period is the pack's; a boundary the source gives only approximately keeps the finding a warning.
 */
export const win05: RuleDefinition = {
  id: 'WIN-05',
  title: ruleText('rules.WIN-05.title'),
  units: single(['submissionDate', 'today'], (d, ctx) => {
    const date = parseDate(d.submissionDate);
    if (!date) return [];
    const today = parseDate(ctx.today);
    if (today && compareDates(date, today) < 0) {
      return [finding(ctx, { message: ruleText('rules.WIN-05.past', (l) => ({ date: dayText(date, l) })), location })];
    }
    const p = editionPeriod(ctx.pack);
    const from = parseDate(p.from);
    const to = parseDate(p.to);
    const before = from !== null && compareDates(date, from) < 0;
    const after = to !== null && compareDates(date, to) > 0;
    if (!before && !after) return [];
    return [finding(ctx, {
      message: ruleText(before ? 'rules.WIN-05.beforeEdition' : 'rules.WIN-05.afterEdition', (l) => ({
        date: dayText(date, l),
        edition: ctx.pack.name[l],
        from: p.from ? editionDateText(p.from, p.fromApproximate, l) : '',
        to: p.to ? editionDateText(p.to, p.toApproximate, l) : '',
      })),
      location,
      confidence: (before ? p.fromApproximate : p.toApproximate) ? 'U' : undefined,
    })];
  }),
};
