import type { Draft } from '../draft/schema';
import type { QuickFix } from './finding';

type Step = QuickFix['edits'][number]['path'][number];

/** The index or key a step names in `target`, or throws when it names nothing there. */
function resolve(target: unknown, step: Step): string | number {
  if (Array.isArray(target)) {
    const i = typeof step === 'object'
      ? target.findIndex((e) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === step.id)
      : step;
    if (typeof i === 'number' && i >= 0 && i < target.length) return i;
  } else if (typeof target === 'object' && target !== null && typeof step === 'string' && step in target) {
    return step;
  }
  throw new RangeError('path does not exist');
}

const REMOVE = Symbol('remove');

function setAt(target: unknown, path: readonly Step[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const at = resolve(target, head!);
  if (Array.isArray(target)) {
    const copy = target.slice();
    const next = setAt(target[at as number], rest, value);
    if (next === REMOVE) copy.splice(at as number, 1);
    else copy[at as number] = next;
    return copy;
  }
  const obj = target as Record<string, unknown>;
  if (rest.length === 0 && value === REMOVE) throw new RangeError('only array elements can be removed');
  return { ...obj, [at]: setAt(obj[at as string], rest, value) };
}

/**
 * Applies a quick fix's assignments to a draft and returns the new draft, copying only the objects
 * on each path (so the incremental checker and the editor see exactly what changed). Returns the
 * draft unchanged when a path no longer exists (the draft was edited since the finding).
 */
export function applyQuickFix(draft: Draft, fix: QuickFix): Draft {
  try {
    let out: unknown = draft;
    for (const e of fix.edits) out = setAt(out, e.path, 'remove' in e ? REMOVE : e.value);
    return out as Draft;
  } catch {
    return draft;
  }
}
