import type { Draft } from '../draft/schema';
import type { QuickFix } from './finding';

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(target) && typeof head === 'number' && head >= 0 && head < target.length) {
    const copy = target.slice();
    copy[head] = setAt(target[head], rest, value);
    return copy;
  }
  if (typeof target === 'object' && target !== null && !Array.isArray(target) && typeof head === 'string' && head in target) {
    return { ...(target as Record<string, unknown>), [head]: setAt((target as Record<string, unknown>)[head], rest, value) };
  }
  throw new RangeError('path does not exist');
}

/**
 * Applies a quick fix's assignments to a draft and returns the new draft, copying only the objects
 * on each path (so the incremental checker and the editor see exactly what changed). Returns the
 * draft unchanged when a path no longer exists (the draft was edited since the finding).
 */
export function applyQuickFix(draft: Draft, fix: QuickFix): Draft {
  try {
    let out: unknown = draft;
    for (const e of fix.edits) out = setAt(out, e.path, e.value);
    return out as Draft;
  } catch {
    return draft;
  }
}
