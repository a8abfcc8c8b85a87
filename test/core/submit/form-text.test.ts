import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../core/draft/rich-text';
import { formCounts, formText } from '../../../core/submit';

const p = (...children: RichText[number]['children']): RichText[number] => ({ type: 'paragraph', children } as RichText[number]);
const t = (text: string) => ({ text });
const link = (url: string, text: string) => ({ type: 'link' as const, url, children: [{ text }] });
const item = (...children: unknown[]) => ({ type: 'list-item' as const, children }) as never;
const bullets = (...children: unknown[]) => ({ type: 'bulleted-list' as const, children }) as never;
const numbered = (...children: unknown[]) => ({ type: 'numbered-list' as const, children }) as never;

describe('text for the online form', () => {
  const cases: Array<[name: string, value: RichText, text: string]> = [
    ['one paragraph', [p(t('Unga röster i Uppsala.'))], 'Unga röster i Uppsala.'],
    ['formatting is dropped, leaves join', [p(t('Ungdoms'), { text: 'råd', bold: true } as never, t(' med mandat'))], 'Ungdomsråd med mandat'],
    ['paragraphs: one blank line between', [p(t('Ett.')), p(t('Två.'))], 'Ett.\n\nTvå.'],
    ['empty paragraphs do not add blank lines', [p(t('Ett.')), p(t('')), p(t('   ')), p(t('Två.'))], 'Ett.\n\nTvå.'],
    ['lines are trimmed and runs of spaces made one', [p(t('  Ett   två  '))], 'Ett två'],
    ['a bulleted list is "- " lines', [bullets(item(t('Råd')), item(t('Dialog')))], '- Råd\n- Dialog'],
    ['a numbered list is "1. " lines', [numbered(item(t('Först')), item(t('Sedan')))], '1. Först\n2. Sedan'],
    ['a nested list is indented two spaces per level and numbered afresh',
      [bullets(item(t('Råd'), numbered(item(t('Mandat')), item(t('Budget')))), item(t('Dialog')))],
      '- Råd\n  1. Mandat\n  2. Budget\n- Dialog'],
    ['a list stands apart from paragraphs by one blank line', [p(t('Vi gör:')), bullets(item(t('A'))), p(t('Sedan.'))], 'Vi gör:\n\n- A\n\nSedan.'],
    ['a link is "text (address)"', [p(t('Läs '), link('https://icld.se', 'ICLD:s sida'), t('.'))], 'Läs ICLD:s sida (https://icld.se).'],
    ['a link whose text is its address is the address', [p(link('https://icld.se/', 'https://icld.se/'))], 'https://icld.se/'],
    ['a link whose text is its address without the scheme is the address', [p(link('https://www.icld.se', 'www.icld.se'))], 'https://www.icld.se'],
    ['soft hyphens are removed', [p(t('ung\u00ADdoms\u00ADråd'))], 'ungdomsråd'],
    ['no-break spaces become spaces', [p(t('12\u00A0000\u00A0kr och 5\u202F%'))], '12 000 kr och 5 %'],
    ['zero-width characters are removed', [p(t('in\u200Bte\u200C\u200D\u2060\uFEFFrt'))], 'intert'],
    ['a line break inside a paragraph is a space', [p(t('rad ett\nrad två'))], 'rad ett rad två'],
    ['headings and quotes are lines of their own', [{ type: 'heading-one', children: [t('Mål')] }, { type: 'block-quote', children: [t('Citat')] }], 'Mål\n\nCitat'],
    ['emoji and combining marks are kept as they are', [p(t('Bra 👍🏽 e\u0301'))], 'Bra 👍🏽 e\u0301'],
  ];
  it.each(cases)('%s', (_name, value, text) => {
    expect(formText(value)).toBe(text);
  });

  it('an empty or absent section is empty text', () => {
    expect(formText([p(t(''))])).toBe('');
    expect(formText(undefined)).toBe('');
  });
});

describe('counting as a web form may count', () => {
  const cases: Array<[name: string, text: string, lineBreak: 0 | 1 | 2, counts: ReturnType<typeof formCounts>]> = [
    ['plain words', 'Unga röster', 1, { charactersWithSpaces: 11, charactersWithoutSpaces: 10, words: 2, lineBreaks: 0 }],
    ['an emoji with a skin tone is one character', '👍🏽', 1, { charactersWithSpaces: 1, charactersWithoutSpaces: 1, words: 1, lineBreaks: 0 }],
    ['a family emoji (joined by ZWJ) is one character', '👨‍👩‍👧', 1, { charactersWithSpaces: 1, charactersWithoutSpaces: 1, words: 1, lineBreaks: 0 }],
    ['a letter with a combining accent is one character', 'e\u0301n', 1, { charactersWithSpaces: 2, charactersWithoutSpaces: 2, words: 1, lineBreaks: 0 }],
    ['a flag is one character', '🇸🇪 ok', 1, { charactersWithSpaces: 4, charactersWithoutSpaces: 3, words: 2, lineBreaks: 0 }],
    ['a line break counts one', 'a\nb', 1, { charactersWithSpaces: 3, charactersWithoutSpaces: 2, words: 2, lineBreaks: 1 }],
    ['a line break counts two (CR LF, as a browser sends it)', 'a\n\nb', 2, { charactersWithSpaces: 6, charactersWithoutSpaces: 2, words: 2, lineBreaks: 2 }],
    ['a line break counts nothing', 'a\n\nb', 0, { charactersWithSpaces: 2, charactersWithoutSpaces: 2, words: 2, lineBreaks: 2 }],
    ['a list marker is a character but not a word', '- Råd', 1, { charactersWithSpaces: 5, charactersWithoutSpaces: 4, words: 1, lineBreaks: 0 }],
    ['"e-post" is one word, "12 000" two', 'e-post 12 000', 1, { charactersWithSpaces: 13, charactersWithoutSpaces: 11, words: 3, lineBreaks: 0 }],
    ['empty text', '', 1, { charactersWithSpaces: 0, charactersWithoutSpaces: 0, words: 0, lineBreaks: 0 }],
  ];
  it.each(cases)('%s', (_name, text, lineBreak, counts) => {
    expect(formCounts(text, lineBreak)).toEqual(counts);
  });

  it('counts the normalised text: a soft hyphen and a link\'s address are what the form receives', () => {
    const text = formText([p(t('ung\u00ADdom '), link('https://icld.se', 'ICLD'))]);
    expect(formCounts(text, 1)).toEqual({ charactersWithSpaces: 'ungdom ICLD (https://icld.se)'.length, charactersWithoutSpaces: 27, words: 3, lineBreaks: 0 });
  });
});
