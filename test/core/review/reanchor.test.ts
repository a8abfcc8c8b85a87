import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import { offsetToPoint, projectText } from '../../../core/review/plain-text';
import { itemAnchor, sectionAnchor } from '../../../core/review/field-anchor';
import { findQuote, reanchor, resolveAnchor, retryOrphans } from '../../../core/review/reanchor';
import { buildTextAnchor, currentText, type TextAnchor } from '../../../core/review/text-anchor';
import { annotationOn, draftWith, valueFromText } from './helpers';

const S = 'challenge';

/** A comment on the n-th occurrence (0-based) of a phrase in a text. */
function commentOn(text: string, phrase: string, nth = 0): Annotation {
  const value = valueFromText(text, (line) => [Math.floor(line.length / 3), Math.floor(line.length / 2)]);
  const p = projectText(value);
  let start = -1;
  for (let i = 0; i <= nth; i++) start = p.text.indexOf(phrase, start + 1);
  const r = buildTextAnchor(value, S, {
    anchor: offsetToPoint(p, start, 'forward')!,
    focus: offsetToPoint(p, start + phrase.length, 'backward')!,
  });
  if (!r.ok) throw new Error(r.error.message);
  return annotationOn(r.value);
}

function placedText(text: string, a: Annotation) {
  const draft = draftWith({ [S]: valueFromText(text, () => [5, 17]) });
  const result = reanchor(a, draft);
  const anchor = result.annotation.anchor as TextAnchor;
  const p = projectText(draft.sections[S]!);
  return { result, covered: result.status === 'placed' ? currentText(draft.sections[S]!, anchor) : null, p };
}

const original =
  'Uppsala kommun vill stärka medborgarnas delaktighet i budgetarbetet.\n' +
  'Mombasa County har liknande mål för delaktighet.\n' +
  'Projektet pågår i tre år och leds av en styrgrupp.';

