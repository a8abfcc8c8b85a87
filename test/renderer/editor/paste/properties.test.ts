import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { InlineChild, ListEl, TextBlockEl, TopBlock } from '../../../../core/editor/types';
import { cleanPastedHtml } from '../../../../renderer/editor/paste-html';
import { MAX_TREE_DEPTH } from '../../../../core/html/parse';
import { schemaProblems, survivesNormalizing } from '../../support/editor-schema';

// What the cleaner promises for any paste, not only the captured ones: the text the source showed
// arrives whole and in order, in blocks the editor keeps as they are, however deep the markup.

/** Every text of the blocks in document order. */
function textOf(blocks: Array<TopBlock | ListEl['children'][number]>): string {
  const inline = (n: InlineChild) => ('type' in n ? n.children.map((c) => c.text).join('') : n.text);
  return blocks.map((b) => ('children' in b && b.type !== 'bulleted-list' && b.type !== 'numbered-list' && b.type !== 'list-item'
    ? (b as TextBlockEl).children.map(inline).join('')
    : textOf((b as ListEl).children as never))).join(' ');
}

/** The text of the document parse5 builds, in its order (walked without recursion: the tree may be deep). */
function parsedText(html: string): string {
  const out: string[] = [];
  const stack: P5.ChildNode[] = [...parse(html).childNodes].reverse() as P5.ChildNode[];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') out.push((n as P5.TextNode).value);
    else if ('childNodes' in n) stack.push(...[...n.childNodes].reverse());
  }
  return out.join(' ');
}

/**
 * Text without its white space (the cleaner collapses and trims it, as the browser shows it) and
 * without the separators it puts between a table's cells and a cell's list items.
 */
const dense = (s: string) => s.replace(/[\s\u00a0]+/g, '').replace(/[–,]/g, '');

// Words are numbered so that a lost, doubled or moved word shows.
let serial = 0;
const wordArb = fc.constantFrom('ord', 'Kalix', 'Masaka', 'ö', 'x').map((w) => `${w}${serial++}`);
const textArb = fc.tuple(fc.constantFrom('', ' ', '\u00a0', '\n'), wordArb, fc.constantFrom('', ' ', '\t')).map((a) => a.join(''));

/** Visible elements: block and inline ones that the cleaner keeps the text of. */
const TAGS = ['p', 'div', 'span', 'b', 'i', 'u', 'em', 'strong', 'a href="https://icld.se/"', 'a href="javascript:x()"', 'h1', 'h2', 'h4',
  'blockquote', 'ul', 'ol', 'li', 'section', 'font', 'o:p', 'dl', 'dd', 'figure', 'center', 'p class=MsoListParagraph style="mso-list:l0 level2 lfo1"'];

interface Gen { html: string; text: string }
const join = (parts: Gen[]): Gen => ({ html: parts.map((p) => p.html).join(''), text: parts.map((p) => p.text).join(' ') });

const { node: nodeArb } = fc.letrec<{ node: Gen; element: Gen; table: Gen }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, textArb.map((t) => ({ html: t, text: t })), fc.constant({ html: '<br>', text: '' }), tie('element'), tie('table')),
  // Tables as programs write them (cells in rows), header cells, spans and empty cells included.
  table: fc.array(fc.array(fc.tuple(fc.constantFrom('td', 'th', 'td colspan=2'), fc.array(tie('node'), { maxLength: 3 })), { maxLength: 4 }), { maxLength: 4 })
    .map((rows) => {
      const cells = rows.map((row) => row.map(([cell, children]) => ({ cell, inner: join(children) })));
      const html = cells.map((row) => `<tr>${row.map(({ cell, inner }) => `<${cell}>${inner.html}</${cell.split(' ')[0]}>`).join('')}</tr>`).join('');
      return { html: `<table><tbody>${html}</tbody></table>`, text: cells.flat().map(({ inner }) => inner.text).join(' ') };
    }),
  element: fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 })).map(([open, children]) => {
    const inner = join(children);
    return { html: `<${open}>${inner.html}</${open.split(' ')[0]}>`, text: inner.text };
  }),
}));

describe('any clipboard HTML', () => {
  it('keeps all the text it showed, in its order', () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { maxLength: 6 }), (nodes) => {
        const source = join(nodes);
        const out = cleanPastedHtml(source.html);
        expect(dense(textOf(out.blocks))).toBe(dense(source.text));
      }),
      { numRuns: 1500 },
    );
  });

  it('nested to any depth, cleans without failing into blocks the editor keeps, with all the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TAGS, 'table', 'tr', 'td', 'th', 'tbody', 'pre'), { minLength: 1, maxLength: MAX_TREE_DEPTH * 15, size: 'max' }),
        fc.nat(), (tags, seed) => {
          const word = `ord${seed}`;
          const html = tags.map((t, i) => `<${t}>${i % 97 === 0 ? `${word}${i} ` : ''}`).join('') + 'slut';
          const out = cleanPastedHtml(html);
          expect(schemaProblems(out.blocks)).toEqual([]);
          expect(survivesNormalizing(out.blocks)).toBe(true);
          // Table parts out of place have the parser move text (as a browser does): the order to keep is the parsed one.
          expect(dense(textOf(out.blocks))).toBe(dense(parsedText(html)));
        }),
      { numRuns: 40 },
    );
  });
});
