import { describe, expect, it } from 'vitest';
import { isKeptSuggestion, keptSuggestionId } from '../../../core/review/kept-suggestion';
import { mergeReview } from '../../../core/review/merge-review';
import { projectText } from '../../../core/review/plain-text';
import { suggestionConflicts } from '../../../core/review/suggestion-conflicts';
import { currentText } from '../../../core/review/text-anchor';
import { acceptAll, rejectAll, suggestionIds } from '../../../core/review/suggestions';
import { authorsDraft, karinsCopy, lenasCopy, omarsCopy, sentDraft } from './suggestion-copies';

const text = (v: Parameters<typeof projectText>[0]) => projectText(v).text;

describe('merging suggestions from reviewers’ copies', () => {
  it("puts a reviewer's suggestions on the words they were made on", () => {
    const merged = mergeReview(sentDraft(), [karinsCopy()]);
    expect(merged.sections).toEqual(karinsCopy().sections);
    expect(merged.report.suggestions).toMatchObject({ added: 2, alreadyPresent: 0, conflicting: 0, orphaned: 0 });
  });

  it('merges three copies with overlapping suggestions: both kept, conflicts shown, orphans kept as comments', () => {
    const draft = authorsDraft();
    const merged = mergeReview(draft, [karinsCopy(), omarsCopy(), lenasCopy()]);
    expect(merged.report.suggestions).toMatchObject({ added: 4, alreadyPresent: 2, conflicting: 2, orphaned: 1 });
    expect(merged.report.comments).toMatchObject({ added: 2, alreadyPresent: 1, orphaned: 1 });
    const summary = merged.sections.summary!;
    expect(text(summary)).toBe('Projektet stärker ungas delaktighet och inflytande och makt i den kommunala budgetprocessen i Mombasa och Uppsala.');
    expect(suggestionIds(summary)).toEqual(['s-1', 'l-1', 's-2']);
    expect(text(acceptAll(merged.sections.activities!))).toContain('Två workshoppar per år, digitalt och på plats, ett utbytesbesök');
    // The author's text is untouched by every suggestion.
    for (const id of Object.keys(draft.sections)) expect(rejectAll(merged.sections[id]!)).toEqual(rejectAll(draft.sections[id]!));
    const result = { ...draft, sections: merged.sections, annotations: merged.annotations };
    expect(new Set(suggestionConflicts(result))).toEqual(new Set(['s-1', 'l-1', 's-2', 'o-1']));
    // Omar's deletion falls on words Karin struck: kept as his comment on them.
    const o1 = merged.annotations.find((a) => a.id === keptSuggestionId('o-1'))!;
    expect(o1).toMatchObject({ author: { name: 'Omar Said' }, body: 'Föreslår att ”i Mombasa och Uppsala” stryks.', anchor: { quote: { exact: ' i Mombasa och Uppsala' } } });
    expect(o1.anchor).not.toHaveProperty('detached');
    // Lena's deletion lost its words: an orphan comment that keeps the quote.
    const l2 = merged.annotations.find((a) => a.id === keptSuggestionId('l-2'))!;
    expect(isKeptSuggestion(l2)).toBe(true);
    expect(l2.anchor).toMatchObject({ detached: true, quote: { exact: ' – ungdomsrådet i Likoni' } });
    expect(merged.report.suggestions.orphans).toEqual([{ id: 'l-2', reason: 'quote-not-found' }]);
    // Comments stay on their words while suggested text is added around them.
    const om1 = merged.annotations.find((a) => a.id === 'om-1')!;
    expect(om1.anchor.kind === 'text' && currentText(merged.sections.activities!, om1.anchor)).toBe('Två workshoppar per år');
    expect(o1.anchor.kind === 'text' && currentText(summary, o1.anchor)).toBe(' i Mombasa och Uppsala');
  });

  it('merging the same copies again adds nothing', () => {
    const draft = authorsDraft();
    const copies = [karinsCopy(), omarsCopy(), lenasCopy()];
    const once = mergeReview(draft, copies);
    const again = mergeReview({ ...draft, sections: once.sections, annotations: once.annotations }, copies);
    expect(again.report.suggestions).toMatchObject({ added: 0, alreadyPresent: 6, conflicting: 0, orphaned: 0 });
    expect(again.sections).toEqual(once.sections);
    expect(again.annotations).toEqual(once.annotations);
  });
});
