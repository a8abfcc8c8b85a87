import { describe, expect, it } from 'vitest';
import type { Author } from '../../../core/draft/annotation';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { suggestJoin, suggestSplit } from '../../../core/review/block-edits';
import { keptBreakId, keptSuggestionId } from '../../../core/review/kept-suggestion';
import { mergeReview } from '../../../core/review/merge-review';
import { draftSuggestionIds } from '../../../core/review/merge-suggestions';
import { projectText } from '../../../core/review/plain-text';
import { suggestInsert } from '../../../core/review/suggest-edits';
import { suggestionConflicts } from '../../../core/review/suggestion-conflicts';
import { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion, suggestionIds } from '../../../core/review/suggestions';
import { currentText } from '../../../core/review/text-anchor';
import { commentOn, lena, omar } from './suggestion-copies';
import { draftWith, para } from './helpers';

/**
 * A reviewer's new paragraph (or proposed join) reaches the author's draft as the same suggested
 * break, found by its context in the author's text as it is now.
 */

const first = 'Unga i Mombasa och Uppsala påverkar budgeten. Ungdomsrådet leder arbetet i båda städerna.';
const second = 'Projektet pågår i tre år och följs upp varje termin.';
const sent = () => draftWith({ summary: [para(first), para(second)] });
const meta = (id: string, author: Author, minute: number) => ({ id, author, createdAt: new Date(Date.UTC(2026, 10, 22, 15, minute)).toISOString() });
const text = (v: RichText) => projectText(v).text;
const withSummary = (d: Draft, summary: RichText): Draft => ({ ...d, sections: { ...d.sections, summary } });

/** A reviewer presses Enter after `after` and types `words` at the start of the new paragraph, as one suggestion. */
function newParagraph(d: Draft, after: string, words: string, m: ReturnType<typeof meta>): Draft {
  const v = d.sections.summary!;
  const offset = text([v[0]!]).indexOf(after) + after.length;
  const split = suggestSplit(v, { block: 0, offset }, m);
  return withSummary(d, words ? suggestInsert(split, { block: 1, offset: 0 }, words, m) : split);
}

