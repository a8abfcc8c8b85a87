import type { ExpectedResult, Indicator, ProjectObjective, ResultsFramework } from '../../core/draft/framework';
import { patchedById, restoredAt, swapped } from './row-list';

/**
 * The results matrix's edits, pure: add, change, move and remove objectives, results and
 * indicators wherever they sit. Each gives back the same framework when nothing changes, so that
 * no empty undo step is recorded and the incremental checker sees no change.
 */

/** The overall objective's id in findings and on the page (it has none of its own). */
export const OVERALL = 'overall';

/** A list of the matrix: the project objectives, one objective's results, or one level's indicators. */
export type ListRef = { level: 'objective' } | { level: 'result'; objectiveId: string } | { level: 'indicator'; ownerId: string };
export type Level = ListRef['level'];

/** Where an item sits: its list, its position and how many the list holds. */
export interface Place { ref: ListRef; index: number; count: number }

type Item = ProjectObjective | ExpectedResult | Indicator;
type Owner = ResultsFramework['overallObjective'] | ProjectObjective | ExpectedResult;

export const refKey = (ref: ListRef): string => (ref.level === 'objective' ? 'objectives' : ref.level === 'result' ? `results:${ref.objectiveId}` : `indicators:${ref.ownerId}`);

export function emptyObjective(id: string): ProjectObjective {
  return { id, text: '', note: '', indicators: [], assumptions: '', results: [] };
}

export function emptyResult(id: string): ExpectedResult {
  return { id, text: '', note: '', indicators: [], assumptions: '' };
}

export function emptyIndicator(id: string): Indicator {
  return { id, text: '', unit: '', baseline: { value: '', year: null }, target: { value: '', date: null }, verification: '', collectedBy: '' };
}

/** The level (overall objective, objective or result) with this id, if any. */
export function ownerOf(fw: ResultsFramework, id: string): Owner | undefined {
  if (id === OVERALL) return fw.overallObjective;
  for (const o of fw.projectObjectives) {
    if (o.id === id) return o;
    const r = o.results.find((x) => x.id === id);
    if (r) return r;
  }
  return undefined;
}

/** The items of a list (empty when its parent is gone). */
export function listOf(fw: ResultsFramework, ref: ListRef): readonly Item[] {
  if (ref.level === 'objective') return fw.projectObjectives;
  if (ref.level === 'result') return fw.projectObjectives.find((o) => o.id === ref.objectiveId)?.results ?? [];
  return ownerOf(fw, ref.ownerId)?.indicators ?? [];
}

/** Where the objective, result or indicator `id` sits, or null when it is not in the matrix. */
export function placeOf(fw: ResultsFramework, id: string): Place | null {
  const at = (ref: ListRef, list: readonly { id: string }[]): Place | null => {
    const index = list.findIndex((x) => x.id === id);
    return index === -1 ? null : { ref, index, count: list.length };
  };
  const found = at({ level: 'objective' }, fw.projectObjectives) ?? at({ level: 'indicator', ownerId: OVERALL }, fw.overallObjective.indicators);
  if (found) return found;
  for (const o of fw.projectObjectives) {
    const hit = at({ level: 'result', objectiveId: o.id }, o.results) ?? at({ level: 'indicator', ownerId: o.id }, o.indicators)
      ?? o.results.reduce<Place | null>((p, r) => p ?? at({ level: 'indicator', ownerId: r.id }, r.indicators), null);
    if (hit) return hit;
  }
  return null;
}

const withIndicators = <T extends Owner>(owner: T, edit: (l: Indicator[]) => Indicator[]): T => {
  const indicators = edit(owner.indicators);
  return indicators === owner.indicators ? owner : { ...owner, indicators };
};

