import fc from 'fast-check';
import { createEditor, Node, Range, Transforms, type Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import type { ListItemElement, RichText } from '../../../core/draft/rich-text';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import { keepsAuthorsText } from '../../../core/review/suggestion-ops';
import { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion, suggestionIds } from '../../../core/review/suggestions';
import { withSuggestions } from '../../../core/review/with-suggestions';
import { word } from './support/suggestion-model';

/**
 * A reviewer's random edits of a list in a live editor in suggestion mode (Enter in an item,
 * Backspace at an item's start, typing, removals within and across items), made alongside on a
 * plain model of every character and every break between items, for the decisions to be compared.
 */

type Char = { ch: string; state: 'orig' | 'ins' | 'del' };
type Item = { chars: Char[]; brk: 'orig' | 'ins' | 'del' };
type Edit =
  | { kind: 'type'; item: number; at: number; text: string }
  | { kind: 'enter'; item: number; at: number }
  | { kind: 'backspace'; item: number }
  | { kind: 'remove'; item: number; at: number; items: number; to: number };

const listItem = fc.array(word, { minLength: 1, maxLength: 3 }).map((words): ListItemElement => ({
  type: 'list-item', children: words.map((text, i) => (i % 2 ? { text, bold: true as const } : { text })),
}));
const list = fc.tuple(fc.constantFrom('bulleted-list' as const, 'numbered-list' as const), fc.array(listItem, { minLength: 1, maxLength: 4 }))
  .map(([type, children]): RichText => [{ type, children }]);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), item: fc.nat(), at: fc.nat(), text: word }),
  fc.record({ kind: fc.constant('enter' as const), item: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('backspace' as const), item: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), item: fc.nat(), at: fc.nat(), items: fc.integer({ min: 0, max: 2 }), to: fc.nat() }),
);

const itemText = (i: ListItemElement) => i.children.map((c) => ('text' in c ? c.text : '')).join('');
const itemTexts = (v: RichText) => (v[0]!.children as ListItemElement[]).map(itemText);

/** The point `offset` characters into item `i`'s text. */
function pointAt(editor: Editor, i: number, offset: number) {
  let left = offset;
  for (const [leaf, path] of Node.texts(Node.get(editor, [0, i, 0]))) {
    if (left <= leaf.text.length) return { path: [0, i, 0, ...path], offset: left };
    left -= leaf.text.length;
  }
  throw new Error('past the end');
}

/** Removing a range in the model: plain text marked, one's own insertions gone, breaks marked or taken back. */
function removeInModel(items: Item[], a: number, x: number, b: number, y: number): void {
  items.forEach((item, i) => {
    if (i < a || i > b) return;
    const from = i === a ? x : 0;
    const to = i === b ? y : item.chars.length;
    item.chars = item.chars.flatMap((c, k) => (k < from || k >= to ? [c] : c.state === 'orig' ? [{ ...c, state: 'del' as const }] : c.state === 'ins' ? [] : [c]));
  });
  for (let i = b; i > a; i--) joinInModel(items, i);
}

function joinInModel(items: Item[], i: number): void {
  const item = items[i]!;
  if (item.brk === 'orig') item.brk = 'del';
  else if (item.brk === 'ins') items.splice(i - 1, 2, { ...items[i - 1]!, chars: [...items[i - 1]!.chars, ...item.chars] });
}

function run(original: RichText, edits: Edit[]) {
  let n = 0;
  const ctx = { author: { name: 'Karin Ek', initials: 'KE' }, now: () => new Date('2026-12-04T10:00:00Z'), newId: () => `s${++n}` };
  const editor = withSuggestions(withDraftSchema(createEditor()), { context: () => ctx, refused: () => undefined });
  editor.children = toEditorValue(original);
  let blocked = 0;
  const { apply } = editor;
  editor.apply = (op) => {
    if (!keepsAuthorsText(editor, op)) blocked++;
    apply(op);
  };
  const items: Item[] = itemTexts(original).map((t) => ({ chars: [...t].map((ch) => ({ ch, state: 'orig' as const })), brk: 'orig' }));
  for (const e of edits) {
    const i = e.item % items.length;
    const length = items[i]!.chars.length;
    if (e.kind === 'type') {
      const at = e.at % (length + 1);
      Transforms.select(editor, pointAt(editor, i, at));
      [...e.text].forEach((ch) => editor.insertText(ch));
      items[i]!.chars.splice(at, 0, ...[...e.text].map((ch) => ({ ch, state: 'ins' as const })));
    } else if (e.kind === 'enter') {
      const at = e.at % (length + 1);
      Transforms.select(editor, pointAt(editor, i, at));
      editor.insertBreak();
      // Enter in an empty new item takes it back.
      if (length === 0 && items[i]!.brk === 'ins') items.splice(i, 1);
      else items.splice(i, 1, { ...items[i]!, chars: items[i]!.chars.slice(0, at) }, { chars: items[i]!.chars.slice(at), brk: 'ins' });
    } else if (e.kind === 'backspace') {
      Transforms.select(editor, pointAt(editor, i, 0));
      editor.deleteBackward('character');
      if (i > 0) joinInModel(items, i);
    } else {
      const b = Math.min(i + e.items, items.length - 1);
      const x = e.at % (length + 1);
      const y = e.to % (items[b]!.chars.length + 1);
      const range = { anchor: pointAt(editor, i, x), focus: pointAt(editor, b, y) };
      if (Range.isCollapsed(range) || (b === i && y < x)) continue;
      Transforms.select(editor, range);
      editor.deleteFragment({ direction: 'backward' });
      removeInModel(items, i, x, b, y);
    }
    expect(itemTexts(fromEditorValue(editor.children))).toEqual(items.map((it) => it.chars.map((c) => c.ch).join('')));
  }
  return { value: fromEditorValue(editor.children), items, blocked };
}

/** The reviewer's list: inserted text and items kept, removed text and joined items gone. */
function accepted(items: Item[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const text = item.chars.filter((c) => c.state !== 'del').map((c) => c.ch).join('');
    if (item.brk === 'del' && out.length > 0) out[out.length - 1] += text;
    else out.push(text);
  }
  return out;
}

describe('suggesting in a list', () => {
  it('accepting all gives the reviewer’s list, rejecting all the author’s exactly, and every step passes the review lock', () => {
    fc.assert(fc.property(list, fc.array(edit, { maxLength: 10 }), (original, edits) => {
      const { value, items, blocked } = run(original, edits);
      expect(blocked).toBe(0);
      expect(itemTexts(acceptAll(value))).toEqual(accepted(items));
      expect(rejectAll(value)).toEqual(original);
    }), { numRuns: 200 });
  });

  it('deciding one suggestion at a time, in any order, ends where deciding all at once does', () => {
    fc.assert(fc.property(list, fc.array(edit, { maxLength: 10 }), fc.func(fc.boolean()), (original, edits, accepts) => {
      const { value } = run(original, edits);
      const ids = suggestionIds(value);
      const decided = ids.reduce((v, id) => (accepts(id) ? acceptSuggestion(v, id) : rejectSuggestion(v, id)), value);
      expect(suggestionIds(decided)).toEqual([]);
      const reversed = [...ids].reverse().reduce((v, id) => (accepts(id) ? acceptSuggestion(v, id) : rejectSuggestion(v, id)), value);
      expect(itemTexts(reversed)).toEqual(itemTexts(decided));
      expect(ids.reduce(acceptSuggestion, value)).toEqual(acceptAll(value));
      expect(ids.reduce(rejectSuggestion, value)).toEqual(original);
    }), { numRuns: 200 });
  });
});
