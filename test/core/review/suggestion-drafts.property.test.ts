import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import type { Draft } from '../../../core/draft/schema';
import { projectText } from '../../../core/review/plain-text';
import { acceptedDraft, authorsDraft } from '../../../core/review/suggestion-drafts';
import { rejectAll } from '../../../core/review/suggestions';
import { currentText, textAnchorAt } from '../../../core/review/text-anchor';
import { edit, section, suggestAll, type Char } from './support/suggestion-model';

/** Comments on a suggested text, carried into the author's text and into the accepted text. */

const karin = { name: 'Karin Ek', initials: 'KE' };
const comment = (anchor: Annotation['anchor']): Annotation => ({
  id: 'c1', author: karin, body: 'Se över.', createdAt: '2026-11-30T10:00:00.000Z', editedAt: null, anchor, resolved: false, replies: [],
});
const draftWith = (sections: Draft['sections'], annotations: Annotation[]) => ({ sections, annotations }) as unknown as Draft;
// The projection's characters with their states: the model's blocks joined by (original) line breaks.
const flat = (model: Char[][]): Char[] => model.flatMap((cs, i) => (i === 0 ? cs : [{ ch: '\n', state: 'orig' as const }, ...cs]));

describe('the author\'s draft and the accepted draft', () => {
  it('keep a comment on the same words, less the words the decision takes out', () => {
    fc.assert(fc.property(section, fc.array(edit, { maxLength: 6 }), fc.nat(), fc.nat(), (original, edits, x, y) => {
      const { value, model } = suggestAll(original, edits);
      const p = projectText(value);
      const [start, end] = [x % (p.text.length + 1), y % (p.text.length + 1)].sort((a, b) => a - b) as [number, number];
      const chars = flat(model).slice(start, end);
      const draft = draftWith({ s: value }, [comment(textAnchorAt(p, 's', start, end))]);
      for (const [view, gone] of [[authorsDraft(draft), 'ins'], [acceptedDraft(draft), 'del']] as const) {
        const kept = chars.filter((c) => c.state !== gone).map((c) => c.ch).join('');
        const anchor = view.annotations[0]!.anchor;
        if (anchor.kind !== 'text') throw new Error('not a text anchor');
        if (kept === '' && end > start) expect(anchor.detached).toBe(true);
        else expect(currentText(view.sections.s!, anchor)).toBe(kept);
      }
      expect(authorsDraft(draft).sections.s).toEqual(rejectAll(value));
    }));
  });

  it('are the very same draft when nothing is suggested', () => {
    fc.assert(fc.property(section, (original) => {
      const draft = draftWith({ s: original }, []);
      expect(authorsDraft(draft)).toBe(draft);
      expect(acceptedDraft(draft)).toBe(draft);
    }));
  });
});
