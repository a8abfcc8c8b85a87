import type { Draft } from '../../core/draft/schema';
import type { Place } from './doc-history';

/**
 * Where a field change happened, for undo to bring it back into view: the control that had the
 * focus when it was made, or else the card holding the first part of the draft that changed.
 */

/** The card (template section id, "general" for the header) that shows each part of the draft. */
const CARD_OF: Partial<Record<keyof Draft, string>> = {
  applicant: 'parties', partners: 'parties', budget: 'budget', team: 'team', coreAreas: 'core_areas',
  framework: 'results_framework', activities: 'activity_plan', risks: 'risk_register', agenda2030: 'sdg_goals',
};

/** The focused form control, when the focus is in one (not in a section's text). */
export function focusedPlace(): Place | null {
  if (typeof document === 'undefined') return null;
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body || el.closest('[data-slate-editor]')) return null;
  const loc = el.closest('[data-kp-loc]')?.getAttribute('data-kp-loc') ?? undefined;
  const card = el.closest('[data-kp-section]')?.getAttribute('data-kp-section') ?? undefined;
  if (!el.id && !loc && !card) return null;
  return { ...(el.id ? { elementId: el.id } : {}), ...(loc ? { loc } : {}), ...(card ? { card } : {}) };
}

/** The card of the first top-level part that differs between two drafts. */
export function changedCard(a: Draft, b: Draft): Place {
  const key = (Object.keys(a) as Array<keyof Draft>).find((k) => k !== 'modifiedAt' && a[k] !== b[k]);
  if (key === 'sections') {
    const id = Object.keys({ ...a.sections, ...b.sections }).find((s) => a.sections[s] !== b.sections[s]);
    if (id) return { sectionId: id };
  }
  return { card: (key && CARD_OF[key]) ?? 'general' };
}
