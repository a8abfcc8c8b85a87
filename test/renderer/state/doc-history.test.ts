import fc from 'fast-check';
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { assembleDraft, loadSectionEditors, putSectionTexts, sectionEditor, sectionTextsOf, takeSectionTexts, type SectionTexts } from '../../../renderer/editor/session';
import { docStore, replaceWholeDraft, updateFields, type TextSwap } from '../../../renderer/state/doc-state';
import { redoStep, undoStep } from '../../../renderer/state/doc-history';
import { sectionsFor, ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';
import { generateDraft } from '../../helpers/generate-draft';

// One history for the whole document: text of every section, the fields and whole-draft steps,
// undone newest first wherever each change is.

const sections = sectionsFor(ApplicationTemplate.parse(applicationTemplates[0]), 'project');
const TEXT_IDS = ['risks', 'agenda2030', 'summary'] as const;
const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
const swapTo = (texts: SectionTexts): TextSwap => () => {
  const previous = takeSectionTexts();
  putSectionTexts(texts);
  return swapTo(previous);
};

let open: Draft;
function load(): void {
  const base = generateDraft({ words: 60, seed: 3, budgetLines: 2 });
  open = { ...base, title: 'Start', sections: { ...base.sections, risks: para('Risker nu'), agenda2030: para('Agenda nu'), summary: para('Sammanfattning') } };
  loadSectionEditors(open, sections);
  docStore.set({ draft: open, path: '/tmp/a.kpdraft', dirty: false, undo: [], redo: [], revision: 0, generation: 0 });
}
beforeEach(load);

/** The document as it would be saved, without the time stamp. */
const snapshot = () => JSON.stringify({ ...assembleDraft(docStore.get().draft!), modifiedAt: '' });
const text = (id: string) => Editor.string(sectionEditor(id)!, []);
const typeAtEnd = (id: string, s: string) => {
  const editor = sectionEditor(id)!;
  Transforms.select(editor, Editor.end(editor, []));
  Transforms.insertText(editor, s);
};
/** Lets Slate end its operation batch, as between two key presses. */
const tick = () => Promise.resolve();

describe('the document history', () => {
  it('undoes the newest change wherever it is: Agenda 2030 first, then Risker, then the title', async () => {
    updateFields((d) => ({ ...d, title: 'Ny titel' }));
    typeAtEnd('risks', ' och mer');
    await tick();
    typeAtEnd('agenda2030', ' också');
    await tick();
    undoStep();
    expect(text('agenda2030')).toBe('Agenda nu');
    expect(text('risks')).toBe('Risker nu och mer');
    undoStep();
    expect(text('risks')).toBe('Risker nu');
    expect(docStore.get().draft!.title).toBe('Ny titel');
    undoStep();
    expect(docStore.get().draft!.title).toBe('Start');
    expect(undoStep()).toBeNull();
    redoStep();
    redoStep();
    expect(text('risks')).toBe('Risker nu och mer');
    expect(text('agenda2030')).toBe('Agenda nu');
  });

  it('keeps Slate grouping typing within a section, but never across a change elsewhere', async () => {
    typeAtEnd('risks', ' a');
    await tick();
    typeAtEnd('risks', 'b');
    await tick();
    updateFields((d) => ({ ...d, title: 'X' }));
    // Continues the same run of characters in Risker, yet comes after the title: a step of its own.
    typeAtEnd('risks', 'c');
    await tick();
    undoStep();
    expect(text('risks')).toBe('Risker nu ab');
    expect(docStore.get().draft!.title).toBe('X');
    undoStep();
    undoStep();
    expect(text('risks')).toBe('Risker nu');
  });

  it("an editor's own undo (slate-react's Ctrl+Z) undoes the document's newest step, and puts the caret back", async () => {
    typeAtEnd('risks', ' och mer');
    await tick();
    const risks = sectionEditor('risks')!;
    const caret = risks.selection;
    updateFields((d) => ({ ...d, title: 'Senast' }));
    HistoryEditor.undo(sectionEditor('agenda2030')!);
    expect(docStore.get().draft!.title).toBe('Start');
    expect(text('risks')).toBe('Risker nu och mer');
    HistoryEditor.undo(sectionEditor('agenda2030')!);
    expect(text('risks')).toBe('Risker nu');
    expect(risks.selection?.anchor.offset).toBe('Risker nu'.length);
    HistoryEditor.redo(sectionEditor('agenda2030')!);
    expect(risks.selection).toEqual(caret);
  });

  it('a new change anywhere clears what could be redone, in every section', async () => {
    typeAtEnd('risks', ' x');
    await tick();
    updateFields((d) => ({ ...d, title: 'T' }));
    undoStep();
    undoStep();
    typeAtEnd('agenda2030', ' y');
    await tick();
    expect(redoStep()).toBeNull();
    expect(sectionEditor('risks')!.history.redos).toHaveLength(0);
    expect(docStore.get().redo).toHaveLength(0);
    expect(text('risks')).toBe('Risker nu');
    expect(docStore.get().draft!.title).toBe('Start');
  });
});

type Op =
  | { kind: 'type'; section: number; text: string }
  | { kind: 'delete'; section: number; count: number }
  | { kind: 'title'; text: string; coalesce: boolean }
  | { kind: 'budget'; text: string }
  | { kind: 'restore'; section: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), section: fc.nat(TEXT_IDS.length - 1), text: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), section: fc.nat(TEXT_IDS.length - 1), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('title' as const), text: fc.string({ maxLength: 5 }), coalesce: fc.boolean() }),
  fc.record({ kind: fc.constant('budget' as const), text: fc.string({ maxLength: 5 }) }),
  fc.record({ kind: fc.constant('restore' as const), section: fc.nat(TEXT_IDS.length - 1) }),
);

