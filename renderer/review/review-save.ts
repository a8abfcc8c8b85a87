import { saveCommand, saveTo, showError } from '../actions/draft-commands';
import { bridge } from '../bridge';
import { text } from '../i18n/text-key';
import { appStore, notify } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { reviewStore } from './review-state';

/**
 * Save in review mode writes the reviewer's own copy, "<title> – granskning <name>.kpdraft"
 * beside the opened file, never the opened file: that is the author's original, often on a shared
 * drive. Main picks the name (a copy already open is saved in place); after the first save the
 * copy is the open file, so later saves go there too. Writing the original takes an explicit
 * step: Save As onto it (which asks before replacing) or switching to author mode (which asks too).
 */

const t = text;
const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/** The Save command (Ctrl+S, menu, toolbar, close guard): the reviewer's copy in review mode, the open file otherwise. */
export async function saveDraft(): Promise<boolean> {
  const { path, draft } = docStore.get();
  if (reviewStore.get().role !== 'reviewer' || !path || !draft) return saveCommand();
  const reviewer = appStore.get().settings.authorName.trim();
  if (!reviewer) {
    // The copy is named after the reviewer: ask once, as commenting does.
    reviewStore.set({ dialog: { kind: 'author', then: () => void saveDraft() } });
    return false;
  }
  const r = await bridge.invoke('review:copy-path', { path, title: draft.title, reviewer, label: t('review.copyLabel') });
  if (!r.ok) {
    showError({ ...r.error, path: r.error.path ?? path });
    return false;
  }
  const saved = await saveTo(r.value.path);
  if (saved && r.value.isNew) tellWhereTheCopyWent(r.value.path, path);
  return saved;
}

/** Replaces the plain "Sparat" notice with one that names the copy and says the original is untouched. */
function tellWhereTheCopyWent(copy: string, original: string): void {
  const plain = t('dialogs.saved', { path: copy });
  appStore.set((s) => ({ notices: s.notices.filter((n) => n.text !== plain) }));
  notify('info', t('review.savedCopy', { name: baseName(copy), original: baseName(original) }));
}
