import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RichText } from '../../../core/draft/rich-text';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';
import { projectText } from '../../../core/review/plain-text';
import { buildTextAnchor, currentText, type TextAnchor } from '../../../core/review/text-anchor';
import { resolveAnchor } from '../../../core/review/reanchor';
import { adoptSection, editorLayoutDraft, followEdits, fromStoredLayout, resetAnchors, toStoredLayout } from '../../../renderer/review/live-anchors';
import { annotationOn, draftWith, para } from '../../core/review/helpers';

// A section whose list items nest differently in the editor (a paragraph inside each item), so
// anchors in a list have different paths in the stored and the editor layout.
const stored: RichText = [
  para('Inledning om unga väljare.'),
  { type: 'bulleted-list', children: [
    { type: 'list-item', children: [{ text: 'Ungdomsråden saknar ' }, { text: 'formellt mandat', bold: true }] },
    { type: 'list-item', children: [{ text: 'Medborgardialoger når främst äldre invånare' }] },
  ] },
];

function anchorOn(value: RichText, phrase: string): TextAnchor {
  const p = projectText(value);
  const start = p.text.indexOf(phrase);
  const leafAt = (o: number, bias: 'f' | 'b') => {
    const leaf = p.leaves.find((l) => (bias === 'f' ? o >= l.start && o < l.start + l.text.length : o > l.start && o <= l.start + l.text.length))!;
    return { path: leaf.path, offset: o - leaf.start };
  };
  const r = buildTextAnchor(value, 'challenge', { anchor: leafAt(start, 'f'), focus: leafAt(start + phrase.length, 'b') });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The editor of the app's section: editor layout, and a record of each batch as onChange sees it. */
function sectionEditor() {
  const editor = createEditor();
  editor.children = toEditorValue(stored) as Descendant[];
  return editor;
}

let editor: Editor;
beforeEach(() => {
  editor = sectionEditor();
  resetAnchors(draftWith({ challenge: stored }));
});

describe('comments in the editor layout', () => {
  it('adopts stored anchors into the editor layout and maps them back unchanged', () => {
    const a = annotationOn(anchorOn(stored, 'äldre invånare'));
    const adopted = adoptSection('challenge', editor, [a]);
    const inEditor = adopted[0]!.anchor as TextAnchor;
    expect(inEditor.anchor.path).not.toEqual((a.anchor as TextAnchor).anchor.path); // the list item gained a paragraph
    expect(currentText(editor.children as never, inEditor)).toBe('äldre invånare');
    expect(toStoredLayout(adopted, { challenge: stored })).toEqual([a]);
    expect(adoptSection('challenge', editor, adopted)).toBe(adopted); // once per editor
  });

  it('follows typing, splitting and deleting before the comment, and saves it on the same words', () => {
    let anns = adoptSection('challenge', editor, [annotationOn(anchorOn(stored, 'formellt mandat'))]);
    const batch = (change: () => void) => {
      change();
      anns = followEdits('challenge', editor, anns); // onChange: editor.operations is the batch
      editor.operations = [];
    };
    batch(() => Transforms.insertText(editor, 'Alla ', { at: { path: [1, 0, 0, 0], offset: 0 } }));
    batch(() => Transforms.splitNodes(editor, { at: { path: [0, 0], offset: 10 } }));
    batch(() => Transforms.delete(editor, { at: { anchor: { path: [2, 0, 0, 0], offset: 0 }, focus: { path: [2, 0, 0, 0], offset: 5 } } }));
    batch(() => Transforms.insertText(editor, ' i dag', { at: { path: [2, 0, 0, 1], offset: 15 } }));
    expect(currentText(editor.children as never, anns[0]!.anchor as TextAnchor)).toBe('formellt mandat');
    const saved = fromEditorValue(editor.children);
    const back = toStoredLayout(anns, { challenge: saved });
    expect(currentText(saved, back[0]!.anchor as TextAnchor)).toBe('formellt mandat');
    expect(resolveAnchor(back[0]!, draftWith({ challenge: saved }, back))).toMatchObject({ status: 'placed', moved: false });
  });

  it('extends a comment typed into and collapses it when its words are deleted (an orphan until undo)', () => {
    let anns = adoptSection('challenge', editor, [annotationOn(anchorOn(stored, 'unga väljare'))]);
    Transforms.insertText(editor, 'nya ', { at: { path: [0, 0], offset: 'Inledning om unga '.length } });
    anns = followEdits('challenge', editor, anns);
    editor.operations = [];
    expect(currentText(editor.children as never, anns[0]!.anchor as TextAnchor)).toBe('unga nya väljare');
    Transforms.delete(editor, { at: { anchor: { path: [0, 0], offset: 13 }, focus: { path: [0, 0], offset: 29 } } });
    anns = followEdits('challenge', editor, anns);
    const d = editorLayoutDraft(draftWith({ challenge: stored }), anns);
    expect(resolveAnchor(anns[0]!, d)).toMatchObject({ status: 'orphan', reason: 'text-deleted' });
  });

  it('leaves anchors alone for a batch that only moved the selection', () => {
    const anns = adoptSection('challenge', editor, [annotationOn(anchorOn(stored, 'unga väljare'))]);
    Transforms.select(editor, { path: [0, 0], offset: 3 });
    expect(followEdits('challenge', editor, anns)).toBe(anns);
  });

  it('takes merged comments (stored layout) into the editor layout', () => {
    adoptSection('challenge', editor, []);
    const merged = [annotationOn(anchorOn(stored, 'Medborgardialoger'), 'm1')];
    const inEditor = fromStoredLayout(merged, { challenge: stored });
    expect(currentText(editor.children as never, inEditor[0]!.anchor as TextAnchor)).toBe('Medborgardialoger');
  });
});
