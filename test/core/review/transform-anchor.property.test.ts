import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Editor, Text, Transforms } from 'slate';
import type { RichText } from '../../../core/draft/rich-text';
import { offsetToPoint, projectText } from '../../../core/review/plain-text';
import { buildTextAnchor, currentText, type TextAnchor } from '../../../core/review/text-anchor';
import { annotationOn, recordingEditor } from './helpers';

/**
 * A character-level model of a comment: every character carries an "in the comment" flag.
 * Text typed strictly inside the comment joins it, text typed at its edges does not, deleted
 * characters leave it. Whatever a real Slate editor does to the nodes, the text the anchor covers
 * must be exactly the flagged characters.
 */

const SECTION = 's';
const leaf = fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 8 }), bold: fc.boolean() });
const doc = fc.array(fc.array(leaf, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: frac, text: fc.string({ unit: fc.constantFrom('x', 'y'), minLength: 1, maxLength: 4 }), forward: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), a: frac, b: frac }),
  fc.record({ kind: fc.constant('split' as const), at: frac, forward: fc.boolean() }),
  fc.record({ kind: fc.constant('merge' as const), block: frac }),
  fc.record({ kind: fc.constant('removeBlock' as const), block: frac }),
  fc.record({ kind: fc.constant('format' as const), a: frac, b: frac, bold: fc.boolean() }),
);

type Model = { text: string; tags: boolean[] };
const at = (f: number, len: number) => Math.floor(f * (len + 1));

function insertModel(m: Model, o: number, s: string): Model {
  const inside = o > 0 && o < m.text.length && m.tags[o - 1]! && m.tags[o]!;
  return { text: m.text.slice(0, o) + s + m.text.slice(o), tags: [...m.tags.slice(0, o), ...Array<boolean>(s.length).fill(inside), ...m.tags.slice(o)] };
}

describe('anchors under random editing (property)', () => {
  it('always cover exactly the characters of the comment', () => {
    fc.assert(
      fc.property(doc, frac, frac, fc.array(edit, { minLength: 1, maxLength: 10 }), (blocks, fa, fb, edits) => {
        const value: RichText = blocks.map((leaves) => ({
          type: 'paragraph',
          children: leaves.map((l) => (l.bold ? { text: l.text, bold: true as const } : { text: l.text })),
        }));
        const r = recordingEditor(value);
        Editor.normalize(r.editor, { force: true });
        const start = projectText(r.editor.children as RichText);
        let a = at(fa, start.text.length);
        let b = at(fb, start.text.length);
        if (a > b) [a, b] = [b, a];
        fc.pre(a < b && /[^\n]/.test(start.text.slice(a, b)));
        const built = buildTextAnchor(r.editor.children as RichText, SECTION, {
          anchor: offsetToPoint(start, a, 'forward')!,
          focus: offsetToPoint(start, b, 'backward')!,
        });
        if (!built.ok) throw new Error(built.error.message);
        let annotations = [annotationOn(built.value)];
        let model: Model = { text: start.text, tags: [...start.text].map((_, i) => i >= a && i < b) };

        for (const e of edits) {
          const p = projectText(r.editor.children as RichText);
          const len = p.text.length;
          if (e.kind === 'insert') {
            const o = at(e.at, len);
            annotations = r.edit(annotations, SECTION, (ed) => Transforms.insertText(ed, e.text, { at: offsetToPoint(p, o, e.forward ? 'forward' : 'backward')! }));
            model = insertModel(model, o, e.text);
          } else if (e.kind === 'split') {
            const o = at(e.at, len);
            annotations = r.edit(annotations, SECTION, (ed) => Transforms.splitNodes(ed, { at: offsetToPoint(p, o, e.forward ? 'forward' : 'backward')!, always: true }));
            model = insertModel(model, o, '\n');
          } else if (e.kind === 'merge') {
            const blockCount = r.editor.children.length;
            if (blockCount < 2) continue;
            const k = 1 + Math.floor(e.block * (blockCount - 1));
            let sep = -1;
            for (let i = 0; i < k; i++) sep = model.text.indexOf('\n', sep + 1);
            annotations = r.edit(annotations, SECTION, (ed) => Transforms.mergeNodes(ed, { at: [k] }));
            model = { text: model.text.slice(0, sep) + model.text.slice(sep + 1), tags: model.tags.filter((_, i) => i !== sep) };
          } else if (e.kind === 'removeBlock') {
            const blockCount = r.editor.children.length;
            if (blockCount < 2) continue;
            const k = Math.floor(e.block * blockCount);
            const seps = [...model.text].flatMap((c, i) => (c === '\n' ? [i] : []));
            // The block's text goes, with the line break after it (before it, for the last block).
            const from = k === 0 ? 0 : k === blockCount - 1 ? seps[k - 1]! : seps[k - 1]! + 1;
            const to = k === blockCount - 1 ? model.text.length : seps[k]! + 1;
            annotations = r.edit(annotations, SECTION, (ed) => Transforms.removeNodes(ed, { at: [k] }));
            model = { text: model.text.slice(0, from) + model.text.slice(to), tags: [...model.tags.slice(0, from), ...model.tags.slice(to)] };
          } else {
            let x = at(e.a, len);
            let y = at(e.b, len);
            if (x > y) [x, y] = [y, x];
            if (x === y) continue;
            const range = { anchor: offsetToPoint(p, x, 'forward')!, focus: offsetToPoint(p, y, 'backward')! };
            if (e.kind === 'delete') {
              annotations = r.edit(annotations, SECTION, (ed) => Transforms.delete(ed, { at: range, hanging: true }));
              model = { text: model.text.slice(0, x) + model.text.slice(y), tags: [...model.tags.slice(0, x), ...model.tags.slice(y)] };
            } else {
              annotations = r.edit(annotations, SECTION, (ed) =>
                e.bold
                  ? Transforms.setNodes(ed, { bold: true }, { at: range, match: Text.isText, split: true })
                  : Transforms.unsetNodes(ed, 'bold', { at: range, match: Text.isText, split: true }),
              );
            }
          }
          const now = r.editor.children as RichText;
          expect(projectText(now).text).toBe(model.text); // the model follows the editor
          const expected = [...model.text].filter((_, i) => model.tags[i]).join('');
          const covered = currentText(now, annotations[0]!.anchor as TextAnchor);
          // Edges are snapped onto text, so a comment never starts or ends on a bare line break:
          // line breaks at the edges are convention, the characters between them are the claim.
          const trim = (x: string | null) => x?.replace(/^\n+|\n+$/g, '');
          expect(trim(covered)).toBe(trim(expected));
        }
      }),
      { numRuns: 400 },
    );
  });
});
