import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResultsFramework } from '../../../core/draft/framework';
import { planNumbers } from '../../../core/draft/framework-numbers';
import {
  OVERALL, emptyIndicator, emptyObjective, emptyResult, frameworkComplete, frameworkStarted, insertedAt, listOf, moved, movedTo, patched, placeOf, removed,
} from '../../../renderer/cards/results-edits';

const ind = (id: string, o: Partial<ReturnType<typeof emptyIndicator>> = {}) => ({ ...emptyIndicator(id), ...o });
const measured = (id: string) => ind(id, { text: 'Andel hushåll som sorterar', baseline: { value: '5 %', year: 2025 }, target: { value: '40 %', date: '2028-06-30' }, verification: 'Enkät' });

function sample(): ResultsFramework {
  return {
    overallObjective: { text: 'Renare stad', note: '', assumptions: '', indicators: [ind('io')] },
    projectObjectives: [
      { ...emptyObjective('o1'), text: 'Fungerande källsortering', indicators: [ind('i1')], results: [
        { ...emptyResult('r1'), text: 'Hushåll sorterar', indicators: [ind('i2'), ind('i3')] },
        { ...emptyResult('r2'), text: 'Marknadsrådet samlar in', indicators: [] },
      ] },
      { ...emptyObjective('o2'), text: 'Kunnig personal', results: [{ ...emptyResult('r3'), indicators: [ind('i4')] }] },
    ],
  };
}

const numbers = (fw: ResultsFramework) => Object.fromEntries(planNumbers(fw, []).of);

