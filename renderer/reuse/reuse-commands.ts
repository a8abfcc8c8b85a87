import { Editor, Transforms } from 'slate';
import { decidedSection } from '../../core/review/decided-text';
import { buildReuseRecord, reuseBudgetLines, reuseTeamMembers, type ReuseSource } from '../../core/reuse/insert';
import { isEmptyText } from '../../core/reuse/preview';
import type { SideMap } from '../../core/reuse/sides';
import { putBlocks, textSectionsOfDraft, type PutHow } from '../editor/insert-blocks';
import { sectionEditor } from '../editor/session';
import { fieldsLocked } from '../review/lock';
import { asOneStep } from '../state/doc-history';
import { revealPlace } from '../actions/undo';
import { docStore, updateFields } from '../state/doc-state';

/**
 * Inserting parts of an earlier draft into the open one. Each insertion, with its record of where
 * the content came from (`draft.reused`), is one step of the document history: one undo takes
 * both away.
 */

const context = () => ({ now: new Date(), newId: () => crypto.randomUUID() });

/**
 * Puts a section's text from `source` into a text section of the open draft (after its text or
 * instead of it). Only the author's own text is taken: reviewers' open suggestions stay behind.
 */
export function reuseSection(source: ReuseSource, fromSection: string, intoSection: string, how: PutHow): boolean {
  const draft = docStore.get().draft;
  const stored = source.draft.sections[fromSection];
  if (!draft || !stored || fieldsLocked() || isEmptyText(stored)) return false;
  if (!textSectionsOfDraft().some((s) => s.id === intoSection)) return false;
  const text = decidedSection(stored, 'author');
  const record = buildReuseRecord(draft, source, intoSection, [], context());
  asOneStep(() => {
    // The text first: undoing the step shows the section it changed.
    putBlocks(intoSection, text, how);
    updateFields((d) => ({ ...d, reused: [...d.reused, record] }));
  });
  // The caret goes after the text put in, so the user sees it arrive and can go on writing there.
  const editor = sectionEditor(intoSection);
  if (editor) Transforms.select(editor, Editor.end(editor, []));
  revealPlace({ sectionId: intoSection });
  return true;
}

/** Adds chosen team members or budget lines of `source` to the open draft, on the sides `sides` maps them to. */
export function reuseItems(kind: 'team' | 'budget', source: ReuseSource, ids: readonly string[], sides: SideMap): boolean {
  if (ids.length === 0 || fieldsLocked()) return false;
  const before = docStore.get().draft;
  const c = context();
  updateFields((d) => (kind === 'team' ? reuseTeamMembers(d, source, ids, sides, c) : reuseBudgetLines(d, source, ids, sides, c)));
  const changed = docStore.get().draft !== before;
  if (changed) revealPlace({ card: kind });
  return changed;
}
