import fc from 'fast-check';
import type { RichText } from '../../../../core/draft/rich-text';
import { suggestDelete, suggestFormat, suggestInsert, type FormatMark } from '../../../../core/review/suggest-edits';

/**
 * A reviewer's random edits made two ways: as suggestions through the core functions, and on a
 * plain model that records every character's state, for the property tests to compare.
 */

export type Edit =
  | { kind: 'insert'; block: number; at: number; text: string }
  | { kind: 'delete'; block: number; at: number; length: number }
  | { kind: 'format'; block: number; at: number; length: number; mark: FormatMark; on: boolean };
export type Char = { ch: string; state: 'orig' | 'ins' | 'del'; id?: string };

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

export const by = (id: string) => ({ id, author: { name: 'Karin Ek', initials: 'KE' }, createdAt: '2026-11-30T10:00:00.000Z' });
export const blockText = (b: RichText[number]): string => (b.children as Array<{ text?: string }>).map((c) => c.text ?? '').join('');
export const texts = (v: RichText) => v.map(blockText);

/** The reviewer's edits made both ways: as suggestions, and on a plain model of every character's state. */
export function suggestAll(original: RichText, edits: Edit[]) {
  let value = original;
  const model: Char[][] = original.map((b) => [...blockText(b)].map((ch) => ({ ch, state: 'orig' as const })));
  edits.forEach((e, n) => {
    const id = `s${n}`;
    const block = e.block % model.length;
    const chars = model[block]!;
    const at = e.at % (chars.length + 1);
    if (e.kind === 'insert') {
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
  return { value, model };
}
export const finalText = (model: Char[][]) => model.map((cs) => cs.filter((c) => c.state !== 'del').map((c) => c.ch).join(''));