function apply(o: Op, separate: boolean): void {
  const editFn = (editor: Editor, fn: () => void) => (separate ? HistoryEditor.withoutMerging(editor, fn) : fn());
  switch (o.kind) {
    case 'type': {
      const editor = sectionEditor(TEXT_IDS[o.section])!;
      editFn(editor, () => typeAtEnd(TEXT_IDS[o.section], o.text));
      return;
    }
    case 'delete': {
      const editor = sectionEditor(TEXT_IDS[o.section])!;
      if (Editor.string(editor, []).length === 0) return;
      Transforms.select(editor, Editor.end(editor, []));
      editFn(editor, () => Editor.deleteBackward(editor, { unit: 'character' }));
      return;
    }
    case 'title':
      updateFields((d) => (o.text === '' ? d : { ...d, title: d.title + o.text }), o.coalesce && !separate ? 'title' : undefined);
      return;
    case 'budget':
      updateFields((d) => (d.budget[0]!.description === o.text ? d : { ...d, budget: d.budget.map((l, i) => (i === 0 ? { ...l, description: o.text } : l)) }));
      return;
    case 'restore': {
      const now = assembleDraft(docStore.get().draft!);
      const version: Draft = { ...now, title: `${now.title}↺`, sections: { ...now.sections, [TEXT_IDS[o.section]]: para('Förr') } };
      replaceWholeDraft(version, swapTo(sectionTextsOf(version)));
    }
  }
}

describe('the document history (property)', () => {
  it('any interleaving of edits in sections and fields, undone fully, gives back the original; redo gives the edited one', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 25 }), fc.boolean(), async (ops, ticks) => {
      load();
      const original = snapshot();
      for (const o of ops) {
        apply(o, false);
        if (ticks) await tick();
      }
      const edited = snapshot();
      while (undoStep() !== null) { /* all the way back */ }
      expect(snapshot()).toBe(original);
      while (redoStep() !== null) { /* and forward again */ }
      expect(snapshot()).toBe(edited);
    }), { numRuns: 60 });
  });

  it('each undo takes back exactly the newest change, whatever came before it', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 15 }), async (ops) => {
      load();
      const states = [snapshot()];
      for (const o of ops) {
        const before = snapshot();
        apply(o, true);
        await tick();
        if (snapshot() !== before) states.push(snapshot());
      }
      for (let i = states.length - 2; i >= 0; i--) {
        undoStep();
        expect(snapshot()).toBe(states[i]);
      }
      for (let i = 1; i < states.length; i++) {
        redoStep();
        expect(snapshot()).toBe(states[i]);
      }
    }), { numRuns: 60 });
  });
});
