import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEditorValue } from '../../../../core/editor/convert';
import { RichText } from '../../../../core/draft/rich-text';
import { blocksFromPlainText, cleanPastedHtml } from '../../../../renderer/editor/paste-html';
import { schemaProblems, survivesNormalizing } from '../../support/editor-schema';

// The cleaner parses with parse5, so it runs here in Node as it does in the renderer.

const clean = async (html: string) => cleanPastedHtml(html);
const blocks = async (html: string) => (await clean(html)).blocks;
const plain = async (text: string) => blocksFromPlainText(text);

const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const t = (text: string, marks: Record<string, true> = {}) => ({ text, ...marks });
const item = (...children: unknown[]) => ({ type: 'list-item', children });

describe('line breaks (<br>)', () => {
  it('split a paragraph into the lines the source showed; repeated and trailing breaks add no empty paragraph', async () => {
    expect(await blocks('<p>Anna Berg<br>Härnösands kommun<br><br><br>Stadshuset<br></p>')).toEqual([
      p(t('Anna Berg')), p(t('Härnösands kommun')), p(t('Stadshuset')),
    ]);
  });

  it('keep marks and links running across the split, and the block type on both sides', async () => {
    expect(await blocks('<blockquote><b>Ett<br>två</b></blockquote><h2>Rubrik<br>forts.</h2><p><a href="https://icld.se/">ICLD<br>Visby</a></p>')).toEqual([
      { type: 'block-quote', children: [t('Ett', { bold: true })] },
      { type: 'block-quote', children: [t('två', { bold: true })] },
      { type: 'heading-two', children: [t('Rubrik')] },
      { type: 'heading-two', children: [t('forts.')] },
      p({ type: 'link', url: 'https://icld.se/', children: [t('ICLD')] }),
      p({ type: 'link', url: 'https://icld.se/', children: [t('Visby')] }),
    ]);
  });

  it('split text wrapped in a <div> and stray breaks between blocks make nothing', async () => {
    expect(await blocks('<div>Rad ett<br>Rad två</div><br><br><p>Sist</p><br>')).toEqual([p(t('Rad ett')), p(t('Rad två')), p(t('Sist'))]);
  });

  it('are a space inside a list item, which holds one paragraph', async () => {
    expect(await blocks('<ul><li>uppföljning<br>på hösten<br></li></ul>')).toEqual([
      { type: 'bulleted-list', children: [item(p(t('uppföljning på hösten')))] },
    ]);
    const word = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.</span><![endif]>Första<br>raden</p>`;
    expect(await blocks(word)).toEqual([{ type: 'numbered-list', children: [item(p(t('Första raden')))] }]);
  });
});

describe('list items', () => {
  it('join several paragraphs of one item with a space; text after a nested list starts the next item', async () => {
    expect(await blocks('<ol><li><p>Förberedelse</p><p>hösten <b>2025</b></p><ul><li>resa</li></ul>Projekt</li></ol>')).toEqual([
      { type: 'numbered-list', children: [
        item(p(t('Förberedelse hösten '), t('2025', { bold: true })), { type: 'bulleted-list', children: [item(p(t('resa')))] }),
        item(p(t('Projekt'))),
      ] },
    ]);
  });
});

describe('links', () => {
  it('keep web and mail addresses and turn anything else into plain text', async () => {
    const html = '<p><a href="https://icld.se/">a</a> <a href="http://x.se">b</a> <a href=" mailto:info@icld.se ">c</a> '
      + '<a href="javascript:alert(1)">d</a> <a href="JaVaScRiPt:alert(1)">e</a> <a href="data:text/html,x">f</a> <a href="/relativ">g</a> <a>h</a> <a href="https:">i</a> <a href="mailto:">j</a></p>';
    expect(await blocks(html)).toEqual([p(
      { type: 'link', url: 'https://icld.se/', children: [t('a')] }, t(' '),
      { type: 'link', url: 'http://x.se', children: [t('b')] }, t(' '),
      { type: 'link', url: 'mailto:info@icld.se', children: [t('c')] }, t(' d e f g h i j'),
    )]);
  });

  it('lose the underline the page or Google Docs styles them with', async () => {
    const html = '<p><a href="https://icld.se/" style="text-decoration:none"><span style="color:#1155cc;text-decoration:underline">ICLD</span></a> och <u>viktigt</u></p>';
    expect(await blocks(html)).toEqual([p({ type: 'link', url: 'https://icld.se/', children: [t('ICLD')] }, t(' och '), t('viktigt', { underline: true }))]);
  });
});

describe('marks', () => {
  it('a heading is not bold text: its weight is its look', async () => {
    expect(await blocks('<h2 style="font-weight: 700">Mål</h2><h1><strong>Syfte</strong> och <em>mål</em></h1>')).toEqual([
      { type: 'heading-two', children: [t('Mål')] },
      { type: 'heading-one', children: [t('Syfte och '), t('mål', { italic: true })] },
    ]);
  });

  it('white space collapses across element boundaries and neighbouring text with the same marks is one leaf', async () => {
    expect(await blocks('<p>ett <span> två</span><span style="color:red"> tre </span> <b>fyra</b></p>')).toEqual([p(t('ett två tre '), t('fyra', { bold: true }))]);
  });
});

describe('plain text', () => {
  it('makes each line a paragraph; blank lines only separate paragraphs', async () => {
    expect(await plain('Första stycket.\r\n\r\nAndra stycket.\n   \n\nTredje\tmed tabb.\r\n\n')).toEqual([
      p(t('Första stycket.')), p(t('Andra stycket.')), p(t('Tredje\tmed tabb.')),
    ]);
    expect(await plain('\n\n')).toEqual([]);
  });
});

const SECRET = 'SKRIPTINNEHALL';
const TAGS = ['p', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 'a', 'h1', 'h2', 'h3', 'h5', 'blockquote', 'ul', 'ol', 'li', 'table', 'tr', 'td',
  'pre', 'figure', 'figcaption', 'section', 'font', 'cite', 'noscript', 'title', 'svg', 'math', 'o:p', 'dl', 'dd'];
const ATTRS = [' style="font-weight:700"', ' style="font-weight:normal"', ' style="font-style:italic"', ' style="text-decoration:underline"',
  ' style="text-decoration:none"', " style='mso-list:l0 level2 lfo1'", ' style="mso-list:l1 level1 lfo2"', " style='mso-list:Ignore'",
  ' style="color:#C00000;font-family:Georgia"', ' class=MsoListParagraph', ' class=MsoQuote', ' class=MsoTitle', ' href="https://icld.se/"',
  ' href="javascript:alert(1)"', ' href="mailto:a@b.se"', ' href="/relativ"', ' href=" data:text/html,x"'];
const LEAVES = ['<br>', '<br/>', '<img src="bild.png">', '<hr>', '<!--[if !supportLists]-->', '<!--[endif]-->', '<![if !supportLists]>', '<![endif]>',
  `<script>var x = "${SECRET}";</script>`, `<style>p { color: red } /* ${SECRET} */</style>`, '<meta charset="utf-8">', '&nbsp;', '\n'];

const textArb = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '\u00a0', '\t', '1.', '·', 'Ab'), maxLength: 8 });
const { html: htmlArb } = fc.letrec<{ html: string; element: string }>((tie) => ({
  html: fc.oneof({ depthSize: 'small' }, textArb, fc.constantFrom(...LEAVES), tie('element')),
  element: fc
    .tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }), fc.array(tie('html'), { maxLength: 5 }))
    .map(([tag, attrs, children]) => `<${tag}${attrs.join('')}>${children.join('')}</${tag}>`),
}));
// Broken markup too: unclosed and stray tags, as a truncated clipboard could hold.
const soupArb = fc.array(fc.constantFrom('<', '>', '/', 'p', 'li', 'ul', 'b', 'a href="https://x.se"', 'br', ' ', 'x', '"', '<!--', '-->', '<script>', 'var y'), { maxLength: 30 }).map((a) => a.join(''));

describe('any clipboard HTML', () => {
  it('cleans without failing into blocks the editor takes as they are, with no script or style text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(htmlArb, { maxLength: 6 }).map((a) => a.join('')), soupArb), async (html) => {
        const out = await clean(html);
        expect(schemaProblems(out.blocks)).toEqual([]);
        expect(survivesNormalizing(out.blocks)).toBe(true);
        if (out.blocks.length) expect(RichText.safeParse(fromEditorValue(out.blocks)).success).toBe(true);
        expect(JSON.stringify(out.blocks)).not.toContain(SECRET);
      }),
      { numRuns: 1000 },
    );
  });
});
