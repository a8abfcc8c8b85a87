import { i18next } from '../i18n';
import type { BlockElement } from '../../core/draft/rich-text';
import { fieldsLocked } from '../review/lock';
import { notify } from '../state/app-state';
import { asOneStep } from '../state/doc-history';
import { docStore, updateFields } from '../state/doc-state';
import { putBlocks, textSectionsOfDraft } from '../editor/insert-blocks';
import { unplacedStore, unplacedSubjects } from './unplaced-state';

/**
 * The tray's commands. A move takes blocks out of `draft.unplaced` and puts them at the end of a
 * section's text as one step of the document history: one undo puts them back in the tray.
 */

const inOrder = (blocks: readonly BlockElement[]) => {
  const all = docStore.get().draft?.unplaced ?? [];
  return all.filter((b) => blocks.includes(b));
};

const sectionTitle = (id: string) => {
  const lang = i18next.language === 'en' ? 'en' : 'sv';
  return textSectionsOfDraft().find((s) => s.id === id)?.title[lang] ?? id;
};

/** Moves blocks (in the tray's order) to the end of a section; returns whether anything moved. */
export function moveUnplaced(blocks: readonly BlockElement[], sectionId: string): boolean {
  const moving = inOrder(blocks);
  // Checked first: a block leaves the tray only when it has somewhere to go.
  if (moving.length === 0 || fieldsLocked() || !textSectionsOfDraft().some((s) => s.id === sectionId)) return false;
  asOneStep(() => {
    updateFields((d) => ({ ...d, unplaced: d.unplaced.filter((b) => !moving.includes(b)) }));
    putBlocks(sectionId, moving, 'append');
  });
  unplacedStore.set((s) => ({ selected: s.selected.filter((b) => !moving.includes(b)), picking: null, focused: null }));
  notify('info', i18next.t('reuse.tray.moved', { count: moving.length, section: sectionTitle(sectionId) }), undefined, { topic: 'unplaced' });
  return true;
}

/** Removes blocks from the tray (one undoable step): for text the user does not want at all. */
export function discardUnplaced(blocks: readonly BlockElement[]): boolean {
  const going = inOrder(blocks);
  if (going.length === 0 || fieldsLocked()) return false;
  updateFields((d) => ({ ...d, unplaced: d.unplaced.filter((b) => !going.includes(b)) }));
  unplacedStore.set((s) => ({ selected: s.selected.filter((b) => !going.includes(b)), focused: null }));
  notify('info', i18next.t('reuse.tray.discarded'), undefined, { topic: 'unplaced' });
  return true;
}

/** "Flytta till avsnitt…": opens the section picker for the chosen blocks (or the focused one). */
export function pickSectionForUnplaced(): void {
  const subjects = unplacedSubjects();
  if (subjects.length > 0) unplacedStore.set({ picking: subjects });
}

/** "Ta bort": discards the chosen blocks (or the focused one). */
export function discardChosenUnplaced(): void {
  discardUnplaced(unplacedSubjects());
}

export const hasUnplaced = () => (docStore.get().draft?.unplaced.length ?? 0) > 0;
