import type { Anchor } from '../draft/annotation';
import type { FindingLocation } from '../rules/finding';

/** Header fields of the draft and the form field each belongs to. */
const HEADER: ReadonlyArray<[prefix: string, field: string]> = [
  ['title', 'title'], ['component', 'component'], ['editionId', 'component'], ['period', 'period'], ['submissionDate', 'submissionDate'],
  ['applicant', 'applicant'], ['partner', 'partners'], ['annex', 'annexes'], ['prerequisites', 'annexes'], ['linkedDraft', 'annexes'],
  ['budget', 'budget'], ['team', 'team'], ['coreArea', 'core_areas'], ['core_area', 'core_areas'], ['agenda2030', 'sdg_goals'],
];

function fieldOfPath(path: string): string {
  if (path.startsWith('sections.')) return path.slice('sections.'.length).split('.')[0]!;
  // A prefix also covers its plural and its item paths (partner → partners.0.country, budget:<id>).
  const hit = HEADER.find(([prefix]) => path.startsWith(prefix));
  return hit ? hit[1] : 'general';
}

/** The online form's field a finding's place belongs to ("general" for the draft as a whole). */
export function formFieldOf(loc: FindingLocation): string {
  switch (loc.kind) {
    case 'draft': return 'general';
    case 'section': return loc.sectionId;
    case 'field': return fieldOfPath(loc.field);
    case 'partner': return 'partners';
    case 'budget-line': case 'budget-total': return 'budget';
    case 'team-member': case 'team': return 'team';
    case 'core-area': return 'core_areas';
    case 'framework-item': case 'framework': return 'results_framework';
    case 'activity': case 'activity-plan': return 'activity_plan';
    case 'risk': return 'risk_register';
    case 'agenda2030': return 'sdg_goals';
  }
}

/** Where a comment stands, as a place the editor can jump to (the same places findings name). */
export function anchorLocation(anchor: Anchor): FindingLocation {
  if (anchor.kind !== 'field') return { kind: 'section', sectionId: anchor.sectionId };
  const f = anchor.field;
  const item = /^(budget|team|partner|coreArea):(.+)$/.exec(f);
  if (!item) return { kind: 'field', field: f };
  const id = item[2]!;
  switch (item[1]) {
    case 'budget': return { kind: 'budget-line', lineId: id, field: 'description' };
    case 'team': return { kind: 'team-member', memberId: id };
    case 'partner': return { kind: 'partner', partnerId: id, field: 'organisation' };
    default: return { kind: 'core-area', coreAreaId: id };
  }
}
