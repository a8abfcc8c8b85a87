import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createEditor, Editor, Node, Transforms, type Operation } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Author } from '../../../core/draft/annotation';
import type { RichText } from '../../../core/draft/rich-text';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import type { SuggestContext } from '../../../core/review/suggest-transforms';
import { keepsAuthorsText } from '../../../core/review/suggestion-ops';
import { acceptAll, rejectAll, suggestionIds } from '../../../core/review/suggestions';
import { withSuggestions } from '../../../core/review/with-suggestions';

const GRETA: Author = { name: 'Greta Granskare', initials: 'GG', organisation: 'Region Uppsala' };
const KARIN: Author = { name: 'Karin Ek', initials: 'KE' };

const paragraphs = (...texts: string[]): RichText => texts.map((text) => ({ type: 'paragraph', children: [{ text }] }));
const plain = (v: RichText) => v.map((b) => Node.string(b as Node));

/** A headless section editor in suggestion mode; every operation it applies is recorded. */
function suggesting(value: RichText, author: Author = GRETA) {
  let n = 0;
  const ctx: SuggestContext = { author, now: () => new Date('2026-12-03T09:30:00Z'), newId: () => `s${++n}` };
  const refused: string[] = [];
  const editor = withSuggestions(withDraftSchema(createEditor()), { context: () => ctx, refused: (w) => refused.push(w) });
  editor.children = toEditorValue(value);
  const ops: Array<{ op: Operation; kept: boolean }> = [];
  const { apply } = editor;
  editor.apply = (op) => {
    ops.push({ op, kept: keepsAuthorsText(editor, op) });
    apply(op);
  };
  const stored = () => fromEditorValue(editor.children);
  const caret = (block: number, offset: number) => Transforms.select(editor, pointAt(editor, block, offset));
  const select = (block: number, from: number, to: number) => Transforms.select(editor, { anchor: pointAt(editor, block, from), focus: pointAt(editor, block, to) });
  const type = (text: string) => [...text].forEach((ch) => editor.insertText(ch));
  /** Where the caret is, in characters from the start of its block. */
  const caretAt = () => {
    const at = editor.selection!.anchor;
    return Editor.string(editor, { anchor: Editor.start(editor, [at.path[0]!]), focus: at }).length;
  };
  return { editor, ops, refused, stored, caret, caretAt, select, type };
}

/** The point `offset` characters into a top-level block's text. */
function pointAt(editor: Editor, block: number, offset: number) {
  let left = offset;
  for (const [leaf, path] of Node.texts(editor.children[block]!)) {
    if (left <= leaf.text.length) return { path: [block, ...path], offset: left };
    left -= leaf.text.length;
  }
  return Editor.end(editor, [block]);
}

const marks = (v: RichText) =>
  (v[0]!.children as Array<{ text: string; suggestion?: { id: string; kind: string; author: Author } }>)
    .filter((c) => c.suggestion).map((c) => [c.suggestion!.kind, c.text, c.suggestion!.id, c.suggestion!.author.name]);

