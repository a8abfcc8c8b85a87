import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Agenda2030 } from '../../../core/draft/framework';
import { isTarget, SDG_GOALS, targetsOf } from '../../../core/draft/sdg-targets';
import type { Draft } from '../../../core/draft/schema';
import { goalsNotChosen, readTargets, targetsText, withGoal, withGoals, withTargets } from '../../../renderer/cards/sdg-choices';
import { blankDraft } from './blank-draft';

const withAgenda = (goals: number[], targets: string[] = []): Draft => ({ ...blankDraft(), agenda2030: { goals, targets } });

describe('the Agenda 2030 targets', () => {
  it('are the 169 of the resolution, numbered and lettered, each a valid draft value', () => {
    const all = SDG_GOALS.flatMap(targetsOf);
    expect(all).toHaveLength(169);
    expect(targetsOf(5)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.a', '5.b', '5.c']);
    expect(targetsOf(17).at(-1)).toBe('17.19');
    expect(isTarget('3.d')).toBe(true);
    expect(all.every((t) => Agenda2030.shape.targets.element.safeParse(t).success)).toBe(true);
    expect(['5.9', '17.a', '18.1', '5.05', '0.1', '16.B'].filter(isTarget)).toEqual([]);
  });

  it('are read from typed text: commas, semicolons or spaces between, capitals allowed, each once; what is no target is kept as typed', () => {
    expect(readTargets('5.5, 16.b')).toEqual({ targets: ['5.5', '16.b'], bad: [] });
    expect(readTargets(' 16.B;5.5  5.5 ')).toEqual({ targets: ['16.b', '5.5'], bad: [] });
    expect(readTargets('5.5, 5.x, mål 3, 5.9')).toEqual({ targets: ['5.5'], bad: ['5.x', 'mål', '3', '5.9'] });
    expect(readTargets('')).toEqual({ targets: [], bad: [] });
  });

  it('never read anything the draft format would refuse, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      const { targets } = readTargets(text);
      expect(Agenda2030.safeParse({ goals: [], targets }).success).toBe(true);
      expect(readTargets(targetsText(targets)).targets).toEqual(targets);
    }));
  });
});

describe('choosing goals', () => {
  it('ticks in goal order, unticks keeping the targets, and gives back the same draft when nothing changes', () => {
    const d = withAgenda([5], ['5.5', '16.b']);
    expect(withGoal(d, 3, true).agenda2030.goals).toEqual([3, 5]);
    expect(withGoal(d, 5, true)).toBe(d);
    expect(withGoal(d, 5, false).agenda2030).toEqual({ goals: [], targets: ['5.5', '16.b'] });
    expect(withGoal(d, 7, false)).toBe(d);
    expect(withGoals(d, [16, 11]).agenda2030.goals).toEqual([5, 11, 16]);
    expect(withTargets(d, ['5.5', '16.b'])).toBe(d);
    expect(withTargets(d, ['5.5']).agenda2030.targets).toEqual(['5.5']);
    expect(goalsNotChosen(['5.5', '16.b', '16.1', '3.d'], [5])).toEqual([3, 16]);
  });
});