describe('merging suggested paragraph breaks', () => {
  it('makes a reviewer’s new paragraph and its words one suggestion in the draft, accepted or rejected together', () => {
    const copy = newParagraph(sent(), 'budgeten. ', 'Det är nytt. ', meta('l-br', lena, 0));
    // The author went on writing elsewhere, and commented on the words after the break.
    let draft = withSummary(sent(), [para(`Inledning. ${first}`), para(second)]);
    draft = commentOn(draft, 'summary', 'Ungdomsrådet leder', omar, 'c-1', '2026-11-23T08:00:00.000Z', 'Vilket råd?');
    const merged = mergeReview(draft, [copy]);
    const summary = merged.sections.summary!;
    expect(merged.report.suggestions).toMatchObject({ added: 2, alreadyPresent: 0, conflicting: 0, orphaned: 0 });
    expect(suggestionIds(summary)).toEqual(['l-br']);
    expect(summary.map((b) => text([b]))).toEqual(['Inledning. Unga i Mombasa och Uppsala påverkar budgeten. ', 'Det är nytt. Ungdomsrådet leder arbetet i båda städerna.', second]);
    expect(summary[1]).toMatchObject({ suggestion: { id: 'l-br', kind: 'insert', author: lena } });
    expect(merged.annotations.some((a) => a.id === keptBreakId('l-br'))).toBe(false);
    const comment = merged.annotations.find((a) => a.id === 'c-1')!;
    expect(comment.anchor.kind === 'text' && currentText(summary, comment.anchor)).toBe('Ungdomsrådet leder');

    const accepted = acceptSuggestion(summary, 'l-br');
    expect(accepted.map((b) => text([b]))).toEqual(['Inledning. Unga i Mombasa och Uppsala påverkar budgeten. ', 'Det är nytt. Ungdomsrådet leder arbetet i båda städerna.', second]);
    expect(suggestionIds(accepted)).toEqual([]);
    expect(rejectSuggestion(summary, 'l-br')).toEqual(draft.sections.summary);
  });

  it('gives the reviewer’s text back when the draft is the one sent, and adds nothing when merged again', () => {
    const copy = newParagraph(sent(), 'budgeten. ', 'Det är nytt.', meta('l-br', lena, 0));
    const merged = mergeReview(sent(), [copy]);
    expect(merged.sections.summary).toEqual(copy.sections.summary);
    expect(acceptAll(merged.sections.summary!)).toEqual(acceptAll(copy.sections.summary!));
    const again = mergeReview({ ...sent(), sections: merged.sections, annotations: merged.annotations }, [copy]);
    expect(again.report.suggestions).toMatchObject({ added: 0, alreadyPresent: 2 });
    expect(again.sections).toEqual(merged.sections);
  });

  it('merges a proposed join as a mark on the paragraph that would be joined', () => {
    const copy = withSummary(sent(), suggestJoin(sent().sections.summary!, 1, meta('o-j', omar, 1), () => false));
    const draft = withSummary(sent(), [para(first), para(second), para('Ett nytt stycke av författaren.')]);
    const merged = mergeReview(draft, [copy]);
    const summary = merged.sections.summary!;
    expect(merged.report.suggestions).toMatchObject({ added: 1, conflicting: 0, orphaned: 0 });
    expect(summary[1]).toMatchObject({ suggestion: { id: 'o-j', kind: 'delete', author: omar } });
    expect(text([acceptAll(summary)[0]!])).toBe(first + second);
    expect(rejectAll(summary)).toEqual(draft.sections.summary);
  });

  it('keeps a break whose place is gone as a comment on the section, its words as suggestions', () => {
    const copy = newParagraph(sent(), 'budgeten. ', 'Det är nytt. ', meta('l-br', lena, 0));
    const draft = withSummary(sent(), [para('Helt omskriven text utan den gamla meningen.'), para(second)]);
    const merged = mergeReview(draft, [copy]);
    // The words lost their place too: an orphan; the break is said on the section.
    expect(merged.report.suggestions).toMatchObject({ added: 2, orphaned: 1, orphans: [{ id: 'l-br', reason: 'quote-not-found' }] });
    const kept = merged.annotations.find((a) => a.id === keptBreakId('l-br'))!;
    expect(kept).toMatchObject({ author: { name: 'Lena Ek' }, anchor: { kind: 'section', sectionId: 'summary' }, resolved: false });
    expect(kept.body).toContain('nytt stycke som börjar ”Det är nytt. Ungdomsrådet leder arbet');
    expect(merged.sections.summary!.some((b) => 'suggestion' in b && b.suggestion)).toBe(false);
    expect(rejectAll(merged.sections.summary!)).toEqual(draft.sections.summary);
  });

  it('places one of two reviewers’ breaks at the same place and keeps the other as a comment, both conflicting', () => {
    const lenas = newParagraph(sent(), 'budgeten.', '', meta('l-br', lena, 0));
    const omars = newParagraph(sent(), 'budgeten.', '', meta('o-br', omar, 5));
    const merged = mergeReview(sent(), [lenas, omars]);
    const summary = merged.sections.summary!;
    expect(merged.report.suggestions).toMatchObject({ added: 2, conflicting: 2, orphaned: 0 });
    expect(summary.map((b) => text([b]))).toEqual(['Unga i Mombasa och Uppsala påverkar budgeten.', ' Ungdomsrådet leder arbetet i båda städerna.', second]);
    expect(summary[1]).toMatchObject({ suggestion: { id: 'l-br' } });
    const kept = merged.annotations.find((a) => a.id === keptBreakId('o-br'))!;
    expect(kept.anchor.kind === 'text' && currentText(summary, kept.anchor)).toBe(' Ungdomsrådet leder arbetet i båda städerna.');
    const result = { ...sent(), sections: merged.sections, annotations: merged.annotations };
    expect(new Set(suggestionConflicts(result))).toEqual(new Set(['l-br:break', 'o-br:break']));
    const again = mergeReview(result, [omars, lenas]);
    expect(again.report.suggestions).toMatchObject({ added: 0, alreadyPresent: 2 });
  });

  it('finds a break an older merge kept as a comment already present', () => {
    const copy = newParagraph(sent(), 'budgeten.', ' Det är nytt.', meta('l-br', lena, 0));
    const kept = { id: keptBreakId('l-br'), author: lena, body: 'Föreslår ett nytt stycke.', createdAt: '2026-11-22T15:00:00.000Z', editedAt: null, anchor: { kind: 'section' as const, sectionId: 'summary' }, resolved: false, replies: [] };
    const words = { ...kept, id: keptSuggestionId('l-br'), body: 'Föreslår att ” Det är nytt.” läggs till.' };
    const older = { ...sent(), annotations: [kept, words] };
    expect(draftSuggestionIds(older)).toEqual(new Set(['l-br', 'l-br:break']));
    const merged = mergeReview(older, [copy]);
    expect(merged.report.suggestions).toMatchObject({ added: 0, alreadyPresent: 2 });
    expect(merged.sections).toEqual(older.sections);
  });

  it('splits inside a reviewer’s own insertion where they pressed Enter in it', () => {
    const m = meta('l-in', lena, 0);
    const v = sent().sections.summary!;
    const at = text([v[0]!]).indexOf('budgeten.') + 'budgeten.'.length;
    let summary = suggestInsert(v, { block: 0, offset: at }, ' Före.', m);
    summary = suggestSplit(summary, { block: 0, offset: at + ' Före.'.length }, m);
    summary = suggestInsert(summary, { block: 1, offset: 0 }, 'Efter.', m);
    const copy = withSummary(sent(), summary);
    const draft = withSummary(sent(), [para(first), para(`${second} Och mer.`)]);
    const merged = mergeReview(draft, [copy]).sections.summary!;
    expect(merged.map((b) => text([b]))).toEqual(['Unga i Mombasa och Uppsala påverkar budgeten. Före.', 'Efter. Ungdomsrådet leder arbetet i båda städerna.', `${second} Och mer.`]);
    expect(rejectSuggestion(merged, 'l-in')).toEqual(draft.sections.summary);
  });

  it('takes the words typed later into a merged new paragraph as new', () => {
    const m = meta('l-br', lena, 0);
    const bare = newParagraph(sent(), 'budgeten. ', '', m);
    const once = mergeReview(sent(), [bare]);
    expect(once.report.suggestions).toMatchObject({ added: 1 });
    const later = withSummary(bare, suggestInsert(bare.sections.summary!, { block: 1, offset: 0 }, 'Det är nytt. ', m));
    const twice = mergeReview({ ...sent(), sections: once.sections, annotations: once.annotations }, [later]);
    expect(twice.report.suggestions).toMatchObject({ added: 1, alreadyPresent: 1 });
    expect(twice.sections.summary).toEqual(later.sections.summary);
  });

  it('keeps a reviewer’s new list item as a comment on the section', () => {
    const list = (items: string[], mark?: ReturnType<typeof meta>): RichText[number] => ({
      type: 'bulleted-list',
      children: items.map((t, i) => ({ type: 'list-item' as const, children: [{ text: t }], ...(i === 1 && mark && { suggestion: { ...mark, kind: 'insert' as const } }) })),
    });
    const draft = withSummary(sent(), [para(first), list(['Mombasa och Uppsala'])]);
    const copy = withSummary(sent(), [para(first), list(['Mombasa', ' och Uppsala'], meta('l-li', lena, 0))]);
    const merged = mergeReview(draft, [copy]);
    expect(merged.report.suggestions).toMatchObject({ added: 1, orphaned: 0 });
    expect(merged.annotations.find((a) => a.id === keptBreakId('l-li'))).toMatchObject({ anchor: { kind: 'section', sectionId: 'summary' } });
    expect(merged.sections.summary).toEqual(draft.sections.summary);
  });
});
