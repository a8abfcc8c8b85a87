import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import type { Draft } from '../../../core/draft/schema';
import { projectText } from '../../../core/review/plain-text';
import { acceptedDraft, authorsDraft } from '../../../core/review/suggestion-drafts';
import { rejectAll } from '../../../core/review/suggestions';
import { currentText, textAnchorAt } from '../../../core/review/text-anchor';
import { editWithBreaks, section, suggestAll, type Break, type Char } from './support/suggestion-model';

/** Comments on a suggested text, carried into the author's text and into the accepted text. */

const karin = { name: 'Karin Ek', initials: 'KE' };
const comment = (anchor: Annotation['anchor']): Annotation => ({
  id: 'c1', author: karin, body: 'Se över.', createdAt: '2026-11-30T10:00:00.000Z', editedAt: null, anchor, resolved: false, replies: [],
});
const draftWith = (sections: Draft['sections'], annotations: Annotation[]) => ({ sections, annotations }) as unknown as Draft;
// The projection's characters with their states: the model's blocks joined by line breaks, each
// with its break's state (a new paragraph's goes in the author's text, a joined one's in the accepted).
const flat = (model: Char[][], breaks: Break[]): Char[] => model.flatMap((cs, i) => (i === 0 ? cs : [{ ch: '\n', state: breaks[i]!.state }, ...cs]));

describe('the author\'s draft and the accepted draft', () => {
  it('keep a comment on the same words, less the words the decision takes out', () => {
    fc.assert(fc.property(section, fc.array(editWithBreaks, { maxLength: 6 }), fc.nat(), fc.nat(), (original, edits, x, y) => {
      const { value, model, breaks } = suggestAll(original, edits);
      const p = projectText(value);
      const [start, end] = [x % (p.text.length + 1), y % (p.text.length + 1)].sort((a, b) => a - b) as [number, number];
      const chars = flat(model, breaks).slice(start, end);
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

  it('keep a comment after a suggested new list item, or a proposed join, on its words', () => {
    const list: Draft['sections'][string] = [{ type: 'bulleted-list', children: [
      { type: 'list-item', children: [{ text: 'Ett' }] },
      { type: 'list-item', children: [{ text: 'Två' }], suggestion: { id: 'j', kind: 'delete', author: karin, createdAt: '2026-11-30T10:00:00.000Z' } },
      { type: 'list-item', children: [{ text: 'Ny', suggestion: { id: 'n', kind: 'insert', author: karin, createdAt: '2026-11-30T10:00:00.000Z' } }], suggestion: { id: 'n', kind: 'insert', author: karin, createdAt: '2026-11-30T10:00:00.000Z' } },
      { type: 'list-item', children: [{ text: 'Tre fyra' }] },
    ] }];
    const p = projectText(list);
    const at = p.text.indexOf('fyra');
    const draft = draftWith({ s: list }, [comment(textAnchorAt(p, 's', at, at + 4))]);
    for (const view of [authorsDraft(draft), acceptedDraft(draft)]) {
      const anchor = view.annotations[0]!.anchor;
      if (anchor.kind !== 'text') throw new Error('not a text anchor');
      expect(currentText(view.sections.s!, anchor)).toBe('fyra');
    }
  });
});
