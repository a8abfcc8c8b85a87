import { Draft as DraftSchema } from '../../core/draft/schema';
import { applyQuickFix as applyFix, type QuickFix } from '../../core/rules';
import { updateFields } from '../state/doc-state';
import { checkNow } from './live-checks';

/**
 * Applies a quick fix's field assignments as one undoable step. A fix that no longer fits the
 * draft (edited since) or would make it invalid is refused (returns false), never half-applied.
 */
export function applyQuickFix(fix: QuickFix): boolean {
  let ok = true;
  updateFields((draft) => {
    if (fix.edits.some((e) => e.path[0] === 'sections')) { ok = false; return draft; }
    const next = applyFix(draft, fix);
    if (next === draft || !DraftSchema.safeParse(next).success) { ok = false; return draft; }
    return next;
  });
  if (ok) checkNow();
  return ok;
}
