import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/rules';
import { buildView } from '../../../renderer/rules/engine';
import { packWithSummaryLimit, type SummaryLimit } from '../../fixtures/packs/hard-limit';
import { sample, words } from '../../core/rules/helpers';

/** The severity of the summary's over-limit finding with `n` words, or null without one. */
function findingSeverity(o: SummaryLimit, n: number) {
  const pack = packWithSummaryLimit(o);
  const d = { ...sample('icld-kp-2020'), editionId: pack.id };
  d.sections = { ...d.sections, summary: words(n) };
  return checkDraft(d, pack).find((f) => f.ruleId === 'DOC-01' && f.location.kind === 'section' && f.location.sectionId === 'summary')?.severity ?? null;
}

describe('the underline past a word limit', () => {
  it.each<[SummaryLimit, 'error' | 'warning']>([
    [{ limit: 'hard', severity: 'error', confidence: 'S' }, 'error'],
    // A hard limit whose datum is uncertain never gives an error (a rule that is itself uncertain
    // cannot be an error in a pack at all: the pack schema refuses it).
    [{ limit: 'hard', severity: 'error', confidence: 'S', limitConfidence: 'U' }, 'warning'],
    [{ limit: 'hard', severity: 'warning', confidence: 'U', limitConfidence: 'S' }, 'warning'],
    // Nor above the rule's own severity in the edition.
    [{ limit: 'hard', severity: 'warning', confidence: 'S' }, 'warning'],
    [{ limit: 'soft', severity: 'error', confidence: 'S' }, 'warning'],
  ])('%j is marked %s, as its finding is', (o, expected) => {
    const view = buildView(packWithSummaryLimit(o));
    const limit = view.wordLimit('project', 'summary');
    expect(limit).toEqual({ limit: 200, severity: expected });
    expect(findingSeverity(o, 201)).toBe(expected);
    // At the limit there is no finding (and no underline: the editor marks only words past it).
    expect(findingSeverity(o, 200)).toBeNull();
  });
});