/** The framework with one list changed by `edit` (the same framework when the list stays the same). */
export function withList(fw: ResultsFramework, ref: ListRef, edit: <T extends Item>(list: T[]) => T[]): ResultsFramework {
  if (ref.level === 'objective') {
    const projectObjectives = edit(fw.projectObjectives);
    return projectObjectives === fw.projectObjectives ? fw : { ...fw, projectObjectives };
  }
  if (ref.level === 'indicator' && ref.ownerId === OVERALL) {
    const overallObjective = withIndicators(fw.overallObjective, edit);
    return overallObjective === fw.overallObjective ? fw : { ...fw, overallObjective };
  }
  const objectives = fw.projectObjectives.map((o) => {
    if (ref.level === 'result') {
      if (o.id !== ref.objectiveId) return o;
      const results = edit(o.results);
      return results === o.results ? o : { ...o, results };
    }
    const own = o.id === ref.ownerId ? withIndicators(o, edit) : o;
    const results = own.results.map((r) => (r.id === ref.ownerId ? withIndicators(r, edit) : r));
    return results.every((r, k) => r === own.results[k]) ? own : { ...own, results };
  });
  return objectives.every((o, k) => o === fw.projectObjectives[k]) ? fw : { ...fw, projectObjectives: objectives };
}

/** The framework with `item` at position `at` of a list (the same framework when it is there already). */
export function insertedAt(fw: ResultsFramework, ref: ListRef, at: number, item: Item): ResultsFramework {
  return withList(fw, ref, (list) => restoredAt(list, item as (typeof list)[number], at));
}

/** The framework without item `id` (objectives take their results and indicators along). */
export function removed(fw: ResultsFramework, id: string): ResultsFramework {
  const place = placeOf(fw, id);
  return place ? withList(fw, place.ref, (list) => list.filter((x) => x.id !== id)) : fw;
}

/** The framework with item `id` swapped with its neighbour `step` away in its own list (the same at either end). */
export function moved(fw: ResultsFramework, id: string, step: number): ResultsFramework {
  const place = placeOf(fw, id);
  return place ? withList(fw, place.ref, (list) => swapped(list, place.index, step)) : fw;
}

/** The framework with item `id` moved to position `to` of its own list (a drop; the same when it is there or out of reach). */
export function movedTo(fw: ResultsFramework, id: string, to: number): ResultsFramework {
  const place = placeOf(fw, id);
  if (!place || to === place.index || to < 0 || to >= place.count) return fw;
  return withList(fw, place.ref, (list) => {
    const next = list.filter((x) => x.id !== id);
    next.splice(to, 0, list[place.index]!);
    return next;
  });
}

const sameValue = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null
  && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => (b as Record<string, unknown>)[k] === v));

/** The framework with fields of item `id` changed; the overall objective is `OVERALL`. */
export function patched<T extends Item | Owner>(fw: ResultsFramework, id: string, patch: Partial<T>): ResultsFramework {
  if (id === OVERALL) {
    const o = fw.overallObjective;
    if ((Object.keys(patch) as Array<keyof Owner>).every((k) => sameValue(o[k], (patch as Partial<Owner>)[k]))) return fw;
    return { ...fw, overallObjective: { ...o, ...patch } };
  }
  const place = placeOf(fw, id);
  return place ? withList(fw, place.ref, (list) => patchedById(list, id, patch as Partial<(typeof list)[number]>, sameValue)) : fw;
}

/** Whether the matrix holds anything at all (a text, an indicator, an objective). */
export function frameworkStarted(fw: ResultsFramework): boolean {
  const o = fw.overallObjective;
  return fw.projectObjectives.length > 0 || o.indicators.length > 0 || [o.text, o.note, o.assumptions].some((s) => s.trim() !== '');
}

const measured = (i: Indicator) => i.text.trim() !== '' && i.baseline.value.trim() !== '' && i.target.value.trim() !== '' && i.verification.trim() !== '';

/**
 * Complete as LFA asks: an overall objective, and every project objective broken down into
 * results, each measured by an indicator with a baseline, a target and a means of verification.
 */
export function frameworkComplete(fw: ResultsFramework): boolean {
  return fw.overallObjective.text.trim() !== '' && fw.projectObjectives.length > 0 && fw.projectObjectives.every((o) =>
    o.text.trim() !== '' && o.results.length > 0 && o.results.every((r) => r.text.trim() !== '' && r.indicators.some(measured)));
}
