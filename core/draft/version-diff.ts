import { z } from 'zod';
import { countWords } from '../rules/word-count';
import type { Draft } from './schema';

/**
 * What differs between two versions of one draft, in the terms a user scans a version list by:
 * which sections' text changed (with the change in words), how many partners, team members and
 * budget lines were added or removed, whether the title or anything else changed. Pure; the
 * renderer words it ("+120 ord i Bakgrund, budget −2 rader").
 */

/** A list (partners, team, budget): its change in length, and whether its content changed at all. */
export const ListChange = z.strictObject({ delta: z.number().int(), changed: z.boolean() });
export type ListChange = z.infer<typeof ListChange>;

export const ChangeSummary = z.strictObject({
  title: z.boolean(),
  /** Sections whose text differs, in the newer draft's order, with words(newer) − words(older). */
  sections: z.array(z.strictObject({ id: z.string().max(100), words: z.number().int() })).max(200),
  partners: ListChange,
  team: ListChange,
  budget: ListChange,
  /** Comment threads: added or removed, or a body, reply or resolution changed (not where they sit in the text). */
  comments: ListChange,
  /** Applicant, period, core areas, annexes, prerequisites, edition, component or language differ. */
  other: z.boolean(),
});
export type ChangeSummary = z.infer<typeof ChangeSummary>;

/** Total words of a draft's text sections (the count the editor shows). */
export function draftWords(draft: Draft): number {
  let sum = 0;
  for (const value of Object.values(draft.sections)) sum += countWords(value);
  return sum;
}

/** The changes that lead from `older` to `newer`. Never throws; ids and timestamps are ignored. */
export function summarizeChanges(older: Draft, newer: Draft): ChangeSummary {
  const ids = [...new Set([...Object.keys(newer.sections), ...Object.keys(older.sections)])];
  const sections = ids
    .filter((id) => !sameValue(older.sections[id], newer.sections[id]))
    .map((id) => ({ id, words: countWords(newer.sections[id] ?? []) - countWords(older.sections[id] ?? []) }))
    .slice(0, 200);
  const list = (a: unknown[], b: unknown[]): ListChange => ({ delta: b.length - a.length, changed: !sameValue(a, b) });
  const otherKeys = ['editionId', 'component', 'applicant', 'period', 'submissionDate', 'coreAreas', 'annexes', 'prerequisites', 'documentLanguage'] as const;
  // An anchor moves whenever text before it is typed; that is no change to the comment.
  const threads = (d: Draft) => d.annotations.map(({ anchor: _anchor, ...thread }) => thread);
  return {
    title: older.title !== newer.title,
    sections,
    partners: list(older.partners, newer.partners),
    team: list(older.team, newer.team),
    budget: list(older.budget, newer.budget),
    comments: list(threads(older), threads(newer)),
    other: otherKeys.some((k) => !sameValue(older[k], newer[k])),
  };
}

/** True when nothing a user would see differs. */
export function isUnchanged(s: ChangeSummary): boolean {
  return !s.title && s.sections.length === 0 && !s.partners.changed && !s.team.changed && !s.budget.changed && !s.comments.changed && !s.other;
}

/**
 * Structural equality of JSON-like values. Key order does not matter (a draft read from a file and
 * one assembled from the editor list a text leaf's marks in different orders); a missing key
 * equals one that is undefined.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!sameValue(ra[k], rb[k])) return false;
  return true;
}
