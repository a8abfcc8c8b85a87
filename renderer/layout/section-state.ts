import type { Draft } from '../../core/draft/schema';
import type { Finding } from '../../core/rules/finding';
import type { TemplateSection } from '../../core/template/schema';
import { sectionOf } from '../findings/locations';
import { riskAssessed } from '../cards/risk-list';
import { frameworkComplete, frameworkStarted } from '../cards/results-edits';

export type SectionState = 'empty' | 'inProgress' | 'done' | 'errors' | 'warnings';

/** A text section counts as written (●) from this many words; below it, in progress (◐). */
export const DONE_WORDS = 30;

/** A section's state in the sidebar: errors and warnings first, then how filled in it is. */
export function sectionState(s: TemplateSection, draft: Draft, words: number, findings: readonly Finding[]): SectionState {
  const mine = findings.filter((f) => sectionOf(f.location) === s.id);
  if (mine.some((f) => f.severity === 'error')) return 'errors';
  if (mine.some((f) => f.severity === 'warning')) return 'warnings';
  switch (s.kind) {
    case 'text': return words === 0 ? 'empty' : words >= DONE_WORDS ? 'done' : 'inProgress';
    case 'parties': {
      const filled = [draft.applicant.organisation, draft.applicant.type, ...draft.partners.flatMap((p) => [p.organisation, p.country])].filter((x) => x.trim() !== '').length;
      return filled === 0 ? 'empty' : filled === 2 + 2 * draft.partners.length ? 'done' : 'inProgress';
    }
    case 'core_areas': return draft.coreAreas.length === 0 ? 'empty' : draft.coreAreas.every((c) => c.justification.trim()) ? 'done' : 'inProgress';
    case 'team': return draft.team.length === 0 ? 'empty' : draft.team.length >= 3 ? 'done' : 'inProgress';
    case 'budget': return draft.budget.length === 0 ? 'empty' : draft.budget.every((b) => b.amountOre > 0 && b.category) ? 'done' : 'inProgress';
    case 'results': return !frameworkStarted(draft.framework) ? 'empty' : frameworkComplete(draft.framework) ? 'done' : 'inProgress';
    case 'activity_plan': return draft.activities.length === 0 ? 'empty' : draft.activities.every(planned) ? 'done' : 'inProgress';
    case 'risk_register': return draft.risks.length === 0 ? 'empty' : draft.risks.every(riskAssessed) ? 'done' : 'inProgress';
    case 'sdgs': return draft.agenda2030.goals.length === 0 ? 'empty' : 'done';
  }
}

/** An activity is planned when it has a title, serves a result and has its months. */
const planned = (a: Draft['activities'][number]) => a.title.trim() !== '' && a.resultIds.length > 0 && a.startMonth !== null && a.endMonth !== null;

export const stateIcon: Record<SectionState, string> = { empty: '○', inProgress: '◐', done: '●', errors: '✖', warnings: '⚠' };
