import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import { recordMerge } from '../../../renderer/review/merge-step';
import { reviewStore, setAnnotations } from '../../../renderer/review/review-state';
import { clearHistory, redoStep, undoStep } from '../../../renderer/state/doc-history';
import { docStore } from '../../../renderer/state/doc-state';
import { generateDraft } from '../../helpers/generate-draft';

// Merging reviewers' comments is one step of the document history; undoing it must not take away
// a comment written after the merge.

const comment = (id: string, body: string, replies: string[] = []): Annotation => ({
  id, author: { name: 'Lena Ek', initials: 'LE' }, body, createdAt: '2026-03-03T10:00:00Z', editedAt: null,
  anchor: { kind: 'section', sectionId: 'challenge' }, resolved: false,
  replies: replies.map((r, i) => ({ id: `${id}-r${i}`, author: { name: 'Per Ås', initials: 'PÅ' }, body: r, createdAt: '2026-03-04T10:00:00Z', editedAt: null })),
});
const bodies = () => reviewStore.get().annotations.map((a) => `${a.id}:${a.body}:${a.replies.length}`).sort();

beforeEach(() => {
  clearHistory();
  docStore.set({ draft: generateDraft({ words: 10 }) });
  setAnnotations([comment('c1', 'Siffra?')]);
});

describe('merged comments in the document history', () => {
  it('one undo takes back the merged threads and replies, keeping a comment written since; redo puts them back', () => {
    const before = reviewStore.get().annotations;
    // As the merge returns them: every thread a new object, one with a reply, one new thread.
    setAnnotations([comment('c1', 'Siffra?', ['Källa: SCB']), comment('c2', 'Stavning')]);
    recordMerge(before, reviewStore.get().annotations);
    setAnnotations([...reviewStore.get().annotations, comment('c3', 'Egen kommentar')]);

    expect(undoStep()).not.toBeNull();
    expect(bodies()).toEqual(['c1:Siffra?:0', 'c3:Egen kommentar:0']);
    redoStep();
    expect(bodies()).toEqual(['c1:Siffra?:1', 'c2:Stavning:0', 'c3:Egen kommentar:0']);
  });

  it('a merge that changed nothing is no step', () => {
    const before = reviewStore.get().annotations;
    setAnnotations([comment('c1', 'Siffra?')]);
    recordMerge(before, reviewStore.get().annotations);
    expect(undoStep()).toBeNull();
  });
});
