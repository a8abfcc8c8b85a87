import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import { retryOrphans } from '../../core/review/reanchor';
import { i18next } from '../i18n';
import { notify } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { BodyEditor } from './body-editor';
import { cancelComment, commentOnSelection, startComment, submitComment } from './comment-actions';
import { openImportCopies } from './import-comments';
import { stepThread } from './navigate';
import { useReviewOverview } from './overview';
import { editorLayoutDraft } from './live-anchors';
import { personKey, reviewStore, setAnnotations, useReview, type StatusFilter } from './review-state';
import { anchorForLoc, anchorLabel } from './targets';
import { targetStore } from './target-tracking';
import { ThreadCard } from './thread-card';
import { useProposalInput } from './proposal';

const noFocusSteal = (e: React.MouseEvent) => e.preventDefault();

/** Looks for the orphans' quotes again (e.g. after the text was written back in another way than undo). */
function retryPlacing(fields: Draft): void {
  const { annotations, placed } = retryOrphans(editorLayoutDraft(fields, reviewStore.get().annotations));
  if (placed > 0) setAnnotations(annotations);
  notify('info', placed > 0 ? i18next.t('review.retried', { count: placed }) : i18next.t('review.retriedNone'));
}

/** The comment being written: what it is about, and its text box. */
function Composer({ anchor, label }: { anchor: Anchor; label: string }) {
  const { t } = useTranslation();
  const { input, proposal } = useProposalInput(anchor);
  return (
    <section className="kp-composer" aria-label={t('review.newComment')}>
      <p className="kp-thread-where">{t('review.commentOn', { target: label })}</p>
      {anchor.kind === 'text' && <q className="kp-thread-quote">{anchor.quote.exact.length > 160 ? `${anchor.quote.exact.slice(0, 157)}…` : anchor.quote.exact}</q>}
      {input}
      {/* A proposal goes with a comment saying why; the text box says so where a proposal can be made. */}
      <BodyEditor label={t('review.newComment')} placeholder={input ? t('review.proposalPlaceholder') : undefined} submitLabel={t('review.submit')} onSubmit={(body) => submitComment(body, proposal())} onCancel={cancelComment} />
    </section>
  );
}

/** The side panel's Kommentarer tab: threads in document order, filters, next/previous, orphans, import. */
export function CommentsPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const overview = useReviewOverview();
  const fields = useStore(docStore, (s) => s.draft);
  const activeId = useReview((s) => s.activeId);
  const status = useReview((s) => s.status);
  const author = useReview((s) => s.author);
  const composer = useReview((s) => s.composer);
  const busy = useReview((s) => s.busy);
  const target = useStore(targetStore, (s) => s);
  if (!fields || !overview) return null;
  const sections = templateSections(fields.component);
  const label = (a: Anchor) => anchorLabel(a, fields, sections, t, lang);
  const targetAnchor = anchorForLoc(target.loc, target.sectionId, fields, sections);
  const placed = overview.items.filter((i) => i.placement.status === 'placed');
  const orphans = overview.items.filter((i) => i.placement.status === 'orphan');
  const c = overview.counts;

  const newComment = () => {
    if (!commentOnSelection() && targetAnchor) startComment(targetAnchor);
  };
  return (
    <div className="kp-comments" data-kp-comments-panel>
      <div className="kp-review-head">
        <button type="button" data-kp-review className="kp-primary kp-new-comment" onMouseDown={noFocusSteal} onClick={newComment}
          title={targetAnchor ? t('review.commentOn', { target: label(targetAnchor) }) : t('review.newCommentHint')}>
          {t('review.newComment')}
        </button>
        <span className="kp-tool-spacer" />
        <button type="button" data-kp-review className="kp-tool" aria-label={t('review.previous')} title={t('review.previous')}
          disabled={overview.items.length === 0} onClick={() => stepThread(overview.items, 'previous')}>↑</button>
        <button type="button" data-kp-review className="kp-tool" aria-label={t('review.next')} title={t('review.next')}
          disabled={overview.items.length === 0} onClick={() => stepThread(overview.items, 'next')}>↓</button>
      </div>
      <div className="kp-review-filters">
        <label><span>{t('review.filterStatus')}</span>
          <select data-kp-review className="kp-filter-status" value={status} onChange={(e) => reviewStore.set({ status: e.target.value as StatusFilter })}>
            {(['open', 'resolved', 'all'] as const).map((s) => <option key={s} value={s}>{t(`review.status.${s}`)}</option>)}
          </select></label>
        <label><span>{t('review.filterAuthor')}</span>
          <select data-kp-review className="kp-filter-author" value={author ?? ''} onChange={(e) => reviewStore.set({ author: e.target.value || null })}>
            <option value="">{t('review.everyone')}</option>
            {overview.authors.map((a) => <option key={personKey(a)} value={personKey(a)}>{a.name}</option>)}
          </select></label>
      </div>
      <p className="kp-review-counts" data-kp-open={c.open} data-kp-resolved={c.resolved} data-kp-orphans={c.orphans}>
        {t('review.counts', { open: c.open, resolved: c.resolved })}
        {c.orphans > 0 && ` · ${t('review.orphanCount', { count: c.orphans })}`}
      </p>
      {composer && <Composer anchor={composer.anchor} label={label(composer.anchor)} />}
      {c.total === 0 && !composer && <p className="kp-muted">{t('review.none')} {t('review.newCommentHint')}</p>}
      {c.total > 0 && overview.items.length === 0 && <p className="kp-muted">{t('review.noneMatching')}</p>}
      <div className="kp-threads">
        {placed.map((i) => <ThreadCard key={i.annotation.id} item={i} label={label(i.placement.annotation.anchor)} active={i.annotation.id === activeId} />)}
      </div>
      {orphans.length > 0 && (
        <section className="kp-orphans" aria-labelledby="kp-orphans-h">
          <h3 id="kp-orphans-h">{t('review.orphans')}</h3>
          <p className="kp-muted">{t('review.orphansHint')}</p>
          <button type="button" data-kp-review className="kp-link-button kp-retry-orphans" onClick={() => retryPlacing(fields)}>{t('review.retryOrphans')}</button>
          {orphans.map((i) => (
            <ThreadCard key={i.annotation.id} item={i} label={label(i.annotation.anchor)} active={i.annotation.id === activeId}
              reason={i.placement.status === 'orphan' ? t(`review.orphanReason.${i.placement.reason}`) : undefined} />
          ))}
        </section>
      )}
      <p className="kp-review-import">
        <button type="button" data-kp-review className="kp-link-button" disabled={busy} onClick={() => openImportCopies()}>
          {busy ? t('review.importBusy') : t('review.import')}
        </button>
      </p>
    </div>
  );
}

/** The open-comment count beside the tab's name. */
export function CommentTabCount() {
  const open = useReview((s) => s.annotations.filter((a) => !a.resolved).length);
  return open > 0 ? <span className="kp-count" data-kp-comment-count={open}>{open}</span> : null;
}