describe('typing and deleting in suggestion mode', () => {
  it('types a word as one suggested insertion, and rejecting it gives back the text', () => {
    const s = suggesting(paragraphs('Unga röster i Mombasa.'));
    s.caret(0, 4);
    s.type(' och äldre');
    expect(marks(s.stored())).toEqual([['insert', ' och äldre', 's1', 'Greta Granskare']]);
    expect(plain(rejectAll(s.stored()))).toEqual(['Unga röster i Mombasa.']);
    expect(plain(acceptAll(s.stored()))).toEqual(['Unga och äldre röster i Mombasa.']);
    expect(s.caretAt()).toBe(14);
  });

  it('replaces a selected word by marking it for removal and inserting the new one after it, one suggestion for both', () => {
    const s = suggesting(paragraphs('Unga röster i Mombasa.'));
    s.select(0, 14, 21);
    s.type('Uppsala');
    expect(marks(s.stored())).toEqual([['delete', 'Mombasa', 's1', 'Greta Granskare'], ['insert', 'Uppsala', 's1', 'Greta Granskare']]);
    expect(suggestionIds(s.stored())).toEqual(['s1']);
    expect(plain(rejectAll(s.stored()))).toEqual(['Unga röster i Mombasa.']);
    expect(plain(acceptAll(s.stored()))).toEqual(['Unga röster i Uppsala.']);
  });

  it('marks text for removal with Backspace and Delete, one suggestion for a run of presses, the caret moving past it', () => {
    const s = suggesting(paragraphs('Unga röster i Mombasa.'));
    s.caret(0, 21);
    for (let i = 0; i < 7; i++) s.editor.deleteBackward('character');
    expect(marks(s.stored())).toEqual([['delete', 'Mombasa', 's1', 'Greta Granskare']]);
    expect(s.caretAt()).toBe(14);
    s.caret(0, 0);
    s.editor.deleteForward('word');
    expect(marks(s.stored())[0]).toEqual(['delete', 'Unga', 's2', 'Greta Granskare']);
    expect(plain(s.stored())).toEqual(['Unga röster i Mombasa.']);
  });

  it('takes back the reviewer’s own insertion outright, but leaves someone else’s as it is', () => {
    const s = suggesting(paragraphs('Unga röster.'));
    s.caret(0, 11);
    s.type(' hörs');
    s.editor.deleteBackward('character');
    expect(marks(s.stored())).toEqual([['insert', ' hör', 's1', 'Greta Granskare']]);
    const karin = suggesting(s.stored(), KARIN);
    karin.caret(0, 15);
    for (let i = 0; i < 8; i++) karin.editor.deleteBackward('character');
    // Karin's Backspace passes over Greta's words and marks "röster" for removal.
    expect(marks(karin.stored()).map(([kind, text, , who]) => [kind, text, who])).toEqual([['delete', 'ster', 'Karin Ek'], ['insert', ' hör', 'Greta Granskare']]);
  });

  it('removes text the reviewer suggested bold as the author wrote it', () => {
    const bolded = { id: 'f1', kind: 'format' as const, author: GRETA, createdAt: '2026-12-03T09:00:00.000Z', formerly: {} };
    const value: RichText = [{ type: 'paragraph', children: [{ text: 'Unga ' }, { text: 'röster', bold: true, suggestion: bolded }, { text: '.' }] }];
    const s = suggesting(value);
    s.select(0, 3, 8);
    s.editor.deleteFragment({ direction: 'backward' });
    const leaves = s.stored()[0]!.children as Array<{ text: string; bold?: true; suggestion?: { kind: string } }>;
    expect(leaves.map((l) => [l.text, !!l.bold, l.suggestion?.kind ?? null])).toEqual([['Ung', false, null], ['a rös', false, 'delete'], ['ter', true, 'format'], ['.', false, null]]);
    expect(s.ops.filter((o) => !o.kept)).toEqual([]);
    expect(rejectAll(s.stored())).toEqual(rejectAll(value));
  });

  it('starts a suggestion of its own when typing inside someone else’s', () => {
    const greta = suggesting(paragraphs('Unga röster.'));
    greta.caret(0, 11);
    greta.type(' hörs');
    const karin = suggesting(greta.stored(), KARIN);
    karin.caret(0, 14);
    karin.type('!');
    expect(marks(karin.stored()).map(([kind, text, , who]) => [kind, text, who]))
      .toEqual([['insert', ' hö', 'Greta Granskare'], ['insert', '!', 'Karin Ek'], ['insert', 'rs', 'Greta Granskare']]);
    expect(plain(rejectAll(karin.stored()))).toEqual(['Unga röster.']);
  });

  it('keeps the formatting of the text before and of pasted pieces, in one suggestion', () => {
    const value: RichText = [{ type: 'paragraph', children: [{ text: 'Unga ' }, { text: 'röster', bold: true }, { text: '.' }] }];
    const s = suggesting(value);
    s.caret(0, 11);
    s.type(' hörs');
    s.editor.insertFragment([{ type: 'paragraph', children: [{ text: ' i ' }, { text: 'Kenya', italic: true }, { text: ' nu' }] }]);
    const leaves = s.stored()[0]!.children as Array<{ text: string; bold?: true; italic?: true; suggestion?: { id: string } }>;
    expect(leaves.filter((l) => l.suggestion).map((l) => [l.text, !!l.bold, !!l.italic, l.suggestion!.id]))
      .toEqual([[' hörs', true, false, 's1'], [' i ', false, false, 's1'], ['Kenya', false, true, 's1'], [' nu', false, false, 's1']]);
  });

  it('pastes copied suggested text as plain text once suggestion mode is off', () => {
    const s = suggesting(paragraphs('Unga röster.'));
    s.caret(0, 4);
    s.type(' nya');
    Transforms.select(s.editor, Editor.range(s.editor, []));
    const copied = s.editor.getFragment();
    const off = withSuggestions(withDraftSchema(createEditor()), { context: () => null, refused: () => {} });
    off.children = toEditorValue(paragraphs('Här: '));
    Transforms.select(off, Editor.end(off, []));
    off.insertFragment(copied);
    expect(fromEditorValue(off.children)).toEqual(paragraphs('Här: Unga nya röster.'));
  });

  it('types plain text next to a suggestion once suggestion mode is off, the suggestion left as it was', () => {
    const s = suggesting(paragraphs('Unga röster.'));
    s.caret(0, 4);
    s.type(' nya');
    const off = withSuggestions(withDraftSchema(createEditor()), { context: () => null, refused: () => {} });
    off.children = toEditorValue(s.stored());
    Transforms.select(off, { path: [0, 1], offset: 4 });
    off.insertText('!');
    expect(marks(fromEditorValue(off.children))).toEqual([['insert', ' nya', 's1', 'Greta Granskare']]);
    expect(plain(fromEditorValue(off.children))).toEqual(['Unga nya! röster.']);
  });

  it('Enter suggests a new paragraph, and the sentence typed into it is the same suggestion; rejected, the paragraph is whole again', () => {
    const s = suggesting(paragraphs('Unga röster i Mombasa.'));
    s.caret(0, 12);
    s.editor.insertBreak();
    s.type('Ny mening. ');
    expect(s.refused).toEqual([]);
    const v = s.stored();
    expect(plain(v)).toEqual(['Unga röster ', 'Ny mening. i Mombasa.']);
    expect(suggestionIds(v)).toEqual(['s1']);
    expect(s.ops.filter((o) => !o.kept)).toEqual([]);
    expect(rejectAll(v)).toEqual(paragraphs('Unga röster i Mombasa.'));
    expect(acceptAll(v)).toEqual(paragraphs('Unga röster ', 'Ny mening. i Mombasa.'));
  });

  it('refuses a new paragraph inside a link and says so, leaving the text as it was', () => {
    const linked: RichText = [{ type: 'paragraph', children: [{ text: 'Se ' }, { type: 'link', url: 'https://example.org/', children: [{ text: 'portalen' }] }, { text: '' }] }];
    const s = suggesting(linked);
    Transforms.select(s.editor, { path: [0, 1, 0], offset: 3 });
    s.editor.insertBreak();
    expect(s.refused).toEqual(['paragraph']);
    expect(s.stored()).toEqual(linked);
  });

  it('Backspace at the start of a paragraph suggests joining it onto the one before; one\'s own new paragraph is taken back', () => {
    const s = suggesting(paragraphs('Ett.', 'Två.'));
    s.caret(1, 0);
    s.editor.deleteBackward('character');
    expect(plain(s.stored())).toEqual(['Ett.', 'Två.']);
    expect(acceptAll(s.stored())).toEqual(paragraphs('Ett.Två.'));
    expect(rejectAll(s.stored())).toEqual(paragraphs('Ett.', 'Två.'));
    expect(s.caretAt()).toBe(4);
    s.caret(1, 2);
    s.editor.insertBreak();
    s.editor.deleteBackward('character');
    expect(plain(s.stored())).toEqual(['Ett.', 'Två.']);
    expect(s.ops.filter((o) => !o.kept)).toEqual([]);
  });

  it('a selection across paragraphs suggested for removal marks their break too', () => {
    const s = suggesting(paragraphs('Ett två.', 'Tre fyra.'));
    Transforms.select(s.editor, { anchor: pointAt(s.editor, 0, 4), focus: pointAt(s.editor, 1, 4) });
    s.editor.deleteFragment({ direction: 'backward' });
    expect(suggestionIds(s.stored())).toEqual(['s1']);
    expect(acceptAll(s.stored())).toEqual(paragraphs('Ett fyra.'));
    expect(rejectAll(s.stored())).toEqual(paragraphs('Ett två.', 'Tre fyra.'));
  });

  it('pasted paragraphs come in as suggested paragraphs', () => {
    const s = suggesting(paragraphs('Unga röster.'));
    s.caret(0, 12);
    s.editor.insertFragment([{ type: 'paragraph', children: [{ text: ' Ett' }] }, { type: 'paragraph', children: [{ text: 'Två' }] }]);
    expect(plain(s.stored())).toEqual(['Unga röster. Ett', 'Två']);
    expect(rejectAll(s.stored())).toEqual(paragraphs('Unga röster.'));
  });
});

