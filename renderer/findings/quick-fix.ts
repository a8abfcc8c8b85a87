import type { Draft } from '../../core/draft/schema';
import { Draft as DraftSchema } from '../../core/draft/schema';
import type { QuickFix } from '../../core/rules/finding';
import { updateFields } from '../state/doc-state';
import { checkNow } from './live-checks';

type Json = Record<string | number, unknown> | unknown[];

function assign(target: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  const base = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Json;
  (base as Record<string | number, unknown>)[head] = assign((target as Record<string | number, unknown> | undefined)?.[head], rest, value);
  return base;
}

/**
 * Applies a quick fix's field assignments as one undoable step. A fix that would make the draft
 * invalid is refused (returns false) rather than applied halfway.
 */
export function applyQuickFix(fix: QuickFix): boolean {
  let ok = true;
  updateFields((draft) => {
    let next: unknown = draft;
    for (const e of fix.edits) {
      if (e.path[0] === 'sections') { ok = false; return draft; }
      next = assign(next, e.path, e.value);
    }
    const parsed = DraftSchema.safeParse(next);
    if (!parsed.success) { ok = false; return draft; }
    return parsed.data as Draft;
  });
  if (ok) checkNow();
  return ok;
}
