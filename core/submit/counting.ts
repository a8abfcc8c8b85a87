import { countWords } from '../rules/word-count';

/**
 * How a web form counts the text pasted into it, as the online form's data says (core/submit/online-form.ts).
 * `unknown` where ICLD has not said: the app then shows every count and picks none.
 */
export type CountUnit = 'charactersWithSpaces' | 'charactersWithoutSpaces' | 'words';

/** What one line break costs in a character count: 1 (LF), 2 (CR LF, as browsers send a text box), or 0. */
export type LineBreakCost = 0 | 1 | 2;

export interface FormCounts {
  /** Grapheme clusters (an emoji or a letter with combining marks is one), spaces included, line breaks as `lineBreak` each. */
  charactersWithSpaces: number;
  /** Grapheme clusters that are not white space (line breaks are white space). */
  charactersWithoutSpaces: number;
  words: number;
  lineBreaks: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const SPACE = /^\s+$/u;

/** Counts plain form text (as `formText` makes it) in every way a form may count it. */
export function formCounts(text: string, lineBreak: LineBreakCost = 1): FormCounts {
  let withSpaces = 0;
  let withoutSpaces = 0;
  let lineBreaks = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (segment === '\n' || segment === '\r\n' || segment === '\r') {
      lineBreaks++;
      continue;
    }
    withSpaces++;
    if (!SPACE.test(segment)) withoutSpaces++;
  }
  return { charactersWithSpaces: withSpaces + lineBreaks * lineBreak, charactersWithoutSpaces: withoutSpaces, words: countWords(text), lineBreaks };
}

/** The count in a form's unit. */
export const countIn = (c: FormCounts, unit: CountUnit): number => c[unit];
