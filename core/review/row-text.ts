import type { RowProposal } from '../draft/annotation';
import type { Draft } from '../draft/schema';
import { formatOre } from '../editor/amount';
import type { CatalogueLanguage } from '../i18n/catalogue';
import { textIn } from '../i18n/lookup';

/**
 * A proposed row in one line of words, as the change list and the Word comment say it:
 * "Flygresor · international_travel · Uppsala kommun · år 1 · 12 000 kr". The party is named as
 * the draft names it now; a cost category by `categoryName` when the caller knows the names.
 */
export function rowProposalText(p: RowProposal, draft: Pick<Draft, 'applicant' | 'partners'>, lang: CatalogueLanguage, categoryName: (id: string) => string = (id) => id): string {
  const side = (id: string) => (id === 'swedish' ? draft.applicant.organisation || textIn(lang, 'team.swedish') : draft.partners.find((x) => x.id === id)?.organisation || id);
  if (p.table === 'budget') {
    const l = p.row;
    return [l.description.trim() || textIn(lang, 'rows.untitled'), categoryName(l.category) || '–', side(l.side),
      textIn(lang, 'rows.year', { n: l.year }), textIn(lang, 'rows.amount', { amount: formatOre(l.amountOre) })].join(' · ');
  }
  const m = p.row;
  return [m.name.trim() || textIn(lang, 'rows.unnamed'), m.role.trim(), side(m.side), textIn(lang, `team.kinds.${m.kind}`)].filter(Boolean).join(' · ');
}
