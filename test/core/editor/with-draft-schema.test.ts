import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditor, Editor, Node, type Descendant } from 'slate';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';
import { RichText, type RichText as RichTextT } from '../../../core/draft/rich-text';

function normalize(children: unknown[]): Descendant[] {
  const editor = withDraftSchema(createEditor());
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

const p = (text: string) => ({ type: 'paragraph', children: [{ text }] });
const li = (...children: unknown[]) => ({ type: 'list-item', children });
const ul = (...children: unknown[]) => ({ type: 'bulleted-list', children });

const cases: Array<[string, unknown[], unknown[]]> = [
  ['an empty value gets one empty paragraph', [], [p('')]],
  ['text at the top level is wrapped, not dropped', [{ text: 'lös text' }, p('b')], [p('lös text'), p('b')]],
  ['a list item at the top level is wrapped in a list', [li(p('a'))], [ul(li(p('a')))]],
  ['a paragraph in a list becomes an item', [ul(p('a'))], [ul(li(p('a')))]],
  ['inline text in a list item is wrapped in a paragraph', [ul(li({ text: 'a' }))], [ul(li(p('a')))]],
  ['a list item starting with a list gets an empty paragraph', [ul(li(ul(li(p('x')))))], [ul(li(p(''), ul(li(p('x')))))]],
  ['a heading inside an item becomes its paragraph', [ul(li({ type: 'heading-one', children: [{ text: 'h' }] }))], [ul(li(p('h')))]],
  ['a second paragraph in an item splits it', [ul(li(p('a'), p('b')))], [ul(li(p('a')), li(p('b')))]],
  ['an empty list is removed', [p('a'), ul()], [p('a')]],
  ['a block inside a paragraph is lifted out with its text', [{ type: 'paragraph', children: [p('inner')] }], [p('inner')]],
  ['an unknown element becomes a paragraph', [{ type: 'table', children: [{ text: 'cell' }] }], [p('cell')]],
  ['a list nested directly in a list joins the previous item', [ul(li(p('a')), ul(li(p('b'))))], [ul(li(p('a'), ul(li(p('b')))))]],
  ['valid content is untouched', [p('a'), ul(li(p('b'), ul(li(p('c')))))], [p('a'), ul(li(p('b'), ul(li(p('c')))))]],
];

describe('withDraftSchema', () => {
  it.each(cases)('%s', (_name, input, output) => {
    expect(normalize(input)).toEqual(output);
  });
});

// Random trees of known and unknown nodes, nested in wrong places on purpose.
const textArb = fc.record({ text: fc.string({ maxLength: 6 }), bold: fc.constant(true) }, { requiredKeys: ['text'] });
const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({
      type: fc.constantFrom('paragraph', 'heading-one', 'block-quote', 'bulleted-list', 'numbered-list', 'list-item', 'link', 'table'),
      children: fc.array(tie('node'), { maxLength: 3 }),
    }).map((n) => (n.type === 'link' ? { ...n, url: 'https://example.org' } : n)),
  ),
  tree: fc.array(tie('node'), { maxLength: 4 }),
}));

const allText = (nodes: unknown[]) => (nodes as Node[]).map((n) => Node.string(n)).join('');

describe('withDraftSchema on random structure', () => {
  it('never loses or changes text, and the result always saves as valid rich text', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const input = structuredClone(t) as unknown[];
        const out = normalize(input);
        expect(allText(out)).toBe(allText(t as unknown[]));
        expect(RichText.safeParse(fromEditorValue(out)).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('convert', () => {
  it('round-trips stored rich text with nested lists', () => {
    const stored: RichTextT = [
      { type: 'heading-one', children: [{ text: 'Rubrik' }] },
      { type: 'paragraph', children: [{ text: 'a ', bold: true }, { type: 'link', url: 'https://icld.se', children: [{ text: 'länk' }] }, { text: '' }] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'ett' }, { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'ett.a' }] }] }] }] },
    ];
    const editorValue = toEditorValue(stored);
    expect(normalize(structuredClone(editorValue))).toEqual(editorValue);
    expect(fromEditorValue(editorValue)).toEqual(stored);
  });

  it('drops decoration fields when saving', () => {
    const saved = fromEditorValue([{ type: 'paragraph', children: [{ text: 'x', kpSeverity: 'error', kpFinding: 2, italic: true }] }]);
    expect(saved).toEqual([{ type: 'paragraph', children: [{ text: 'x', italic: true }] }]);
  });
});
