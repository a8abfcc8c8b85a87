import { appStore, dropDocumentNotices } from '../state/app-state';
import { mayDiscardOpenDraft } from './draft-commands';

/** "New application" goes to the start screen, where component, edition and language are chosen. */
export function newDraftCommand(): void {
  if (!mayDiscardOpenDraft()) return;
  appStore.set({ screen: 'start', dialog: null });
  dropDocumentNotices();
}
