import { describe, expect, it } from 'vitest';
import { countLines, estimatePages, type LayoutBlock, type TextBlock } from '../../../core/docx/page-estimate';

const WIDTH = 9026; // A4 with 2.54 cm margins
const geo = { bodyHeight: 13958, bodyWidth: WIDTH };
const para = (text: string, o: Partial<TextBlock> = {}): TextBlock => ({
  kind: 'text', text, size: 22, bold: false, line: 291, before: 0, after: 120, indent: 0, keepNext: false, ...o,
});
const lines = (n: number) => Array.from({ length: n }, (_, i) => `line${i}`).join('\n');

describe('countLines', () => {
  it('wraps at spaces when a line is full', () => {
    // At 11 pt the 451 pt text width is 41.03 em: eleven "mmmm" (3.332 em each) and ten spaces
    // (0.278 em) make 39.43 em, twelve make 43.04 em.
    expect(countLines('mmmm '.repeat(11).trim(), WIDTH, 22, false)).toBe(1);
    expect(countLines('mmmm '.repeat(12).trim(), WIDTH, 22, false)).toBe(2);
    expect(countLines('', WIDTH, 22, false)).toBe(1);
  });

  it('counts explicit line breaks and breaks words longer than a line', () => {
    expect(countLines('a\nb\r\nc', WIDTH, 22, false)).toBe(3);
    expect(countLines('m'.repeat(49), WIDTH, 22, false)).toBe(1);
    expect(countLines('m'.repeat(50), WIDTH, 22, false)).toBe(2);
  });

  it('measures bold text wider than regular', () => {
    const text = 'partnerskap '.repeat(60);
    expect(countLines(text, WIDTH, 22, true)).toBeGreaterThan(countLines(text, WIDTH, 22, false));
  });
});

describe('estimatePages', () => {
  it('fills a page with lines and starts the next', () => {
    // 13958 / 291 = 47.96: 47 lines fit on a page.
    const blocks: LayoutBlock[] = [para(lines(47), { bookmark: 'a' }), para('x', { bookmark: 'b' })];
    const r = estimatePages(blocks, geo, 3);
    expect(r.bookmarks.get('a')).toBe(3);
    expect(r.bookmarks.get('b')).toBe(4);
    expect(r.pages).toBe(4);
  });

  it('takes the larger of space after and space before between paragraphs, as Word does', () => {
    // 46 lines (13386 twips) + a gap + one line fit in 13958 twips with a 200-twip gap, not 400.
    const r = estimatePages([para(lines(46), { after: 200 }), para('x', { before: 200, bookmark: 'x' })], geo);
    expect(r.bookmarks.get('x')).toBe(1);
    const larger = estimatePages([para(lines(46), { after: 200 }), para('x', { before: 400, bookmark: 'x' })], geo);
    expect(larger.bookmarks.get('x')).toBe(2);
  });

  it('keeps a heading with the first two lines of what follows', () => {
    const heading = para('Rubrik', { size: 32, line: 368, keepNext: true, bookmark: 'h' });
    const r = estimatePages([para(lines(44)), heading, para(lines(5))], geo);
    expect(r.bookmarks.get('h')).toBe(2);
  });

  it('keeps a heading, its sub-heading and the first two lines after them together, as one chain', () => {
    // 43 lines used leave 1445 twips: the heading (368), the sub-heading (291) and the space
    // between (240) fit, but not with the two lines after them (120 + 582); so both move on.
    const heading = para('Rubrik', { size: 32, line: 368, keepNext: true, bookmark: 'h' });
    const sub = para('Underrubrik', { before: 240, keepNext: true, bookmark: 's' });
    const r = estimatePages([para(lines(43), { after: 0 }), heading, sub, para(lines(5))], geo);
    expect(r.bookmarks.get('s')).toBe(2);
    expect(r.bookmarks.get('h')).toBe(2);
    // Three lines fewer before them leave 2318 twips: the whole chain fits on the first page.
    const fits = estimatePages([para(lines(40), { after: 0 }), heading, sub, para(lines(5))], geo);
    expect([fits.bookmarks.get('h'), fits.bookmarks.get('s')]).toEqual([1, 1]);
  });

  it('never leaves a single line of a paragraph alone on a page', () => {
    // 46 lines used: one line left; a three-line paragraph moves whole to the next page.
    const r = estimatePages([para(lines(46), { after: 0 }), para(lines(3), { bookmark: 'p' })], geo);
    expect(r.bookmarks.get('p')).toBe(2);
    // Two lines left: a four-line paragraph starts here, two lines on each page.
    const s = estimatePages([para(lines(45), { after: 0 }), para(lines(4), { bookmark: 'p' }), para('z', { bookmark: 'z' })], geo);
    expect(s.bookmarks.get('p')).toBe(1);
    expect(s.bookmarks.get('z')).toBe(2);
  });

  it('starts a new page at a page break, and repeats table headers when rows spill over', () => {
    const table: LayoutBlock = {
      kind: 'table', columns: [4513, 4513], size: 20, line: 230, cellPadding: 80, headerRows: 1, after: 0,
      rows: [[{ text: 'Rubrik', bold: true }, { text: 'Belopp', bold: true }], ...Array.from({ length: 60 }, () => [{ text: 'rad', bold: false }, { text: '1 kr', bold: false }])],
    };
    const r = estimatePages([para('a'), { kind: 'pageBreak' }, para('b', { bookmark: 'b' }), table, para('c', { bookmark: 'c' })], geo);
    expect(r.bookmarks.get('b')).toBe(2);
    // 61 rows of 320 twips: 43 on the first page, the rest (with the header again) on the next.
    expect(r.bookmarks.get('c')).toBe(3);
  });

  it('starts a page section on its side on a new page, wider and shorter, and upright again after it', () => {
    const side = { bodyHeight: 9026, bodyWidth: 13958 };
    // 12 000 twips of lines: on one upright page, on two pages on their side.
    const body = para(lines(41));
    const blocks: LayoutBlock[] = [para('intro'), { kind: 'section', geometry: side }, body, { kind: 'section', geometry: geo }, para('after')];
    const r = estimatePages(blocks, geo);
    expect([...r.blockPages]).toEqual([1, 2, 2, 4, 4]);
    // A line too long for an upright page fits on one on its side: 22 paragraphs of one line fill
    // less than a page on its side, of two lines more than an upright page.
    const wide = Array.from({ length: 22 }, () => para('mmmm '.repeat(15).trim()));
    expect(estimatePages([{ kind: 'section', geometry: side }, ...wide], geo).pages).toBe(1);
    expect(estimatePages(wide, geo).pages).toBe(2);
  });
});
