import { describe, expect, it } from 'vitest';
import { formatCount, levelChange, limitLevel, type LimitLevel } from '../../../renderer/layout/word-limit-level';

describe('word counter level', () => {
  it('turns amber at 90 % of the limit and red past it', () => {
    expect([0, 449, 450, 500, 501].map((n) => limitLevel(n, 500))).toEqual(['ok', 'ok', 'near', 'near', 'over']);
    expect(limitLevel(10_000, null)).toBe('ok');
  });

  it('announces reaching 90 %, passing the limit and getting back under it, and nothing else', () => {
    const counts = [100, 440, 450, 470, 499, 501, 530, 502, 500, 495, 300, 460];
    const said: Array<string | null> = [];
    let prev: LimitLevel = limitLevel(counts[0]!, 500);
    for (const n of counts.slice(1)) {
      const next = limitLevel(n, 500);
      said.push(levelChange(prev, next));
      prev = next;
    }
    expect(said).toEqual([null, 'near', null, null, 'over', null, null, 'under', null, null, 'near']);
    // Jumping over the 90 % band (a paste) still says it passed the limit; falling below it is "under".
    expect(levelChange('ok', 'over')).toBe('over');
    expect(levelChange('over', 'ok')).toBe('under');
  });

  it('writes counts the way the UI language does', () => {
    expect(formatCount(2140, 'sv')).toBe('2\u00a0140');
    expect(formatCount(2140, 'en')).toBe('2,140');
    expect(formatCount(312, 'sv')).toBe('312');
  });
});
