import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offsetToPoint, pointToOffset, projectText } from '../../../core/review/plain-text';
import { reanchor } from '../../../core/review/reanchor';
import { buildTextAnchor, currentText, type TextAnchor } from '../../../core/review/text-anchor';
import { annotationOn, draftWith, valueFromText } from './helpers';

/**
 * A comment on a distinctive phrase (capitals and digits in lower-case prose) is made in one copy;
 * another copy is then edited elsewhere (typing, deleting, new paragraphs) and laid out in other
 * leaves. Re-anchoring must find the phrase again, and must report an orphan once it is deleted.
 */

const S = 'challenge';
const WORDS = ['kommunen', 'partnerskap', 'dialog', 'och', 'i', 'ungdomar', 'budget', 'mål', 'för', 'samverkan'];
const prose = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 5 });
const token = fc.string({ unit: fc.constantFrom('Q', 'X', 'Z', '7', '8', '9'), minLength: 1, maxLength: 6 });
const phrase = (minLength: number, maxTokens = 8) =>
  fc
    .tuple(fc.array(token, { minLength: 1, maxLength: maxTokens }), fc.array(fc.constantFrom(' ', ' ', '\n'), { minLength: maxTokens, maxLength: maxTokens }))
    .map(([tokens, seps]) => tokens.map((t, i) => (i === 0 ? t : seps[i]! + t)).join(''))
    .filter((p) => p.length >= minLength);
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const editElsewhere = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'newline'),
  at: frac,
  size: frac,
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => ` ${w.join(' ')} `),
});
const cutSeed = fc.array(frac, { minLength: 2, maxLength: 2 });

type Doc = { text: string; qs: number; qe: number };

function withPhrase(lines: string[], where: number, marker: string): Doc {
  const text = lines.join('\n');
  const spaces = [0, ...[...text].flatMap((c, i) => (c === ' ' || c === '\n' ? [i + 1] : []))];
  const at = spaces[Math.floor(where * spaces.length)]!;
  const inserted = `${marker} `;
  return { text: text.slice(0, at) + inserted + text.slice(at), qs: at, qe: at + marker.length };
}

function applyElsewhere(d: Doc, e: { kind: string; at: number; size: number; words: string }): Doc {
  const o = Math.floor(e.at * (d.text.length + 1));
  if (e.kind === 'delete') {
    const end = Math.min(d.text.length, o + 1 + Math.floor(e.size * 30));
    if (end > d.qs && o < d.qe) return d; // would touch the phrase: not "elsewhere"
    const n = end - o;
    return { text: d.text.slice(0, o) + d.text.slice(end), qs: o < d.qs ? d.qs - n : d.qs, qe: o < d.qs ? d.qe - n : d.qe };
  }
  const s = e.kind === 'newline' ? '\n' : e.words;
  const at = o > d.qs && o < d.qe ? d.qe : o;
  const shift = at <= d.qs ? s.length : 0;
  return { text: d.text.slice(0, at) + s + d.text.slice(at), qs: d.qs + shift, qe: d.qe + shift };
}

const layout = (seed: number[]) => (line: string) => seed.map((f) => Math.floor(f * line.length));

function commentOnPhrase(d: Doc, seed: number[]) {
  const value = valueFromText(d.text, layout(seed));
  const p = projectText(value);
  const r = buildTextAnchor(value, S, { anchor: offsetToPoint(p, d.qs, 'forward')!, focus: offsetToPoint(p, d.qe, 'backward')! });
  if (!r.ok) throw new Error(r.error.message);
  return annotationOn(r.value);
}