describe('results matrix edits', () => {
  it('finds where each item sits: its list, position and count', () => {
    const fw = sample();
    expect(placeOf(fw, 'o2')).toEqual({ ref: { level: 'objective' }, index: 1, count: 2 });
    expect(placeOf(fw, 'r2')).toEqual({ ref: { level: 'result', objectiveId: 'o1' }, index: 1, count: 2 });
    expect(placeOf(fw, 'i3')).toEqual({ ref: { level: 'indicator', ownerId: 'r1' }, index: 1, count: 2 });
    expect(placeOf(fw, 'io')).toEqual({ ref: { level: 'indicator', ownerId: OVERALL }, index: 0, count: 1 });
    expect(placeOf(fw, 'gone')).toBeNull();
  });

  it('moves a result within its objective and the numbers follow; at either end nothing changes', () => {
    const fw = sample();
    const next = moved(fw, 'r1', 1);
    expect(next.projectObjectives[0]!.results.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(numbers(next)).toMatchObject({ r2: '1.1', r1: '1.2', i2: '1.2 a', i3: '1.2 b' });
    expect(next.projectObjectives[1]).toBe(fw.projectObjectives[1]);
    expect(moved(fw, 'r2', 1)).toBe(fw);
    expect(moved(fw, 'o1', -1)).toBe(fw);
    expect(moved(fw, 'gone', 1)).toBe(fw);
  });

  it('moves an item to a position of its own list (a drop), and nowhere else', () => {
    const fw = { ...sample(), projectObjectives: [...sample().projectObjectives, { ...emptyObjective('o3') }] };
    expect(movedTo(fw, 'o1', 2).projectObjectives.map((o) => o.id)).toEqual(['o2', 'o3', 'o1']);
    expect(movedTo(fw, 'o3', 0).projectObjectives.map((o) => o.id)).toEqual(['o3', 'o1', 'o2']);
    expect(movedTo(fw, 'o1', 0)).toBe(fw);
    expect(movedTo(fw, 'o1', 3)).toBe(fw);
  });

  it('moves indicators and objectives within their own level only', () => {
    const fw = sample();
    expect(listOf(moved(fw, 'i3', -1), { level: 'indicator', ownerId: 'r1' }).map((x) => x.id)).toEqual(['i3', 'i2']);
    const swappedObjectives = moved(fw, 'o2', -1);
    expect(numbers(swappedObjectives)).toMatchObject({ o2: '1', r3: '1.1', i4: '1.1 a', o1: '2', r1: '2.1', i2: '2.1 a' });
  });

  it('removes an objective with its results and indicators, and inserting it back restores the matrix', () => {
    const fw = sample();
    const without = removed(fw, 'o1');
    expect(placeOf(without, 'r1')).toBeNull();
    expect(placeOf(without, 'i2')).toBeNull();
    expect(insertedAt(without, { level: 'objective' }, 0, fw.projectObjectives[0]!)).toEqual(fw);
    expect(removed(fw, 'gone')).toBe(fw);
  });

  it('adds new items at a position of any list, and not twice', () => {
    const fw = sample();
    const withResult = insertedAt(fw, { level: 'result', objectiveId: 'o2' }, 0, emptyResult('r9'));
    expect(numbers(withResult)).toMatchObject({ r9: '2.1', r3: '2.2' });
    expect(insertedAt(withResult, { level: 'result', objectiveId: 'o2' }, 1, emptyResult('r9'))).toBe(withResult);
    const withIndicator = insertedAt(fw, { level: 'indicator', ownerId: OVERALL }, 1, ind('ix'));
    expect(numbers(withIndicator)).toMatchObject({ io: 'a', ix: 'b' });
    // A list whose parent is gone takes nothing.
    expect(insertedAt(fw, { level: 'indicator', ownerId: 'gone' }, 0, ind('iy'))).toBe(fw);
  });

  it('patches any level’s fields, giving back the same framework when nothing changes', () => {
    const fw = sample();
    const next = patched(fw, 'i3', { baseline: { value: '5 %', year: 2025 } });
    expect(listOf(next, { level: 'indicator', ownerId: 'r1' })[1]).toMatchObject({ baseline: { value: '5 %', year: 2025 } });
    expect(patched(next, 'i3', { baseline: { value: '5 %', year: 2025 } })).toBe(next);
    expect(patched(fw, OVERALL, { text: 'Renare stad' })).toBe(fw);
    expect(patched(fw, OVERALL, { assumptions: 'Stabilt styre' }).overallObjective.assumptions).toBe('Stabilt styre');
    expect(patched(fw, 'o2', { text: 'Utbildad personal' }).projectObjectives[1]!.text).toBe('Utbildad personal');
    expect(patched(fw, 'gone', { text: 'x' })).toBe(fw);
  });

  it('moving an item there and back, or removing and restoring it, leaves the matrix as it was', () => {
    const fw = sample();
    const ids = ['o1', 'o2', 'r1', 'r2', 'r3', 'i1', 'i2', 'i3', 'i4', 'io'];
    fc.assert(fc.property(fc.constantFrom(...ids), fc.constantFrom(-1, 1), (id, step) => {
      const there = moved(fw, id, step);
      if (there !== fw) expect(moved(there, id, -step)).toEqual(fw);
      const place = placeOf(fw, id)!;
      const item = listOf(fw, place.ref)[place.index]!;
      expect(insertedAt(removed(fw, id), place.ref, place.index, item)).toEqual(fw);
    }));
  });

  it('tells an empty, a started and a complete matrix apart', () => {
    const empty: ResultsFramework = { overallObjective: { text: '', note: '', assumptions: '', indicators: [] }, projectObjectives: [] };
    expect(frameworkStarted(empty)).toBe(false);
    expect(frameworkStarted({ ...empty, overallObjective: { ...empty.overallObjective, note: 'utkast' } })).toBe(true);
    expect(frameworkComplete(sample())).toBe(false);
    const complete: ResultsFramework = {
      overallObjective: { ...empty.overallObjective, text: 'Renare stad' },
      projectObjectives: [{ ...emptyObjective('o1'), text: 'Källsortering', results: [{ ...emptyResult('r1'), text: 'Hushåll sorterar', indicators: [measured('i1')] }] }],
    };
    expect(frameworkComplete(complete)).toBe(true);
    // A result whose indicator lacks its means of verification is not done yet.
    expect(frameworkComplete(patched(complete, 'i1', { verification: '' }))).toBe(false);
    expect(frameworkComplete(insertedAt(complete, { level: 'objective' }, 1, { ...emptyObjective('o2'), text: 'Utan resultat' }))).toBe(false);
  });
});
