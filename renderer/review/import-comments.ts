import type { ResValue } from '../../core/ipc/contract';
import { bridge } from '../bridge';
import { currentDraft, showError } from '../actions/draft-commands';
import { text } from '../i18n/text-key';
import { appStore, notify } from '../state/app-state';
import { fromStoredLayout } from './live-anchors';
import { reviewStore, setAnnotations, showCommentsPanel } from './review-state';
import { recordMerge } from './merge-step';
import { replaceDraftContent } from '../versions/restore';

/**
 * "Importera kommentarer från granskares kopior…": the copies are chosen (a native dialog in
 * Electron, the in-app picker in browser mode), main merges their comments and suggested changes
 * into the open draft (review:merge), and the user is told how many of each were added, already
 * present, in conflict or without a place.
 */

const t = text;

/** Starts the import: asks for the copies. */
export async function openImportCopies(): Promise<void> {
  if (appStore.get().mode !== 'electron') {
    reviewStore.set({ dialog: { kind: 'import' } });
    return;
  }
  const r = await bridge.invoke('dialog:open-review-copies', {});
  if (!r.ok) return showError(r.error);
  if (r.value.paths.length > 0) await importFrom(r.value.paths);
}

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/** Merges the comments and suggestions of the copies at `paths` into the open draft; returns whether it worked. */
export async function importFrom(paths: string[]): Promise<boolean> {
  const draft = currentDraft();
  if (!draft || paths.length === 0) return false;
  reviewStore.set({ busy: true });
  const r = await bridge.invoke('review:merge', { draft, paths }).finally(() => reviewStore.set({ busy: false }));
  if (!r.ok) {
    if (r.error.code === 'invalid-request' && r.error.path) notify('error', t('review.errors.notCopy', { file: baseName(r.error.path) }));
    else showError(r.error);
    return false;
  }
  const { report, suggestions } = r.value;
  showCommentsPanel();
  if (report.added + report.updated + suggestions.added === 0) {
    notify('info', t('review.importNone'));
    return true;
  }
  if (Object.keys(r.value.sections).length > 0) {
    // Suggestions are marks on the text: the text and its comments change together, as one undoable step.
    if (!replaceDraftContent({ ...draft, sections: { ...draft.sections, ...r.value.sections }, annotations: r.value.annotations })) {
      notify('error', t('review.importLocked'));
      return false;
    }
  } else {
    // The merged comments point into the text as it was sent; the editors hold it in their own layout.
    const before = reviewStore.get().annotations;
    setAnnotations(fromStoredLayout(r.value.annotations, draft.sections));
    recordMerge(before, reviewStore.get().annotations);
  }
  notify('info', importMessage(report, suggestions));
  return true;
}

type MergeResponse = ResValue<'review:merge'>;

/** What the import did, comments first; suggestions only when the copies had any. */
function importMessage(report: MergeResponse['report'], s: MergeResponse['suggestions']): string {
  const replies = report.repliesAdded > 0 ? t('review.importReplies', { count: report.repliesAdded }) : '';
  const comments = t('review.importDone', { added: report.added, present: report.alreadyPresent, orphaned: report.orphaned }) + replies;
  if (s.added + s.alreadyPresent === 0) return comments;
  return comments + t('review.importSuggestions', { added: s.added, present: s.alreadyPresent, conflicting: s.conflicting, orphaned: s.orphaned });
}
