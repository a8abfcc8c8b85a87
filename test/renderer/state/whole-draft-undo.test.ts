import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { loadSectionEditors, putSectionTexts, sectionEditor, sectionTextsOf, sectionValue, takeSectionTexts, type SectionTexts } from '../../../renderer/editor/session';
import { docStore, nextStepIsWholeDraft, redoFields, replaceWholeDraft, undoFields, updateFields, type TextSwap } from '../../../renderer/state/doc-state';
import { sectionsFor, ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';
import { generateDraft } from '../../helpers/generate-draft';

// Restoring a version replaces text and fields at once; one undo must bring both back, and the
// text's own history from before the restore must still work afterwards.

const sections = sectionsFor(ApplicationTemplate.parse(applicationTemplates[0]), 'project');
const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
const swapTo = (texts: SectionTexts): TextSwap => () => {
  const previous = takeSectionTexts();
  putSectionTexts(texts);
  return swapTo(previous);
};
const challenge = () => JSON.stringify(sectionValue('challenge'));

let open: Draft;
beforeEach(() => {
  open = { ...generateDraft({ words: 100, seed: 2 }), title: 'Nu', sections: { ...generateDraft({ words: 100, seed: 2 }).sections, challenge: para('Som det står nu') } };
  loadSectionEditors(open, sections);
  docStore.set({ draft: open, path: '/tmp/a.kpdraft', dirty: false, undo: [], redo: [], revision: 0, generation: 0 });
});

describe('a whole-draft change (restoring a version)', () => {
  it('is one undo step for text and fields, and redo puts it back', () => {
    const version: Draft = { ...open, title: 'Förr', sections: { ...open.sections, challenge: para('Som det stod förr') } };
    expect(replaceWholeDraft(version, swapTo(sectionTextsOf(version)))).toBe(true);
    expect(docStore.get().draft!.title).toBe('Förr');
    expect(challenge()).toContain('Som det stod förr');
    expect(docStore.get().dirty).toBe(true);
    expect(nextStepIsWholeDraft('undo')).toBe(true);

    expect(undoFields()).toBe(true);
    expect(docStore.get().draft!.title).toBe('Nu');
    expect(challenge()).toContain('Som det står nu');
    expect(nextStepIsWholeDraft('redo')).toBe(true);

    expect(redoFields()).toBe(true);
    expect(docStore.get().draft!.title).toBe('Förr');
    expect(challenge()).toContain('Som det stod förr');
  });

  it('keeps the text history from before it: after undoing the restore, earlier typing can be undone too', () => {
    const editor = sectionEditor('challenge')!;
    Transforms.insertText(editor, ' och mer', { at: { path: [0, 0], offset: 'Som det står nu'.length } });
    expect(challenge()).toContain('Som det står nu och mer');
    const version: Draft = { ...open, sections: { ...open.sections, challenge: para('Förr') } };
    replaceWholeDraft(version, swapTo(sectionTextsOf(version)));
    expect(sectionEditor('challenge')!.history.undos).toHaveLength(0);

    undoFields();
    expect(challenge()).toContain('Som det står nu och mer');
    HistoryEditor.undo(sectionEditor('challenge')!);
    expect(challenge()).toContain('Som det står nu');
    expect(challenge()).not.toContain('och mer');
  });

  it('is an ordinary step among field edits: an edit after undoing it drops the redo', () => {
    const version: Draft = { ...open, title: 'Förr' };
    replaceWholeDraft(version, swapTo(sectionTextsOf(version)));
    undoFields();
    updateFields((d) => ({ ...d, title: 'Nytt' }));
    expect(docStore.get().redo).toHaveLength(0);
    expect(nextStepIsWholeDraft('redo')).toBe(false);
    undoFields();
    expect(docStore.get().draft!.title).toBe('Nu');
    // The field step below the edit is the plain one again, not the restore.
    expect(nextStepIsWholeDraft('undo')).toBe(false);
  });
});
