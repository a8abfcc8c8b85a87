import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import { parseDraftFile } from '../../../core/draft/file-format';
import { Draft } from '../../../core/draft/schema';
import { mergeAnnotations } from '../../../core/review/merge';
import { currentText, type TextAnchor } from '../../../core/review/text-anchor';
import { annotationOn } from './helpers';

const dir = join(import.meta.dirname, '../../fixtures/review');
function load(name: string): Draft {
  const r = parseDraftFile(readFileSync(join(dir, name), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

const draft = load('draft.kpdraft');
const omar = load('omar.kpdraft');
const lena = load('lena.kpdraft');
const kim = load('kim.kpdraft');
const byId = (list: Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('merging three reviewers’ copies with overlapping replies', () => {
  const { annotations, report } = mergeAnnotations(draft, [omar, lena, kim]);
  const thread = (id: string) => annotations.find((a) => a.id === id)!;

  it('reports what a user would be told', () => {
    expect(report).toEqual({
      added: 4,
      alreadyPresent: 1,
      orphaned: 1,
      repliesAdded: 4,
      updated: 1,
      orphans: [{ id: 'kl-2', reason: 'quote-not-found' }],
    });
  });

  it('has each thread and reply once, replies in the order they were written', () => {
    expect(annotations.map((a) => a.id)).toEqual(['ab-1', 'os-2', 'le-3', 'kl-2', 'kl-3']);
    expect(thread('ab-1').replies.map((r) => r.id)).toEqual(['os-1', 'kl-1', 'le-1']);
    expect(thread('os-2').replies.map((r) => r.id)).toEqual(['le-2']);
  });

  it('keeps the latest resolve or reopen: Kim resolved after Lena reopened what Omar resolved', () => {
    expect(thread('ab-1')).toMatchObject({ resolved: true, statusChangedBy: { name: 'Kim Lund' } });
  });

  it("places Omar's comment on the same words in the author's edited text, and keeps her own comment's live anchor", () => {
    const t2 = thread('os-2').anchor as TextAnchor;
    expect(currentText(draft.sections.challenge!, t2)).toBe('de öppna budgetmötena');
    expect(t2.anchor.path[0]).toBe(2); // one paragraph further down than in Omar's copy
    expect(thread('ab-1').anchor).toEqual(draft.annotations[0]!.anchor);
    expect(currentText(draft.sections.challenge!, thread('ab-1').anchor as TextAnchor)).toBe('medborgarnas delaktighet i budgetarbetet');
  });

  it('keeps the comment on a rewritten sentence as a detached orphan with its quote', () => {
    expect(thread('kl-2')).toMatchObject({ body: 'Hur hanterar ni det?', anchor: { detached: true, quote: { exact: 'Resor kan försenas av visumfrågor.' } } });
  });

  it('produces a draft that validates', () => {
    expect(Draft.safeParse({ ...draft, annotations }).success).toBe(true);
  });

  it('adds nothing when the same copies are merged again', () => {
    const again = mergeAnnotations({ ...draft, annotations }, [kim, omar, lena]);
    expect(again.report).toMatchObject({ added: 0, alreadyPresent: 5, repliesAdded: 0, updated: 0, orphaned: 0 });
    expect(again.annotations).toEqual(annotations);
  });

  it('gives the same threads whatever the order of the copies', () => {
    const orders = [[omar, kim, lena], [lena, omar, kim], [lena, kim, omar], [kim, omar, lena], [kim, lena, omar]];
    for (const order of orders) {
      const other = mergeAnnotations(draft, order);
      expect(byId(other.annotations)).toEqual(byId(annotations));
      expect(other.report).toEqual(report);
    }
  });

  it('does not change the drafts it merges', () => {
    expect(draft).toEqual(load('draft.kpdraft'));
    expect(lena).toEqual(load('lena.kpdraft'));
  });
});

describe('merging single threads', () => {
  const base = annotationOn({ kind: 'section', sectionId: 'risks' }, 't');
  const at = (iso: string) => `2026-04-0${iso}T10:00:00.000Z`;

  it('a later reopen beats an earlier resolve, whichever side it is on', () => {
    const resolved = { ...base, resolved: true, statusChangedAt: at('1') };
    const reopened = { ...base, resolved: false, statusChangedAt: at('2') };
    const d = (a: Annotation[]) => ({ ...draft, annotations: a });
    expect(mergeAnnotations(d([resolved]), [d([reopened])]).annotations[0]!.resolved).toBe(false);
    expect(mergeAnnotations(d([reopened]), [d([resolved])]).annotations[0]!.resolved).toBe(false);
  });

  it('a later edit of the comment or of a reply wins', () => {
    const reply = { id: 'r', author: base.author, body: 'gammal', createdAt: at('1'), editedAt: null };
    const mine = { ...base, replies: [reply] };
    const theirs = { ...base, body: 'ny text', editedAt: at('3'), replies: [{ ...reply, body: 'ny', editedAt: at('2') }] };
    const d = (a: Annotation[]) => ({ ...draft, annotations: a });
    const merged = mergeAnnotations(d([mine]), [d([theirs])]);
    expect(merged.annotations[0]).toMatchObject({ body: 'ny text', replies: [{ body: 'ny' }] });
    expect(merged.report).toMatchObject({ updated: 1, repliesAdded: 0 });
    expect(mergeAnnotations(d([theirs]), [d([mine])]).annotations[0]).toMatchObject({ body: 'ny text', replies: [{ body: 'ny' }] });
  });
});
