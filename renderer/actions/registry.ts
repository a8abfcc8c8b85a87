import type { ActionId } from '../../core/ipc/actions';
import { appStore, openDialog } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { goToNextProblem } from '../findings/navigation';
import { goToSection } from '../layout/navigation';
import { newDraftCommand } from './new-draft-command';
import { openDraftCommand, saveAsCommand } from './draft-commands';
import { redo, undo } from './undo';
import { findStore } from '../editor/find';
import { canEditLink, openLinkDialog } from '../editor/link-command';
import { commentHere, openForReview, openImportCopies, saveDraft, toggleSuggesting } from '../review';
import { discardChosenUnplaced, hasUnplaced, pickSectionForUnplaced } from '../cards/unplaced-commands';
import { fieldsLocked } from '../review/lock';
import { importDocxCommand } from '../import/import-commands';

/**
 * Every user command, by id. The native menu (menu:action events), the toolbar and keyboard
 * shortcuts all run commands through `runAction`, so each behaves the same however it is invoked.
 */
export interface AppAction {
  id: ActionId;
  /** Shown in the toolbar and menus: `actions.<id>` in the i18n resources. */
  isEnabled(): boolean;
  perform(): void | Promise<unknown>;
}

const hasDraft = () => docStore.get().draft !== null && appStore.get().screen === 'editor';

const actions: Record<ActionId, AppAction> = {
  'draft.new': { id: 'draft.new', isEnabled: () => true, perform: newDraftCommand },
  'draft.open': { id: 'draft.open', isEnabled: () => true, perform: openDraftCommand },
  // In review mode Save writes the reviewer's own copy, never the opened file (review-save.ts).
  'draft.save': { id: 'draft.save', isEnabled: hasDraft, perform: saveDraft },
  'draft.saveAs': { id: 'draft.saveAs', isEnabled: hasDraft, perform: () => saveAsCommand() },
  'draft.export': { id: 'draft.export', isEnabled: hasDraft, perform: () => openDialog({ kind: 'export' }) },
  'draft.exportBudget': { id: 'draft.exportBudget', isEnabled: hasDraft, perform: () => openDialog({ kind: 'export-budget' }) },
  'draft.submitCheck': { id: 'draft.submitCheck', isEnabled: hasDraft, perform: () => openDialog({ kind: 'submit-check' }) },
  'draft.formView': { id: 'draft.formView', isEnabled: hasDraft, perform: () => openDialog({ kind: 'form-view' }) },
  'draft.versions': { id: 'draft.versions', isEnabled: hasDraft, perform: () => openDialog({ kind: 'versions' }) },
  'edit.undo': { id: 'edit.undo', isEnabled: hasDraft, perform: undo },
  'edit.redo': { id: 'edit.redo', isEnabled: hasDraft, perform: redo },
  'edit.find': { id: 'edit.find', isEnabled: hasDraft, perform: () => findStore.set({ open: true, replacing: false }) },
  // The bar hides the replace row in a reviewer's locked view.
  'edit.replace': { id: 'edit.replace', isEnabled: hasDraft, perform: () => findStore.set({ open: true, replacing: true }) },
  'edit.link': { id: 'edit.link', isEnabled: () => hasDraft() && canEditLink(), perform: openLinkDialog },
  'view.nextProblem': { id: 'view.nextProblem', isEnabled: hasDraft, perform: goToNextProblem },
  'view.nextSection': { id: 'view.nextSection', isEnabled: hasDraft, perform: () => goToSection(1) },
  'view.previousSection': { id: 'view.previousSection', isEnabled: hasDraft, perform: () => goToSection(-1) },
  'view.toggleSidePanel': { id: 'view.toggleSidePanel', isEnabled: hasDraft, perform: () => appStore.set((s) => ({ sidePanelOpen: !s.sidePanelOpen })) },
  'help.about': { id: 'help.about', isEnabled: () => true, perform: () => openDialog({ kind: 'about' }) },
  'draft.openForReview': { id: 'draft.openForReview', isEnabled: () => true, perform: openForReview },
  'review.comment': { id: 'review.comment', isEnabled: hasDraft, perform: commentHere },
  'review.importComments': { id: 'review.importComments', isEnabled: hasDraft, perform: openImportCopies },
  'review.suggest': { id: 'review.suggest', isEnabled: hasDraft, perform: toggleSuggesting },
  // Not over another dialog: that one's unsaved choices would be lost.
  'app.settings': { id: 'app.settings', isEnabled: () => appStore.get().dialog === null, perform: () => openDialog({ kind: 'settings' }) },
  // Reuse and the tray change the draft: not in a reviewer's locked view.
  'draft.reuse': { id: 'draft.reuse', isEnabled: () => hasDraft() && !fieldsLocked() && appStore.get().dialog === null, perform: () => openDialog({ kind: 'reuse' }) },
  // A new draft, never over the open one: it works from the start screen and over any draft.
  'draft.importDocx': { id: 'draft.importDocx', isEnabled: () => appStore.get().dialog === null, perform: importDocxCommand },
  'unplaced.move': { id: 'unplaced.move', isEnabled: () => hasDraft() && hasUnplaced() && !fieldsLocked(), perform: pickSectionForUnplaced },
  'unplaced.discard': { id: 'unplaced.discard', isEnabled: () => hasDraft() && hasUnplaced() && !fieldsLocked(), perform: discardChosenUnplaced },
};

/** Runs a command if it is enabled now; returns whether it ran. */
export function runAction(id: ActionId): boolean {
  const a = actions[id];
  if (!a.isEnabled()) return false;
  void Promise.resolve(a.perform()).catch((e: unknown) => console.error(`[kp] action ${id} failed`, e));
  return true;
}

export function isActionEnabled(id: ActionId): boolean {
  return actions[id].isEnabled();
}
