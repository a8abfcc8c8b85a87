import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, type Descendant } from 'slate';
import { MAX_LIST_DEPTH } from '../../../core/draft/file-format';
import { listLevelsWithin } from '../../../core/editor/list-depth';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';

const p = (text: string) => ({ type: 'paragraph', children: [{ text }] });
const li = (...children: unknown[]) => ({ type: 'list-item', children });
const ul = (...children: unknown[]) => ({ type: 'bulleted-list', children });

/** A list `levels` deep, one item per level, each item holding its level's number as text. */
const deepList = (levels: number, from = 1): unknown => (levels === 1 ? ul(li(p(`${from}`))) : ul(li(p(`${from}`), deepList(levels - 1, from + 1))));

function normalize(children: unknown[]): Descendant[] {
  const editor = withDraftSchema(createEditor());
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

const texts = (nodes: Descendant[]) => nodes.flatMap((n) => [...Node.texts(n)].map(([t]) => t.text));

describe('lists nest no deeper than a draft file can hold', () => {
  it('a pasted list 60 levels deep is lifted to the deepest level, every item kept in order', () => {
    const out = normalize([deepList(60)]);
    expect(listLevelsWithin({ children: out } as unknown as Node)).toBe(MAX_LIST_DEPTH);
    expect(texts(out)).toEqual(Array.from({ length: 60 }, (_, i) => `${i + 1}`));
    // What is left is at the deepest level and stays as it is.
    expect(normalize(structuredClone(out))).toEqual(out);
  });

  it('items below the deepest level follow their parent in its list, nested lists after it too', () => {
    const wrap = (inner: unknown) => {
      let list: unknown = ul(li(p('top')), li(p('x'), inner));
      for (let level = MAX_LIST_DEPTH - 2; level >= 1; level--) list = ul(li(p(`l${level}`), list));
      return list;
    };
    const out = normalize([wrap(ul(li(p('a'), ul(li(p('b')), li(p('c')))), li(p('d'))))]);
    expect(out).toEqual([wrap(ul(li(p('a')), li(p('b')), li(p('c')), li(p('d'))))]);
  });

});
