import { mostSevereFirst, type Finding } from '../../core/rules/finding';
import { createStore } from '../state/create-store';
import { locationKey } from './locations';

/** The current findings of the open draft, in rule-engine order. */
export interface FindingsState {
  findings: Finding[];
  /** Findings per data-kp-loc key, most severe first; an unchanged key keeps its array (no re-render). */
  byLoc: Map<string, Finding[]>;
  /** Index of the finding focused last (F8 moves on from it). */
  cursor: number;
}

// The draft revision the findings were computed for; kept beside the store rather than in it, so
// that recording it on every check does not wake the store's subscribers.
let checkedRevision = -1;

export const findingsStore = createStore<FindingsState>({ findings: [], byLoc: new Map(), cursor: -1 }, () => {
  checkedRevision = -1;
});

/** True when the findings are those of the draft at `revision`. */
export const findingsAreFor = (revision: number): boolean => checkedRevision === revision;

const sameFinding = (a: Finding, b: Finding) => a === b || JSON.stringify(a) === JSON.stringify(b);
const sameList = (a: readonly Finding[], b: readonly Finding[]) => a.length === b.length && a.every((f, i) => sameFinding(f, b[i]!));

/**
 * Publishes the findings of the draft at `revision`. Nothing is published when they equal the
 * current ones, and per-field lists that did not change keep their identity: typing must not
 * re-render every form row.
 */
export function setFindings(next: Finding[], revision: number): void {
  checkedRevision = revision;
  const prev = findingsStore.get();
  if (sameList(prev.findings, next)) return;
  const groups = new Map<string, Finding[]>();
  for (const f of next) {
    const k = locationKey(f.location);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const byLoc = new Map<string, Finding[]>();
  for (const [k, g] of groups) {
    g.sort(mostSevereFirst);
    const old = prev.byLoc.get(k);
    byLoc.set(k, old && sameList(old, g) ? old : g);
  }
  findingsStore.set({ findings: next, byLoc });
}

/** Counts per severity. */
export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
