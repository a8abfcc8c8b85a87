import { describe, expect, it } from 'vitest';
import type { Draft, Partner } from '../../../core/draft/schema';
import { newPartner } from '../../../core/draft/new-draft';
import { mapSides } from '../../../core/reuse/sides';
import { freshId, reuseBudgetLines, reuseTeamMembers, UnmappedSide, latestReuse } from '../../../core/reuse/insert';
import { blankDraft } from '../../renderer/cards/blank-draft';

const partner = (id: string, organisation: string, country: string, role: Partner['role'] = 'partner') => newPartner({ id, organisation, country, role });

function earlier(): Draft {
  const d = blankDraft();
  return {
    ...d,
    title: 'Delaktighet i Mombasa 2024',
    modifiedAt: '2024-05-02T10:00:00.000Z',
    partners: [partner('p-mombasa', 'Mombasa County', 'KE'), partner('p-bitola', 'Bitola kommun', 'MK'), partner('p-nowhere', 'Okänd', '')],
    team: [
      { id: 'm1', name: 'Anna Berg', role: 'Samordnare', side: 'swedish', kind: 'civil_servant', politicalSide: null, coordinator: true, icldContact: true, projectManager: false },
      { id: 'm2', name: 'Grace Otieno', role: 'Projektledare', side: 'p-mombasa', kind: 'civil_servant', politicalSide: null, coordinator: false, icldContact: false, projectManager: true },
    ],
    budget: [
      { id: 'b1', category: 'international_travel', side: 'swedish', year: 1, amountOre: 4_500_000, description: 'Resa till Mombasa', activityId: 'a-old' },
      { id: 'b2', category: 'local_costs', side: 'p-mombasa', year: 1, amountOre: 1_200_000, description: 'Workshop', activityId: null },
      { id: 'b3', category: 'local_costs', side: 'p-nowhere', year: 2, amountOre: 100_000, description: 'Lokalhyra', activityId: null },
    ],
  };
}

const source = () => ({ file: '/drafts/mombasa-2024.kpdraft', draft: earlier() });
let n = 0;
const ctx = () => ({ now: new Date('2026-12-03T12:00:00Z'), newId: () => `new-${++n}` });

describe('mapping the sides of an earlier draft onto the open one', () => {
  it('keeps the applicant, finds partners by organisation or else by a country only one partner has, and leaves the rest to ask', () => {
    const open = { ...blankDraft(), partners: [partner('q1', 'MOMBASA  county', 'KE'), partner('q2', 'Skopje kommun', 'MK'), partner('q3', 'Ohrid kommun', 'MK')] };
    expect(mapSides(earlier(), open, ['swedish', 'p-mombasa', 'p-bitola', 'p-nowhere', 'gone'])).toEqual({
      swedish: 'swedish', 'p-mombasa': 'q1', 'p-bitola': null, 'p-nowhere': null, gone: null,
    });
    const oneMacedonian = { ...open, partners: [partner('q2', 'Skopje kommun', 'MK')] };
    expect(mapSides(earlier(), oneMacedonian, ['p-bitola', 'p-mombasa'])).toEqual({ 'p-bitola': 'q2', 'p-mombasa': null });
  });
});

describe('inserting team members and budget lines from an earlier draft', () => {
  it('adds the chosen members with new ids and mapped sides, and records where they came from', () => {
    const open = { ...blankDraft(), partners: [partner('q1', 'Mombasa County', 'KE')] };
    const c = ctx();
    const next = reuseTeamMembers(open, source(), ['m2'], { 'p-mombasa': 'q1' }, c);
    expect(next.team).toEqual([{ ...earlier().team[1]!, id: next.team[0]!.id, side: 'q1' }]);
    expect(next.team[0]!.id).not.toBe('m2');
    expect(next.reused).toEqual([{ id: next.reused[0]!.id, part: 'team', ids: [next.team[0]!.id], sourceFile: '/drafts/mombasa-2024.kpdraft',
      sourceTitle: 'Delaktighet i Mombasa 2024', sourceModifiedAt: '2024-05-02T10:00:00.000Z', reusedAt: '2026-12-03T12:00:00.000Z' }]);
    expect(latestReuse(next, 'team')).toBe(next.reused[0]);
    expect(latestReuse(next, 'budget')).toBeNull();
  });

  it('gives budget lines ids no line of the open draft has, drops their activity, and refuses a side left unmapped', () => {
    const open = { ...blankDraft(), budget: [{ ...earlier().budget[0]!, id: 'new-taken' }] };
    let k = 0;
    const ids = ['new-taken', 'new-taken', 'fresh-1', 'fresh-2'];
    const c = { now: new Date('2026-12-03T12:00:00Z'), newId: () => ids[k++]! };
    const next = reuseBudgetLines(open, source(), ['b1', 'b2'], { swedish: 'swedish', 'p-mombasa': 'swedish' }, c);
    expect(next.budget.map((l) => [l.id, l.side, l.activityId, l.description])).toEqual([
      ['new-taken', 'swedish', 'a-old', 'Resa till Mombasa'],
      ['fresh-1', 'swedish', null, 'Resa till Mombasa'],
      ['fresh-2', 'swedish', null, 'Workshop'],
    ]);
    expect(next.reused.map((r) => [r.part, r.ids])).toEqual([['budget', ['fresh-1', 'fresh-2']]]);
    expect(() => reuseBudgetLines(open, source(), ['b3'], { 'p-nowhere': null }, ctx())).toThrow(UnmappedSide);
  });

  it('changes nothing when nothing was chosen', () => {
    const open = blankDraft();
    expect(reuseTeamMembers(open, source(), [], {}, ctx())).toBe(open);
  });

  it('never hands out an id twice, even when the generator repeats itself', () => {
    const taken = new Set(['a']);
    const gen = ['a', 'b', 'b', 'c'];
    let i = 0;
    const next = () => gen[i++]!;
    expect([freshId(taken, next), freshId(taken, next)]).toEqual(['b', 'c']);
  });
});
