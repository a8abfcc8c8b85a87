import { Editor, Node, Range, Text, Transforms, type BaseRange } from 'slate';
import { ReactEditor } from 'slate-react';
import { openDialog } from '../state/app-state';
import { selectionStore } from '../state/selection-state';
import { reviewStore } from '../review/review-state';
import { currentLink, setLink } from './formatting';
import { sectionEditor } from './session';
import type { LinkTarget } from './link-target';

export type { LinkTarget };

/** How the dialog ended. */
export type LinkOutcome = { url: string; text: string } | 'remove' | 'cancel';

/** The editor the toolbar acts on, when its text may be changed. */
function targetEditor(): [string, Editor] | null {
  const id = selectionStore.get().active;
  const editor = id ? sectionEditor(id) : undefined;
  if (!id || !editor || reviewStore.get().role === 'reviewer') return null;
  return [id, editor];
}

export const canEditLink = (): boolean => targetEditor() !== null;

/** Opens the link dialog for the selection of the active section (toolbar button, Ctrl/Cmd+K). */
export function openLinkDialog(): void {
  const target = targetEditor();
  if (!target) return;
  const [sectionId, editor] = target;
  const at = editor.selection ?? Editor.range(editor, Editor.end(editor, []));
  Transforms.select(editor, at);
  const link = currentLink(editor);
  openDialog({ kind: 'link', target: { sectionId, at, url: link?.url ?? '', editing: !!link, needsText: !link && Range.isCollapsed(at) } });
}

/** The saved selection if it still points at text, else wherever the editor's selection is now. */
function stillValid(editor: Editor, at: BaseRange): BaseRange | null {
  const ok = (p: BaseRange['anchor']) => {
    if (!Node.has(editor, p.path)) return false;
    const n = Node.get(editor, p.path);
    return Text.isText(n) && p.offset <= n.text.length;
  };
  return ok(at.anchor) && ok(at.focus) ? at : editor.selection;
}

/** Applies the dialog's outcome at the selection it was opened at, closes it and gives the editor back the focus. */
export function finishLink(target: LinkTarget, outcome: LinkOutcome): void {
  openDialog(null);
  const editor = sectionEditor(target.sectionId);
  if (!editor) return;
  const at = stillValid(editor, target.at);
  if (at) Transforms.select(editor, at);
  if (outcome === 'remove') setLink(editor, '');
  else if (outcome !== 'cancel') setLink(editor, outcome.url, outcome.text);
  // The page behind a modal dialog is inert: the editor can take the focus once the dialog has closed.
  setTimeout(() => ReactEditor.focus(editor), 0);
}
