import type { Draft } from '../../core/draft/schema';
import { buildImportedDraft, type ImportChoices } from '../../core/import/build-draft';
import type { ImportPlan } from '../../core/import/plan';
import { bridge } from '../bridge';
import { mayDiscardOpenDraft, showError, startDraft } from '../actions/draft-commands';
import { appStore, openDialog } from '../state/app-state';
import { applicationTemplate } from '../template';

/** "Importera Word-dokument…": the native dialog chooses the file in Electron; browser mode's dialog starts with its picker. */
export async function importDocxCommand(): Promise<void> {
  if (appStore.get().mode !== 'electron') return openDialog({ kind: 'import' });
  const r = await bridge.invoke('dialog:open-docx', {});
  if (!r.ok) return showError(r.error);
  if (r.value.path) openDialog({ kind: 'import', path: r.value.path });
}

/** A Word document dropped on the window (its path from main): the same preview as the menu's. */
export function importDroppedDocx(path: string): void {
  // A dialog in progress keeps its own unsaved choices.
  if (appStore.get().dialog !== null) return;
  openDialog({ kind: 'import', path });
}

const newId = () =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `i${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/** The draft an import with these choices makes (the preview builds it too, to count exactly what goes where). */
export function buildFromPlan(plan: ImportPlan, choices: ImportChoices, id: () => string = newId): Draft {
  return buildImportedDraft(plan, choices, { template: applicationTemplate(), now: new Date(), newId: id });
}

/**
 * Opens the imported document as a new, unsaved draft; an open draft with unsaved changes is
 * replaced only when the user agrees (as "Ny ansökan" asks). Returns whether it opened.
 */
export function openImportedDraft(plan: ImportPlan, choices: ImportChoices): boolean {
  if (!mayDiscardOpenDraft()) return false;
  startDraft(buildFromPlan(plan, choices), null, { dirty: true });
  return true;
}