describe('reanchor', () => {
  it('finds the quote again after the text before it was edited and re-split into other leaves', () => {
    const c = commentOn(original, 'liknande mål');
    const edited = 'Inledning.\n' + original.replace('Uppsala kommun', 'Region Uppsala');
    const r = placedText(edited, c);
    expect(r.result.status).toBe('placed');
    expect(r.covered).toBe('liknande mål');
    expect(r.result.status === 'placed' && r.result.moved).toBe(true);
  });

  it('tells a repeated phrase apart by its context', () => {
    const second = commentOn(original, 'delaktighet', 1);
    expect(placedText('Ny första rad.\n' + original, second).p.text).toContain('delaktighet');
    const r = placedText('Ny första rad.\n' + original, second);
    const start = r.p.text.indexOf('delaktighet', r.p.text.indexOf('delaktighet') + 1);
    const anchor = r.result.annotation.anchor as TextAnchor;
    expect(anchor.anchor).toEqual(offsetToPoint(r.p, start, 'forward'));
    const first = commentOn(original, 'delaktighet', 0);
    const r1 = placedText('Ny första rad.\n' + original, first);
    expect((r1.result.annotation.anchor as TextAnchor).anchor).toEqual(offsetToPoint(r1.p, r1.p.text.indexOf('delaktighet'), 'forward'));
  });

  it('with identical contexts, picks the occurrence nearest to where the comment was', () => {
    const line = 'Samma mening om budgeten står här.';
    const text = [line, 'Annat.', line, 'Mer text.', line].join('\n');
    const c = commentOn(text, 'budgeten', 2);
    const r = placedText(text, c);
    const last = r.p.text.lastIndexOf('budgeten');
    expect((r.result.annotation.anchor as TextAnchor).anchor).toEqual(offsetToPoint(r.p, last, 'forward'));
  });

  it('finds a quote that was itself slightly edited, by approximate match', () => {
    const c = commentOn(original, 'medborgarnas delaktighet i budgetarbetet');
    const r = placedText(original.replace('medborgarnas delaktighet', 'invånarnas delaktighet'), c);
    expect(r.result.status).toBe('placed');
    expect(r.covered).toBe('invånarnas delaktighet i budgetarbetet');
  });

  it('prefers the edited quote in its own context over the unedited words elsewhere', () => {
    const text = 'Budgeten är 100 000 kr för resor.\nI fjol var budgeten 100 000 kr totalt.';
    const c = commentOn(text, 'Budgeten är 100 000 kr');
    const r = placedText(text.replace('Budgeten är 100 000 kr', 'Budgeten är 120 000 kr'), c);
    expect(r.covered).toBe('Budgeten är 120 000 kr');
  });

  it('reports an orphan, quote intact and marked detached, when the quote is gone', () => {
    const c = commentOn(original, 'leds av en styrgrupp');
    const r = placedText(original.replace(' och leds av en styrgrupp', ''), c);
    expect(r.result).toMatchObject({ status: 'orphan', reason: 'quote-not-found' });
    const anchor = r.result.annotation.anchor as TextAnchor;
    expect(anchor.detached).toBe(true);
    expect(anchor.quote).toEqual((c.anchor as TextAnchor).quote);
    expect(r.result.annotation.body).toBe(c.body);
  });

  it('reports an orphan when the section is gone', () => {
    const c = commentOn(original, 'styrgrupp');
    expect(reanchor(c, draftWith({ other: valueFromText(original) })).status).toBe('orphan');
  });

  it('does not place a short word elsewhere when its context is gone', () => {
    const c = commentOn('Vi ska resa till Kenya i maj.', 'maj');
    expect(placedText('Helt ny text om maj och juni utan samband.', c).result.status).toBe('orphan');
  });

  it('finds a long paragraph whose middle was rewritten, moved further down', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Mening ${i + 1} beskriver aktivitet nummer ${i + 1} i detalj.`).join(' ');
    const text = `Kort inledning.\n${long}\nSlut.`;
    const c = commentOn(text, long);
    const rewritten = long.replace('Mening 6 beskriver aktivitet nummer 6 i detalj.', 'Här står något helt annat än förut.');
    const r = placedText(`Ny rad.\nEn till.\nKort inledning.\n${rewritten}\nSlut.`, c);
    expect(r.result.status).toBe('placed');
    expect(r.covered).toBe(rewritten);
    expect(placedText('Kort inledning.\nSlut.', c).result.status).toBe('orphan');
  });

  it('places section and field comments when their target exists, else orphans them', () => {
    const draft = draftWith({ [S]: valueFromText(original) });
    draft.budget = [{ id: 'b1', category: 'work_input', side: 'swedish', year: 1, amountOre: 100, description: '', activityId: null }];
    expect(reanchor(annotationOn(sectionAnchor(S)), draft).status).toBe('placed');
    expect(reanchor(annotationOn(sectionAnchor('risks')), draft)).toMatchObject({ status: 'orphan', reason: 'section-missing' });
    expect(reanchor(annotationOn(itemAnchor('budget', 'b1')), draft).status).toBe('placed');
    expect(reanchor(annotationOn(itemAnchor('budget', 'b2')), draft)).toMatchObject({ status: 'orphan', reason: 'field-missing' });
    expect(reanchor(annotationOn({ kind: 'field', field: 'applicant.organisation' }), draft).status).toBe('placed');
    expect(reanchor(annotationOn({ kind: 'field', field: 'applicant.nothing' }), draft).status).toBe('orphan');
  });
});

describe('resolveAnchor (the open draft)', () => {
  it('trusts live points that still hold text', () => {
    const c = commentOn(original, 'styrgrupp');
    const draft = draftWith({ [S]: valueFromText(original, (line) => [Math.floor(line.length / 3), Math.floor(line.length / 2)]) });
    expect(resolveAnchor(c, draft)).toMatchObject({ status: 'placed', moved: false, annotation: c });
  });

  it('re-finds a collapsed comment only when its text is back on that spot (undo)', () => {
    const c = commentOn(original, 'styrgrupp');
    const a = c.anchor as TextAnchor;
    const collapsed = { ...c, anchor: { ...a, focus: a.anchor } };
    const value = valueFromText(original, (line) => [Math.floor(line.length / 3), Math.floor(line.length / 2)]);
    const back = resolveAnchor(collapsed, draftWith({ [S]: value }));
    expect(back.status).toBe('placed');
    expect(currentText(value, back.annotation.anchor as TextAnchor)).toBe('styrgrupp');
    const elsewhere = original.replace('leds av en styrgrupp', 'leds av en grupp') + '\nEn styrgrupp finns.';
    const gone = resolveAnchor(collapsed, draftWith({ [S]: valueFromText(elsewhere, (line) => [Math.floor(line.length / 3), Math.floor(line.length / 2)]) }));
    expect(gone).toMatchObject({ status: 'orphan', reason: 'text-deleted' });
  });

  it('keeps a detached comment an orphan', () => {
    const c = commentOn(original, 'styrgrupp');
    const d = { ...c, anchor: { ...(c.anchor as TextAnchor), detached: true as const } };
    expect(resolveAnchor(d, draftWith({ [S]: valueFromText(original) }))).toMatchObject({ status: 'orphan', reason: 'quote-not-found' });
  });
});

describe('retryOrphans', () => {
  it('places detached comments whose text is back and leaves the others', () => {
    const back = reanchor(commentOn(original, 'styrgrupp'), draftWith({ [S]: valueFromText('Inget här.') })).annotation;
    const gone = reanchor({ ...commentOn(original, 'tre år'), id: 'c2' }, draftWith({ [S]: valueFromText('Inget här.') })).annotation;
    const draft = draftWith({ [S]: valueFromText(original.replace('tre år', 'två år')) }, [back, gone]);
    const r = retryOrphans(draft);
    expect(r.placed).toBe(1);
    expect(r.annotations[0]!.anchor).not.toHaveProperty('detached');
    expect(currentText(draft.sections[S]!, r.annotations[0]!.anchor as TextAnchor)).toBe('styrgrupp');
    expect(r.annotations[1]).toBe(gone);
    expect(retryOrphans({ ...draft, annotations: [gone] }).annotations).toEqual([gone]);
  });
});

describe('findQuote', () => {
  it('returns nothing for an empty quote', () => {
    expect(findQuote(projectText(valueFromText('abc')), { exact: '', prefix: '', suffix: '' }, 0)).toBeNull();
  });
});
