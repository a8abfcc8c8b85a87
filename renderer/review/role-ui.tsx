import { useTranslation } from 'react-i18next';
import type { ReviewRole } from '../../core/ipc/contract';
import { bridge } from '../bridge';
import { openPath, showError } from '../actions/draft-commands';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { CommentIcon } from './comment-icon';
import { reviewStore, setRole, showCommentsPanel, useIsReviewer, useIsSuggesting, useReview } from './review-state';
import { rememberRole, requestRole } from './roles';

/**
 * Switches the open draft's role and remembers it for its file. Leaving review mode asks first:
 * the text becomes editable and saves go to the open file, which may be the author's original.
 */
export function switchRole(role: ReviewRole): void {
  if (role === 'author' && reviewStore.get().role === 'reviewer' && docStore.get().draft) {
    reviewStore.set({ dialog: { kind: 'switch-to-author' } });
    return;
  }
  applyRole(role);
}

/** Sets the role without asking (the user confirmed). */
export function applyRole(role: ReviewRole): void {
  setRole(role);
  const path = docStore.get().path;
  if (path) rememberRole(path, role);
}

/** "Öppna för granskning…": the native dialog in Electron, the in-app picker in browser mode. */
export async function openForReview(): Promise<void> {
  if (appStore.get().mode !== 'electron') {
    reviewStore.set({ dialog: { kind: 'open-for-review' } });
    return;
  }
  const r = await bridge.invoke('dialog:open-draft', {});
  if (!r.ok) return showError(r.error);
  if (!r.value.path) return;
  requestRole('reviewer');
  await openPath(r.value.path).finally(() => requestRole(null));
}

/** The toolbar's role badge; a click switches between author and reviewer. */
export function RoleBadge() {
  const { t } = useTranslation();
  const role = useReview((s) => s.role);
  const other: ReviewRole = role === 'author' ? 'reviewer' : 'author';
  return (
    <button type="button" className={`kp-badge kp-role-badge role-${role}`} data-kp-role={role} data-kp-review
      aria-label={t('review.roleMenu', { role: t(`review.role.${role}`) })} title={t(`review.switchTo.${other}`)}
      onClick={() => switchRole(other)}>
      {t(`review.role.${role}`)}
    </button>
  );
}

/** The banner over the document in review mode. */
export function ReviewBanner() {
  const { t } = useTranslation();
  const reviewing = useIsReviewer();
  const suggesting = useIsSuggesting();
  if (!reviewing) return null;
  return (
    <div className="kp-review-banner" role="note" data-kp-review-banner>
      <CommentIcon size={18} />
      <span className="kp-review-banner-text">{t(suggesting ? 'review.suggest.banner' : 'review.banner')}<span className="kp-review-banner-saves">{t('review.bannerSaves')}</span></span>
      <button type="button" data-kp-review className="kp-link-button" onClick={() => switchRole('author')}>{t('review.bannerSwitch')}</button>
    </div>
  );
}

/** The start screen's "Öppna för granskning…" button. */
export function OpenForReviewButton() {
  const { t } = useTranslation();
  return <button type="button" className="kp-open-review" onClick={() => void openForReview()}>{t('review.openForReview')}</button>;
}

/** The status bar's count of open comments (hidden while the draft has none). */
/** What the status bar's comment count says, as a key: the bar fits itself again when it changes. */
export function useCommentStatusKey(): string {
  const open = useReview((s) => s.annotations.filter((a) => !a.resolved).length);
  const total = useReview((s) => s.annotations.length);
  return `${open}/${total}`;
}

export function CommentStatus() {
  const { t } = useTranslation();
  const open = useReview((s) => s.annotations.filter((a) => !a.resolved).length);
  const total = useReview((s) => s.annotations.length);
  const hasDraft = useStore(docStore, (s) => s.draft !== null);
  if (!hasDraft || total === 0) return null;
  return (
    <button type="button" className="kp-status-comments" data-kp-open-comments={open} data-kp-review
      onClick={showCommentsPanel}>
      <CommentIcon size={14} /> {t('review.statusBar', { count: open })}
    </button>
  );
}
