import fc from 'fast-check';
import { createEditor, Editor, Node, Text, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import type { TypedInput } from '../../../renderer/first-screen/log';
import { replayHeld, replayTyped } from '../../../renderer/first-screen/replay';

// What was typed into a first screen, done again in the app's editor, leaves each text exactly as
// the screen showed it (the browser typed it there), whatever was typed where and in what order.

const word = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '😀', 'x'), maxLength: 8 });
const draftText = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
  .map((blocks) => blocks.map((texts) => ({ type: 'paragraph', children: texts.map((text, i) => ({ text, ...(i % 2 ? { bold: true } : {}) })) })));
const keystroke = fc.record({ pick: fc.nat(), a: fc.nat(), b: fc.nat(), typing: fc.boolean(), data: fc.string({ unit: fc.constantFrom('Z', 'å', ' ', '🙂'), minLength: 1, maxLength: 3 }) });

function editorOf(value: Descendant[]): Editor {
  const editor = createEditor();
  editor.children = structuredClone(value);
  Editor.normalize(editor, { force: true });
  return editor;
}

const texts = (editor: Editor) => [...Node.texts(editor)].map(([t, path]) => ({ path, text: t.text }));

/** Keystrokes as the first screen records them: each in one text, where that text stands at the time. */
function recorded(value: Descendant[], strokes: Array<{ pick: number; a: number; b: number; typing: boolean; data: string }>) {
  const model = texts(editorOf(value));
  const typed: TypedInput[] = [];
  for (const s of strokes) {
    const t = model[s.pick % model.length]!;
    let [a, b] = [s.a % (t.text.length + 1), s.b % (t.text.length + 1)].sort((x, y) => x - y) as [number, number];
    // Never half a surrogate pair: the browser types and deletes whole characters.
    const whole = (i: number) => (i > 0 && /[\uDC00-\uDFFF]/.test(t.text[i] ?? '') ? i - 1 : i);
    [a, b] = [whole(a), whole(b)];
    // The screen holds a deletion that would empty a text (and one of nothing is no input).
    if (!s.typing && (a === b || b - a === t.text.length)) continue;
    const start = { section: 's', path: t.path, offset: a };
    const end = { section: 's', path: t.path, offset: b };
    typed.push(s.typing ? { type: 'insertText', data: s.data, start, end } : { type: 'deleteContentBackward', data: null, start, end });
    t.text = t.text.slice(0, a) + (s.typing ? s.data : '') + t.text.slice(b);
  }
  return { typed, shown: model };
}

describe('replaying what was typed into the first screen', () => {
  it('leaves every text as the screen showed it', () => {
    fc.assert(
      fc.property(draftText, fc.array(keystroke, { maxLength: 25 }), (value, strokes) => {
        const { typed, shown } = recorded(value as Descendant[], strokes);
        const editor = editorOf(value as Descendant[]);
        expect(replayTyped(() => editor, typed)).toBe(0);
        expect(texts(editor).map((t) => t.text)).toEqual(shown.map((t) => t.text));
      }),
      { numRuns: 200 },
    );
  });

  it('counts what finds no place instead of putting it elsewhere', () => {
    const editor = editorOf([{ type: 'paragraph', children: [{ text: 'Kort' }] }] as Descendant[]);
    const far = { section: 's', path: [0, 0], offset: 40 };
    const lost = replayTyped((id) => (id === 's' ? editor : undefined), [
      { type: 'insertText', data: 'X', start: far, end: far },
      { type: 'insertText', data: '!', start: { section: 's', path: [3, 0], offset: 0 }, end: { section: 's', path: [3, 0], offset: 0 } },
      { type: 'insertText', data: '?', start: { section: 'other', path: [0, 0], offset: 0 }, end: { section: 'other', path: [0, 0], offset: 0 } },
    ]);
    expect(lost).toBe(3);
    expect(Node.string(editor)).toBe('Kort');
  });

  it('does held inputs with the editor\'s own commands where the caret is', () => {
    const editor = editorOf([{ type: 'paragraph', children: [{ text: 'Mål' }] }] as Descendant[]);
    editor.selection = { anchor: { path: [0, 0], offset: 3 }, focus: { path: [0, 0], offset: 3 } };
    for (const input of [{ type: 'insertParagraph', data: null, html: null }, { type: 'insertText', data: 'Ny', html: null }, { type: 'deleteContentBackward', data: null, html: null }]) {
      expect(replayHeld(editor, input)).toBe(true);
    }
    expect(replayHeld(editor, { type: 'insertFromDrop', data: 'x', html: null })).toBe(false);
    expect(editor.children.map((b) => Node.string(b))).toEqual(['Mål', 'N']);
    expect(Text.isText(Node.get(editor, [1, 0]))).toBe(true);
  });
});
