import type { RowProposal } from '../draft/annotation';
import type { Activity, Risk } from '../draft/framework';
import type { Draft } from '../draft/schema';
import { formatOre } from '../editor/amount';
import type { CatalogueLanguage } from '../i18n/catalogue';
import { textIn } from '../i18n/lookup';

/**
 * A proposed row in one line of words, as the change list and the Word comment say it:
 * "Flygresor · international_travel · Uppsala kommun · år 1 · 12 000 kr". The party is named as
 * the draft names it now; a cost category by `categoryName` when the caller knows the names.
 * An activity says its title, months and place ("Workshop i Skopje · månad 3–4 · Partnerlandet"),
 * a risk its text and owner.
 */
export function rowProposalText(p: RowProposal, draft: Pick<Draft, 'applicant' | 'partners'>, lang: CatalogueLanguage, categoryName: (id: string) => string = (id) => id): string {
  const side = (id: string) => (id === 'swedish' ? draft.applicant.organisation || textIn(lang, 'team.swedish') : draft.partners.find((x) => x.id === id)?.organisation || id);
  switch (p.table) {
    case 'budget': {
      const l = p.row;
      return [l.description.trim() || textIn(lang, 'rows.untitled'), categoryName(l.category) || '–', side(l.side),
        textIn(lang, 'rows.year', { n: l.year }), textIn(lang, 'rows.amount', { amount: formatOre(l.amountOre) })].join(' · ');
    }
    case 'team': {
      const m = p.row;
      return [m.name.trim() || textIn(lang, 'rows.unnamed'), m.role.trim(), side(m.side), textIn(lang, `team.kinds.${m.kind}`)].filter(Boolean).join(' · ');
    }
    case 'activity':
      return activityText(p.row, lang);
    case 'risk':
      return riskText(p.row, lang);
  }
}

/** "månad 3–4", "månad 3", or nothing when the activity has no months yet. */
export function activityMonths(a: Pick<Activity, 'startMonth' | 'endMonth'>, lang: CatalogueLanguage): string {
  const from = a.startMonth ?? a.endMonth;
  const to = a.endMonth ?? a.startMonth;
  if (from === null || to === null) return '';
  return from === to ? textIn(lang, 'rows.month', { n: from }) : textIn(lang, 'rows.months', { from, to });
}

function activityText(a: Activity, lang: CatalogueLanguage): string {
  const place = a.place ? textIn(lang, `plan.places.${a.place}`) : '';
  return [a.title.trim() || textIn(lang, 'plan.untitled'), activityMonths(a, lang), place].filter(Boolean).join(' · ');
}

function riskText(r: Risk, lang: CatalogueLanguage): string {
  return [r.text.trim() || textIn(lang, 'rows.untitled'), r.owner.trim()].filter(Boolean).join(' · ');
}
