import fc from 'fast-check';
import type { RichText } from '../../../../core/draft/rich-text';
import { suggestJoin, suggestSplit } from '../../../../core/review/block-edits';
import { suggestDelete, suggestFormat, suggestInsert, type FormatMark } from '../../../../core/review/suggest-edits';

/**
 * A reviewer's random edits made two ways: as suggestions through the core functions, and on a
 * plain model that records every character's state, for the property tests to compare.
 */

export type Edit =
  | { kind: 'insert'; block: number; at: number; text: string }
  | { kind: 'delete'; block: number; at: number; length: number }
  | { kind: 'format'; block: number; at: number; length: number; mark: FormatMark; on: boolean }
  | { kind: 'split'; block: number; at: number }
  | { kind: 'join'; block: number };
export type Char = { ch: string; state: 'orig' | 'ins' | 'del'; id?: string };
/** The state of the break before a block (the first block's is always 'orig'). */
export type Break = Omit<Char, 'ch'>;

// A section as Slate stores it: neighbouring leaves differ in their marks.
export const word = fc.string({ unit: fc.constantFrom('a', 'b', 'å', ' ', '.'), minLength: 1, maxLength: 8 });
export const paragraph = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => ({
  type: 'paragraph' as const, children: words.map((text, i) => (i % 2 ? { text, bold: true as const } : { text })),
}));
export const section = fc.array(paragraph, { minLength: 1, maxLength: 3 }) as fc.Arbitrary<RichText>;
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), block: fc.nat(), at: fc.nat(), text: word }),
  fc.record({ kind: fc.constant('delete' as const), block: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    kind: fc.constant('format' as const), block: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }),
    mark: fc.constantFrom<FormatMark>('bold', 'italic', 'underline'), on: fc.boolean(),
  }),
);

/** Text edits and paragraph breaks: new paragraphs and joined ones. */
export const editWithBreaks: fc.Arbitrary<Edit> = fc.oneof(
  edit,
  fc.record({ kind: fc.constant('split' as const), block: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('join' as const), block: fc.nat() }),
);

export const by = (id: string) => ({ id, author: { name: 'Karin Ek', initials: 'KE' }, createdAt: '2026-11-30T10:00:00.000Z' });
export const blockText = (b: RichText[number]): string => (b.children as Array<{ text?: string }>).map((c) => c.text ?? '').join('');
export const texts = (v: RichText) => v.map(blockText);

/** The reviewer's edits made both ways: as suggestions, and on a plain model of every character's state. */
export function suggestAll(original: RichText, edits: Edit[]) {
  let value = original;
  const model: Char[][] = original.map((b) => [...blockText(b)].map((ch) => ({ ch, state: 'orig' as const })));
  const breaks: Break[] = original.map(() => ({ state: 'orig' }));
  edits.forEach((e, n) => {
    const id = `s${n}`;
    const block = e.block % model.length;
    const chars = model[block]!;
    if (e.kind === 'join') {
      if (block === 0 || breaks[block]!.state === 'del') return;
      value = suggestJoin(value, block, by(id), () => true);
      if (breaks[block]!.state === 'orig') breaks[block] = { state: 'del', id };
      else {
        // One's own new paragraph is taken back outright.
        model[block - 1]!.push(...chars);
        model.splice(block, 1);
        breaks.splice(block, 1);
      }
      return;
    }
    const at = e.at % (chars.length + 1);
    if (e.kind === 'split') {
      value = suggestSplit(value, { block, offset: at }, by(id));
      model.splice(block + 1, 0, chars.splice(at));
      breaks.splice(block + 1, 0, { state: 'ins', id });
    } else if (e.kind === 'insert') {
      value = suggestInsert(value, { block, offset: at }, e.text, by(id));
      chars.splice(at, 0, ...[...e.text].map((ch) => ({ ch, state: 'ins' as const, id })));
    } else if (e.kind === 'format') {
      // Formatting changes no character's state: the text stays as the model has it.
      value = suggestFormat(value, block, at, Math.min(chars.length, at + e.length), { mark: e.mark, on: e.on }, by(id), () => true);
    } else {
      const to = Math.min(chars.length, at + e.length);
      value = suggestDelete(value, block, at, to, by(id), () => true);
      const range = chars.slice(at, to).flatMap((c): Char[] => (c.state === 'ins' ? [] : [c.state === 'orig' ? { ...c, state: 'del', id } : c]));
      chars.splice(at, to - at, ...range);
    }
  });
  return { value, model, breaks };
}
/** The text with every suggestion accepted: removed text gone, blocks whose break is removed joined. */
export function finalText(model: Char[][], breaks: Break[] = model.map(() => ({ state: 'orig' }))): string[] {
  const out: string[] = [];
  model.forEach((cs, i) => {
    const text = cs.filter((c) => c.state !== 'del').map((c) => c.ch).join('');
    if (i > 0 && breaks[i]!.state === 'del') out[out.length - 1] += text;
    else out.push(text);
  });
  return out;
}

