import { Editor, Element, Node, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { RichText } from '../../core/draft/rich-text';
import { toEditorValue } from '../../core/editor/convert';
import { docStore, markTextChanged } from '../state/doc-state';
import { templateSections } from '../template';
import { ensureSectionEditor } from './session';

/** Whether a placement adds to a section's text or takes its place. */
export type PutHow = 'append' | 'replace';

/** The text sections of the open draft's component, in document order. */
export function textSectionsOfDraft() {
  return templateSections(docStore.get().draft?.component ?? 'project').filter((s) => s.kind === 'text');
}

const isBlank = (editor: Editor) => editor.children.length === 1 && Node.string(editor.children[0]!) === '' && Element.isElement(editor.children[0]) && editor.children[0].type === 'paragraph';

/**
 * Puts blocks into a section's text as one batch of its history (one step of the document's):
 * after its last block, or instead of all of it. A section holding only its empty first
 * paragraph is replaced either way, so no blank line is left above the new text.
 */
export function putBlocks(sectionId: string, blocks: RichText, how: PutHow): boolean {
  const draft = docStore.get().draft;
  if (!draft || blocks.length === 0 || !textSectionsOfDraft().some((s) => s.id === sectionId)) return false;
  const editor = ensureSectionEditor(sectionId, draft.sections[sectionId]);
  const nodes = toEditorValue(blocks);
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      const replacing = how === 'replace' || isBlank(editor);
      const at = replacing ? 0 : editor.children.length;
      Transforms.insertNodes(editor, nodes, { at: [at] });
      if (replacing) {
        const old = editor.children.length - nodes.length;
        for (let i = old - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [nodes.length + i] });
      }
    });
  });
  markTextChanged();
  return true;
}
