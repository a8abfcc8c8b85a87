import type { Risk } from '../../core/draft/framework';
import type { Draft } from '../../core/draft/schema';
import { patchedById, restoredAt, swapped } from './row-list';

/**
 * The risk register's list edits, pure: each gives back the same draft when nothing changes, so no
 * empty undo step is recorded (the row mechanics are the budget table's, row-list.ts).
 */

export function emptyRisk(id: string): Risk {
  return { id, text: '', likelihood: null, impact: null, mitigation: '', owner: '', threatens: null };
}

/** The draft with `risk` inserted after risk `after` (first when `after` is -1). */
export function insertRisk(d: Draft, risk: Risk, after: number): Draft {
  const at = Math.min(Math.max(after + 1, 0), d.risks.length);
  return { ...d, risks: [...d.risks.slice(0, at), risk, ...d.risks.slice(at)] };
}

export function moveRisk(d: Draft, i: number, step: number): Draft {
  const risks = swapped(d.risks, i, step);
  return risks === d.risks ? d : { ...d, risks };
}

export function patchRisk(d: Draft, id: string, patch: Partial<Risk>): Draft {
  const risks = patchedById(d.risks, id, patch);
  return risks === d.risks ? d : { ...d, risks };
}

export function withoutRisk(d: Draft, id: string): Draft {
  const risks = d.risks.filter((r) => r.id !== id);
  return risks.length === d.risks.length ? d : { ...d, risks };
}

export function restoreRisk(d: Draft, risk: Risk, at: number): Draft {
  const risks = restoredAt(d.risks, risk, at);
  return risks === d.risks ? d : { ...d, risks };
}

/** A risk is assessed when it says what, how likely, how harmful and what is done about it. */
export const riskAssessed = (r: Risk): boolean => r.text.trim() !== '' && r.likelihood !== null && r.impact !== null && r.mitigation.trim() !== '';
