import type { Finding } from '../../core/rules/finding';
import { createStore } from '../state/create-store';

/** The current findings of the open draft, in rule-engine order. */
export interface FindingsState {
  findings: Finding[];
  /** Index of the finding focused last (F8 moves on from it). */
  cursor: number;
}

export const findingsStore = createStore<FindingsState>({ findings: [], cursor: -1 });

/** Counts per severity. */
export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
