import type { FindingLocation } from '../../core/rules/finding';

/**
 * Findings point at parts of the draft; the UI marks those parts with `data-kp-loc` keys so a
 * finding can be shown beside its field and focused from the problems panel.
 */
export function locationKey(loc: FindingLocation): string {
  switch (loc.kind) {
    case 'draft': return 'draft';
    case 'section': return `section:${loc.sectionId}`;
    case 'field': return `field:${loc.field}`;
    case 'partner': return `partner:${loc.partnerId}:${loc.field ?? 'country'}`;
    case 'budget-line': return `budget:${loc.lineId}:${loc.field ?? 'amount'}`;
    case 'budget-total': return loc.year !== undefined ? `budget-total:year:${loc.year}` : loc.category !== undefined ? `budget-total:category:${loc.category}` : 'budget-total';
    case 'team-member': return `team:${loc.memberId}`;
    case 'team': return 'section:team';
    case 'core-area': return loc.coreAreaId ? `core-area:${loc.coreAreaId}` : 'section:core_areas';
    case 'framework-item': return `framework:${loc.itemId}:${loc.field ?? 'text'}`;
    case 'framework': return 'section:results_framework';
    case 'activity': return `activity:${loc.activityId}:${loc.field ?? 'title'}`;
    case 'activity-plan': return 'section:activity_plan';
    case 'risk': return `risk:${loc.riskId}:${loc.field ?? 'text'}`;
    case 'agenda2030': return loc.field ? `agenda2030:${loc.field}` : 'section:sdg_goals';
  }
}

/** The template section a finding belongs to ("general" for the draft's header fields). */
export function sectionOf(loc: FindingLocation): string {
  switch (loc.kind) {
    case 'section': return loc.sectionId;
    case 'partner': return 'parties';
    case 'budget-line': case 'budget-total': return 'budget';
    case 'team-member': case 'team': return 'team';
    case 'core-area': return 'core_areas';
    case 'framework-item': case 'framework': return 'results_framework';
    case 'activity': case 'activity-plan': return 'activity_plan';
    case 'risk': return 'risk_register';
    case 'agenda2030': return 'sdg_goals';
    case 'field': {
      const f = loc.field;
      if (f.startsWith('applicant') || f.startsWith('partner')) return 'parties';
      if (f.startsWith('budget')) return 'budget';
      if (f.startsWith('team')) return 'team';
      if (f.startsWith('coreArea') || f.startsWith('core_area')) return 'core_areas';
      if (f.startsWith('sections.')) return f.slice('sections.'.length).split('.')[0]!;
      return 'general';
    }
    case 'draft': return 'general';
  }
}
