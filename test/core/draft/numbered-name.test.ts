import { describe, expect, it } from 'vitest';
import { numberedName } from '../../../core/draft/numbered-name';

describe('the name "keep both" gives the copy', () => {
  it.each([
    ['Ansökan.kpdraft', 1, 'Ansökan (2).kpdraft'],
    ['Ansökan.kpdraft', 3, 'Ansökan (4).kpdraft'],
    ['Ansökan (2).kpdraft', 1, 'Ansökan (3).kpdraft'],
    ['Budget (2026).KPDRAFT', 1, 'Budget (2026) (2).KPDRAFT'],
    ['Plan (A).kpdraft', 1, 'Plan (A) (2).kpdraft'],
  ])('%s, copy %i → %s', (name, k, expected) => {
    expect(numberedName(name, k)).toBe(expected);
  });
});