describe('the review lock', () => {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('type' as const), block: fc.nat(), at: fc.nat(), text: fc.constantFrom('a', 'ny ', 'ö') }),
    fc.record({ kind: fc.constant('select' as const), block: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }), text: fc.constantFrom('', 'x', 'två ord') }),
    fc.record({ kind: fc.constantFrom('backspace' as const, 'delete' as const), block: fc.nat(), at: fc.nat(), unit: fc.constantFrom('character' as const, 'word' as const) }),
    fc.record({ kind: fc.constant('enter' as const), block: fc.nat(), at: fc.nat() }),
    fc.record({ kind: fc.constant('span' as const), block: fc.nat(), at: fc.nat() }),
  );
  const text = fc.array(fc.constantFrom('Unga röster', 'i Mombasa', 'och Uppsala.'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

  it('lets every operation of a reviewer’s suggestions through, and the author’s text stays exactly as it was', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), fc.array(edit, { maxLength: 12 }), fc.boolean(), (texts, edits, twoReviewers) => {
      let value = paragraphs(...texts);
      edits.forEach((e, i) => {
        const s = suggesting(value, twoReviewers && i % 2 ? KARIN : GRETA);
        const block = e.block % value.length;
        const length = Node.string(s.editor.children[block]!).length;
        const at = e.at % (length + 1);
        if (e.kind === 'type') {
          s.caret(block, at);
          s.type(e.text);
        } else if (e.kind === 'enter') {
          s.caret(block, at);
          s.editor.insertBreak();
        } else if (e.kind === 'span') {
          // From a spot in one paragraph to the same spot in the next (or the end).
          const next = Math.min(block + 1, value.length - 1);
          const nextLength = Node.string(s.editor.children[next]!).length;
          Transforms.select(s.editor, { anchor: pointAt(s.editor, block, at), focus: pointAt(s.editor, next, Math.min(at, nextLength)) });
          s.editor.deleteFragment({ direction: 'forward' });
        } else if (e.kind === 'select') {
          s.select(block, at, Math.min(length, at + e.length));
          if (e.text) s.type(e.text);
          else s.editor.deleteFragment({ direction: 'backward' });
        } else {
          s.caret(block, at);
          if (e.kind === 'backspace') s.editor.deleteBackward(e.unit);
          else s.editor.deleteForward(e.unit);
        }
        expect(s.ops.filter((o) => !o.kept)).toEqual([]);
        value = s.stored();
      });
      expect(rejectAll(value)).toEqual(paragraphs(...texts));
    }), { numRuns: 150 });
  });

  it('stops a direct change of the author’s text', () => {
    const editor = withDraftSchema(createEditor());
    editor.children = toEditorValue(paragraphs('Unga röster.'));
    const insert: Operation = { type: 'insert_text', path: [0, 0], offset: 4, text: ' x' };
    const remove: Operation = { type: 'remove_text', path: [0, 0], offset: 0, text: 'Unga' };
    const accept: Operation = { type: 'set_node', path: [0, 0], properties: {}, newProperties: { bold: true } };
    const split: Operation = { type: 'split_node', path: [0], position: 1, properties: { type: 'paragraph' } };
    expect([insert, remove, accept, split].map((op) => keepsAuthorsText(editor, op))).toEqual([false, false, false, false]);
  });
});

