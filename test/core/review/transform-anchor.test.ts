import { describe, expect, it } from 'vitest';
import { Transforms, type Descendant, type Operation } from 'slate';
import type { RichText } from '../../../core/draft/rich-text';
import { projectText } from '../../../core/review/plain-text';
import { buildTextAnchor, currentText, type TextAnchor } from '../../../core/review/text-anchor';
import { applyOpsToAnnotations, transformAnchor } from '../../../core/review/transform-anchor';
import { annotationOn, para, recordingEditor } from './helpers';

const SECTION = 'challenge';
// "Uppsala kommun vill stärka delaktigheten." / "Mombasa County deltar."
const value: RichText = [para('Uppsala kommun vill ', { b: 'stärka' }, ' delaktigheten.'), para('Mombasa County deltar.')];

function anchorOn(v: RichText, phrase: string): TextAnchor {
  const p = projectText(v);
  const start = p.text.indexOf(phrase);
  const leafAt = (o: number) => p.leaves.findLast((l) => l.start <= o)!;
  const s = leafAt(start);
  const e = p.leaves.find((l) => l.start + l.text.length >= start + phrase.length)!;
  const r = buildTextAnchor(v, SECTION, {
    anchor: { path: s.path, offset: start - s.start },
    focus: { path: e.path, offset: start + phrase.length - e.start },
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Applies an edit to the value with a real Slate editor and returns the text the comment now covers. */
function afterEdit(phrase: string, change: Parameters<ReturnType<typeof recordingEditor>['edit']>[2]) {
  const r = recordingEditor(value);
  const [moved] = r.edit([annotationOn(anchorOn(value, phrase))], SECTION, change);
  const anchor = moved!.anchor as TextAnchor;
  return { covered: currentText(r.editor.children as RichText, anchor), anchor, text: projectText(r.editor.children as RichText).text };
}

describe('anchors move with edits', () => {
  it('typing before the range shifts it', () => {
    const r = afterEdit('kommun vill', (e) => Transforms.insertText(e, 'Stora ', { at: { path: [0, 0], offset: 0 } }));
    expect(r.text.startsWith('Stora Uppsala')).toBe(true);
    expect(r.covered).toBe('kommun vill');
  });

  it('typing after the range leaves it alone', () => {
    const r = afterEdit('kommun vill', (e) => Transforms.insertText(e, ' gärna', { at: { path: [1, 0], offset: 14 } }));
    expect(r.covered).toBe('kommun vill');
  });

  it('typing inside the range extends it', () => {
    const r = afterEdit('kommun vill', (e) => Transforms.insertText(e, ' verkligen', { at: { path: [0, 0], offset: 14 } }));
    expect(r.covered).toBe('kommun verkligen vill');
  });

  it('typing exactly at either edge stays outside the comment', () => {
    const atStart = afterEdit('kommun vill', (e) => Transforms.insertText(e, 'X', { at: { path: [0, 0], offset: 8 } }));
    expect(atStart.covered).toBe('kommun vill');
    const atEnd = afterEdit('kommun vill', (e) => Transforms.insertText(e, 'Y', { at: { path: [0, 0], offset: 19 } }));
    expect(atEnd.covered).toBe('kommun vill');
  });

  it('a range starting on a formatting boundary does not take in text typed at the end of the previous word', () => {
    const r = afterEdit('stärka', (e) => Transforms.insertText(e, 'å', { at: { path: [0, 0], offset: 20 } }));
    expect(r.text).toContain('vill åstärka');
    expect(r.covered).toBe('stärka');
  });

  it('deleting text before, across the start, inside and across the end', () => {
    expect(afterEdit('kommun vill', (e) => Transforms.delete(e, { at: { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 8 } } })).covered).toBe('kommun vill');
    expect(afterEdit('kommun vill', (e) => Transforms.delete(e, { at: { anchor: { path: [0, 0], offset: 4 }, focus: { path: [0, 0], offset: 11 } } })).covered).toBe('mun vill');
    expect(afterEdit('kommun vill', (e) => Transforms.delete(e, { at: { anchor: { path: [0, 0], offset: 10 }, focus: { path: [0, 0], offset: 14 } } })).covered).toBe('ko vill');
    expect(afterEdit('kommun vill', (e) => Transforms.delete(e, { at: { anchor: { path: [0, 0], offset: 15 }, focus: { path: [0, 1], offset: 3 } } })).covered).toBe('kommun ');
  });

  it('deleting the whole quoted text collapses the range (an orphan, not a jump elsewhere)', () => {
    const r = afterEdit('kommun vill', (e) => Transforms.delete(e, { at: { anchor: { path: [0, 0], offset: 5 }, focus: { path: [0, 2], offset: 3 } } }));
    expect(r.covered).toBe('');
  });

  it('splitting a paragraph inside the range keeps both halves; at its edges keeps the range as it was', () => {
    const inside = afterEdit('kommun vill', (e) => Transforms.splitNodes(e, { at: { path: [0, 0], offset: 14 }, always: true }));
    expect(inside.covered).toBe('kommun\n vill');
    const atStart = afterEdit('kommun vill', (e) => Transforms.splitNodes(e, { at: { path: [0, 0], offset: 8 }, always: true }));
    expect(atStart.covered).toBe('kommun vill');
    expect(atStart.anchor.anchor.path[0]).toBe(1);
    const atEnd = afterEdit('kommun vill', (e) => Transforms.splitNodes(e, { at: { path: [0, 0], offset: 19 }, always: true }));
    expect(atEnd.covered).toBe('kommun vill');
    expect(atEnd.anchor.focus.path[0]).toBe(0);
  });

  it('merging paragraphs before and inside the range', () => {
    const before = afterEdit('County', (e) => Transforms.mergeNodes(e, { at: [1] }));
    expect(before.text).toBe('Uppsala kommun vill stärka delaktigheten.Mombasa County deltar.');
    expect(before.covered).toBe('County');
    const across = afterEdit('delaktigheten.\nMombasa', (e) => Transforms.mergeNodes(e, { at: [1] }));
    expect(across.covered).toBe('delaktigheten.Mombasa');
  });

  it('moving the paragraph that holds the range carries the range along', () => {
    const r = afterEdit('County', (e) => Transforms.moveNodes(e, { at: [1], to: [0] }));
    expect(r.text.startsWith('Mombasa County deltar.\n')).toBe(true);
    expect(r.covered).toBe('County');
    expect(r.anchor.anchor.path[0]).toBe(0);
  });

  it('inserting a paragraph before the range shifts its paths', () => {
    const r = afterEdit('County', (e) => Transforms.insertNodes(e, para('Ny inledning.') as Descendant, { at: [0] }));
    expect(r.covered).toBe('County');
    expect(r.anchor.anchor.path[0]).toBe(2);
  });

  it('removing the paragraph that holds the start moves the start to the next remaining text', () => {
    const r = afterEdit('delaktigheten.\nMombasa', (e) => Transforms.removeNodes(e, { at: [0] }));
    expect(r.covered).toBe('Mombasa');
  });

  it('removing a middle paragraph that holds the start moves the start forward, not into the paragraph before', () => {
    const three: RichText = [para('Inledning.'), ...value];
    const r = recordingEditor(three);
    const [moved] = r.edit([annotationOn(anchorOn(three, 'delaktigheten.\nMombasa'))], SECTION, (e) => Transforms.removeNodes(e, { at: [1] }));
    expect(currentText(r.editor.children as RichText, moved!.anchor as TextAnchor)).toBe('Mombasa');
  });

  it('removing the paragraph that holds the end moves the end back to the previous text', () => {
    const r = afterEdit('delaktigheten.\nMombasa', (e) => Transforms.removeNodes(e, { at: [1] }));
    expect(r.covered).toBe('delaktigheten.');
  });

  it('making part of the range bold (split leaves, then merged by normalisation) keeps the text covered', () => {
    const r = afterEdit('kommun vill', (e) =>
      Transforms.setNodes(e, { bold: true }, { at: { anchor: { path: [0, 0], offset: 4 }, focus: { path: [0, 0], offset: 17 } }, match: (n) => 'text' in n, split: true }),
    );
    expect(r.covered).toBe('kommun vill');
  });

  it('ignores selection and node-property operations', () => {
    const a = anchorOn(value, 'County');
    const ops: Operation[] = [
      { type: 'set_selection', properties: null, newProperties: { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 } } },
      { type: 'set_node', path: [1], properties: { type: 'paragraph' }, newProperties: { type: 'heading-two' } },
    ];
    for (const op of ops) expect(transformAnchor(a, op, value)).toBe(a);
  });

  it('leaves comments of other sections and non-text comments untouched', () => {
    const other = annotationOn({ ...anchorOn(value, 'County'), sectionId: 'partner' }, 'c2');
    const whole = annotationOn({ kind: 'section', sectionId: SECTION }, 'c3');
    const list = [other, whole];
    const op: Operation = { type: 'insert_text', path: [1, 0], offset: 0, text: 'Hej ' };
    expect(applyOpsToAnnotations(list, SECTION, [op], value)).toBe(list);
  });

  it('marks an anchor detached when its text is removed and the value to repair it is unknown', () => {
    const a = anchorOn(value, 'County');
    const op: Operation = { type: 'remove_node', path: [1], node: value[1]! as never };
    expect(transformAnchor(a, op)).toMatchObject({ detached: true, quote: a.quote });
  });
});
