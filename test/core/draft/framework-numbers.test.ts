import { describe, expect, it } from 'vitest';
import { emptyPlan, type Activity, type ExpectedResult, type ResultsFramework } from '../../../core/draft/framework';
import { indicatorLetter, planNumbers } from '../../../core/draft/framework-numbers';

const indicator = (id: string) => ({ id, text: id, unit: '', baseline: { value: '', year: null }, target: { value: '', date: null }, verification: '', collectedBy: '' });
const result = (id: string, indicators: string[] = []): ExpectedResult => ({ id, text: id, note: '', assumptions: '', indicators: indicators.map(indicator) });
const activity = (id: string, resultIds: string[]): Activity => ({ id, title: id, description: '', resultIds, startMonth: null, endMonth: null, place: null, parties: [], kind: null, participants: null });

function framework(): ResultsFramework {
  const f = emptyPlan().framework;
  f.overallObjective.indicators = [indicator('oo-i')];
  f.projectObjectives = [
    { id: 'p1', text: '', note: '', assumptions: '', indicators: [indicator('p1-i')], results: [result('r1', ['r1-a', 'r1-b']), result('r2')] },
    { id: 'p2', text: '', note: '', assumptions: '', indicators: [], results: [result('r3', ['r3-a'])] },
  ];
  return f;
}

describe('numbers of the plan', () => {
  it('follow the position: objectives 1, results 1.1, indicators by letter, activities under their first result', () => {
    const { of, activity: ofActivity } = planNumbers(framework(), [activity('a1', ['r2']), activity('a2', []), activity('a3', ['r2', 'r1']), activity('a4', ['gone']), activity('a5', ['r3'])]);
    expect(Object.fromEntries(of)).toEqual({
      'oo-i': 'a', p1: '1', 'p1-i': '1 a', r1: '1.1', 'r1-a': '1.1 a', 'r1-b': '1.1 b', r2: '1.2', p2: '2', r3: '2.1', 'r3-a': '2.1 a',
    });
    expect(Object.fromEntries(ofActivity)).toEqual({ a1: '1.2.1', a2: 'A1', a3: '1.2.2', a4: 'A2', a5: '2.1.1' });
  });

  it('keep a result\'s number when an activity has the same id (a merged or hand-edited file)', () => {
    const { of, activity: ofActivity } = planNumbers(framework(), [activity('r1', [])]);
    expect([of.get('r1'), ofActivity.get('r1')]).toEqual(['1.1', 'A1']);
  });

  it('move with a result: swapping two results swaps their numbers and their activities\'', () => {
    const f = framework();
    const [r1, r2] = f.projectObjectives[0]!.results;
    f.projectObjectives[0]!.results = [r2!, r1!];
    const { of, activity: ofActivity } = planNumbers(f, [activity('a1', ['r1'])]);
    expect([of.get('r2'), of.get('r1'), of.get('r1-b'), ofActivity.get('a1')]).toEqual(['1.1', '1.2', '1.2 b', '1.2.1']);
  });

  it('letter indicators past z as aa, ab …', () => {
    expect([0, 25, 26, 27, 51, 52].map(indicatorLetter)).toEqual(['a', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});
