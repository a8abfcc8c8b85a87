import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RichText } from '../../../core/draft/rich-text';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';
import { offsetToPoint, pointToOffset, projectText, remapPoint } from '../../../core/review/plain-text';
import { remapAnnotations } from '../../../core/review/remap';
import { buildTextAnchor, currentText, type TextAnchor } from '../../../core/review/text-anchor';
import { annotationOn } from './helpers';

const stored: RichText = [
  { type: 'heading-two', children: [{ text: 'Mål' }] },
  { type: 'paragraph', children: [{ text: 'Läs ' }, { type: 'link', url: 'https://icld.se', children: [{ text: 'ICLD:s' }] }, { text: ' riktlinjer.' }] },
  {
    type: 'bulleted-list',
    children: [
      { type: 'list-item', children: [{ text: 'Unga ' }, { text: 'deltar', bold: true }] },
      { type: 'list-item', children: [{ text: 'Budget' }, { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'öppen' }] }] }] },
    ],
  },
];

describe('plain-text projection', () => {
  it('joins the leaves of a block and puts one line break between blocks, links inline', () => {
    expect(projectText(stored).text).toBe('Mål\nLäs ICLD:s riktlinjer.\nUnga deltar\nBudget\nöppen');
  });

  it('maps offsets to points and back, choosing the leaf by bias on boundaries', () => {
    const p = projectText(stored);
    const o = p.text.indexOf('ICLD');
    expect(offsetToPoint(p, o, 'forward')).toEqual({ path: [1, 1, 0], offset: 0 });
    expect(offsetToPoint(p, o, 'backward')).toEqual({ path: [1, 0], offset: 4 });
    for (let i = 0; i <= p.text.length; i++) {
      for (const bias of ['forward', 'backward'] as const) expect(pointToOffset(p, offsetToPoint(p, i, bias)!)).toBe(i);
    }
    expect(pointToOffset(p, { path: [9, 0], offset: 0 })).toBeNull();
    expect(pointToOffset(p, { path: [0, 0], offset: 99 })).toBeNull();
  });

  it('maps points between the stored layout and the editor layout of lists without losing text', () => {
    const editor = toEditorValue(stored);
    expect(projectText(editor as never).text).toBe(projectText(stored).text);
    const p = projectText(stored);
    const o = p.text.indexOf('deltar');
    const inEditor = remapPoint(stored, editor as never, offsetToPoint(p, o, 'forward')!, 'forward')!;
    expect(inEditor).toEqual({ path: [2, 0, 0, 1], offset: 0 });
    expect(remapPoint(editor as never, stored, inEditor, 'forward')).toEqual({ path: [2, 0, 1], offset: 0 });
  });

  it('round-trips comment anchors through the editor layout', () => {
    const p = projectText(stored);
    const start = p.text.indexOf('deltar');
    const end = p.text.indexOf('öppen') + 3;
    const r = buildTextAnchor(stored, 's', { anchor: offsetToPoint(p, start, 'forward')!, focus: offsetToPoint(p, end, 'backward')! });
    if (!r.ok) throw new Error(r.error.message);
    const list = [annotationOn(r.value)];
    const editor = toEditorValue(stored) as never;
    const there = remapAnnotations(list, 's', stored, editor);
    expect(currentText(editor, there[0]!.anchor as TextAnchor)).toBe('deltar\nBudget\nöpp');
    const back = remapAnnotations(there, 's', editor, fromEditorValue(editor));
    expect(back[0]!.anchor).toEqual(list[0]!.anchor);
    expect(remapAnnotations(list, 'other', stored, editor)).toBe(list);
  });

  it('every offset survives point and back (property)', () => {
    const leaf = fc.record({ text: fc.string({ maxLength: 6 }), bold: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(leaf, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (blocks) => {
        const value: RichText = blocks.map((l) => ({ type: 'paragraph', children: l.map((x) => (x.bold ? { text: x.text, bold: true as const } : { text: x.text })) }));
        const p = projectText(value);
        expect(p.text).toBe(blocks.map((b) => b.map((x) => x.text).join('')).join('\n'));
        for (let i = 0; i <= p.text.length; i++) {
          for (const bias of ['forward', 'backward'] as const) expect(pointToOffset(p, offsetToPoint(p, i, bias)!)).toBe(i);
        }
      }),
    );
  });
});
