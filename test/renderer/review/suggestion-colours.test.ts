import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorColour, SUGGESTION_COLOURS } from '../../../renderer/review/suggestion-colour';

/** The custom properties a style sheet sets in the light theme and in the dark one. */
function themes(file: string): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(`renderer/styles/${file}`, 'utf8');
  const dark = css.indexOf('@media (prefers-color-scheme: dark)');
  const vars = (part: string) => Object.fromEntries([...part.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  return { light: vars(css.slice(0, dark)), dark: vars(css.slice(dark)) };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the colours of suggested changes', () => {
  const page = themes('base.css');
  const comments = themes('review.css');
  const suggestions = themes('suggestions.css');

  for (const theme of ['light', 'dark'] as const) {
    // Text contrast (4.5:1), more than the 3:1 a mark needs: the suggested words must stay readable.
    it(`stand out from the page, the text's surface and a comment's highlight in the ${theme} theme`, () => {
      const backgrounds = [page[theme]['--bg'], page[theme]['--surface'], comments[theme]['--comment-bg']];
      expect(backgrounds.every(Boolean)).toBe(true);
      for (let n = 0; n < SUGGESTION_COLOURS; n++) {
        const colour = suggestions[theme][`--suggest-${n}`];
        expect(colour, `--suggest-${n}`).toBeDefined();
        for (const bg of backgrounds) expect(contrast(colour!, bg!), `--suggest-${n} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('gives each person one colour, whatever the case and spacing of their name, and tells people apart', () => {
    expect(authorColour(' Karin  Ek ')).toBe(authorColour('karin ek'));
    const names = ['Karin Ek', 'Greta Granskare', 'Ali Hassan', 'Maria Lind', 'Johan Berg', 'Amina Otieno'];
    expect(new Set(names.map(authorColour)).size).toBeGreaterThan(3);
    for (const n of names) expect(authorColour(n)).toBeLessThan(SUGGESTION_COLOURS);
  });
});