describe('suggested text in the editor', () => {
  it('keeps every suggestion through the editor’s layout and normalisation, list items included', () => {
    const file = JSON.parse(readFileSync('test/fixtures/drafts/versions/review-suggestions.v5.kpdraft', 'utf8'));
    const summary: RichText = file.draft.sections.summary;
    const mark = (summary[0]!.children[2] as { suggestion: object }).suggestion;
    const list: RichText = [{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Ett ' }, { text: 'två', suggestion: mark as never }] }] }];
    const ins = mark as { id: string; kind: 'insert'; author: Author; createdAt: string };
    const neighbours: RichText = [{ type: 'paragraph', children: [
      { text: 'plain ' }, { text: 'in', suggestion: ins }, { text: 'out', suggestion: { ...ins, kind: 'delete' } }, { text: 'other', suggestion: { ...ins, id: 's-9' } }, { text: ' plain' },
    ] }];
    for (const value of [summary, list, neighbours]) {
      const editor = withDraftSchema(createEditor());
      editor.children = toEditorValue(value);
      Editor.normalize(editor, { force: true });
      expect(fromEditorValue(editor.children)).toEqual(value);
    }
    expect(suggestionIds(summary)).toEqual(['s-1', 's-2']);
  });
});

describe('formatting in suggestion mode', () => {
  it('bold over a selection is a formatting suggestion the lock lets through; rejected, the text is as it was', () => {
    const original: RichText = [{ type: 'paragraph', children: [{ text: 'Unga ' }, { text: 'röster', italic: true }, { text: ' i beslut.' }] }];
    const s = suggesting(original);
    s.select(0, 0, 11);
    Editor.addMark(s.editor, 'bold', true);
    const v = s.stored();
    expect(v[0]!.children).toEqual([
      { text: 'Unga ', bold: true, suggestion: { id: 's1', kind: 'format', author: GRETA, createdAt: '2026-12-03T09:30:00.000Z', formerly: {} } },
      { text: 'röster', bold: true, italic: true, suggestion: { id: 's1', kind: 'format', author: GRETA, createdAt: '2026-12-03T09:30:00.000Z', formerly: { italic: true } } },
      { text: ' i beslut.' },
    ]);
    expect(s.ops.every((o) => o.kept)).toBe(true);
    expect(rejectAll(v)).toEqual(original);
    // Taking the bold off again leaves no suggestion behind.
    Editor.removeMark(s.editor, 'bold');
    expect(s.stored()).toEqual(original);
  });

  it('at a caret it only sets what is typed next, which is then a bold suggested insertion', () => {
    const s = suggesting(paragraphs('Unga röster.'));
    s.caret(0, 4);
    Editor.addMark(s.editor, 'bold', true);
    s.type(' nya');
    expect(s.stored()[0]!.children).toEqual([
      { text: 'Unga' }, { text: ' nya', bold: true, suggestion: { id: 's1', kind: 'insert', author: GRETA, createdAt: '2026-12-03T09:30:00.000Z' } }, { text: ' röster.' },
    ]);
  });
});