describe('re-anchoring a copy edited elsewhere (property)', () => {
  it('finds the quoted phrase again after random edits around it', () => {
    fc.assert(
      fc.property(prose, frac, phrase(8), cutSeed, fc.array(editElsewhere, { maxLength: 12 }), cutSeed, (lines, where, marker, seed1, edits, seed2) => {
        const before = withPhrase(lines, where, marker);
        const comment = commentOnPhrase(before, seed1);
        const after = edits.reduce(applyElsewhere, before);
        expect(after.text.slice(after.qs, after.qe)).toBe(marker);
        const value = valueFromText(after.text, layout(seed2));
        const result = reanchor(comment, draftWith({ [S]: value }));
        expect(result.status).toBe('placed');
        const anchor = result.annotation.anchor as TextAnchor;
        expect(currentText(value, anchor)).toBe(marker);
        expect(pointToOffset(projectText(value), anchor.anchor)).toBe(after.qs);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a long quoted passage (searched by probes) after random edits around it', () => {
    const passage = fc.array(token, { minLength: 70, maxLength: 90 }).map((t) => t.join(' '));
    fc.assert(
      fc.property(prose, frac, passage, cutSeed, fc.array(editElsewhere, { maxLength: 12 }), (lines, where, marker, seed, edits) => {
        const before = withPhrase(lines, where, marker);
        const comment = commentOnPhrase(before, seed);
        const after = edits.reduce(applyElsewhere, before);
        const value = valueFromText(after.text, layout(seed));
        const result = reanchor(comment, draftWith({ [S]: value }));
        expect(result.status).toBe('placed');
        expect(currentText(value, result.annotation.anchor as TextAnchor)).toBe(marker);
      }),
      { numRuns: 100 },
    );
  });

  it('finds a short phrase when the edits keep clear of its context', () => {
    fc.assert(
      fc.property(prose, frac, phrase(1, 2), fc.array(editElsewhere, { maxLength: 8 }), cutSeed, (lines, where, marker, edits, seed) => {
        const before = withPhrase(lines, where, marker);
        const comment = commentOnPhrase(before, seed);
        const far = (d: Doc, e: Parameters<typeof applyElsewhere>[1]) => {
          const o = Math.floor(e.at * (d.text.length + 1));
          return Math.abs(o - d.qs) > 40 && Math.abs(o - d.qe) > 40 ? applyElsewhere(d, { ...e, size: Math.min(e.size, 0.3) }) : d;
        };
        const after = edits.reduce(far, before);
        const value = valueFromText(after.text, layout(seed));
        const result = reanchor(comment, draftWith({ [S]: value }));
        expect(result.status).toBe('placed');
        expect(currentText(value, result.annotation.anchor as TextAnchor)).toBe(marker);
      }),
      { numRuns: 200 },
    );
  });

  it('still finds the phrase when a character of it was changed', () => {
    fc.assert(
      fc.property(prose, frac, phrase(12), frac, fc.array(editElsewhere, { maxLength: 6 }), cutSeed, (lines, where, marker, pick, edits, seed) => {
        const before = withPhrase(lines, where, marker);
        const comment = commentOnPhrase(before, seed);
        const letters = [...marker].flatMap((c, i) => (c === ' ' || c === '\n' ? [] : [i]));
        const i = before.qs + letters[Math.floor(pick * letters.length)]!;
        const changed = { ...before, text: before.text.slice(0, i) + (before.text[i] === 'Q' ? 'X' : 'Q') + before.text.slice(i + 1) };
        const after = edits.reduce(applyElsewhere, changed);
        const value = valueFromText(after.text, layout(seed));
        const result = reanchor(comment, draftWith({ [S]: value }));
        expect(result.status).toBe('placed');
        const p = projectText(value);
        const anchor = result.annotation.anchor as TextAnchor;
        expect(Math.abs(pointToOffset(p, anchor.anchor)! - after.qs)).toBeLessThanOrEqual(1);
        expect(Math.abs(pointToOffset(p, anchor.focus)! - after.qe)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('reports an orphan, with its quote, once the phrase is deleted', () => {
    fc.assert(
      fc.property(prose, frac, phrase(1, 60), cutSeed, fc.array(editElsewhere, { maxLength: 8 }), (lines, where, marker, seed, edits) => {
        const before = withPhrase(lines, where, marker);
        const comment = commentOnPhrase(before, seed);
        const edited = edits.reduce(applyElsewhere, before);
        const gone = edited.text.slice(0, edited.qs) + edited.text.slice(edited.qe);
        const result = reanchor(comment, draftWith({ [S]: valueFromText(gone, layout(seed)) }));
        expect(result.status).toBe('orphan');
        const anchor = result.annotation.anchor as TextAnchor;
        expect(anchor.detached).toBe(true);
        expect(anchor.quote.exact).toBe(marker);
      }),
      { numRuns: 300 },
    );
  });
});
