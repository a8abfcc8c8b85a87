import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Author, Reply } from '../../core/draft/annotation';
import type { ThreadItem } from '../../core/review/overview';
import { authorFromSettings, canModify } from '../../core/review/threads';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { asAuthor, editThread, remove, replyTo, resolve } from './comment-actions';
import { activateThread } from './navigate';
import { BodyEditor } from './body-editor';
import { formatDateTime } from '../i18n/when';
import { ProposalBox } from './proposal';

const when = formatDateTime;

function useMe(): Author | null {
  const settings = useStore(appStore, (s) => s.settings);
  const me = authorFromSettings(settings);
  return me.ok ? me.value : null;
}

/** One message of a thread (the comment itself or a reply), with edit and delete for its author. */
function Message({ item, thread, reply, me }: { item: Annotation | Reply; thread: Annotation; reply?: Reply; me: Author | null }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mine = !!me && canModify(item, me);
  // A thread with others' replies cannot be deleted, only resolved.
  const deletable = mine && (reply !== undefined || thread.replies.every((r) => canModify(r, me)));
  return (
    <div className={reply ? 'kp-message kp-reply' : 'kp-message'} data-kp-message={item.id}>
      <div className="kp-message-head">
        <span className="kp-initials" aria-hidden>{item.author.initials || item.author.name.slice(0, 2)}</span>
        <strong>{item.author.name}</strong>
        {item.author.organisation && <span className="kp-muted kp-author-organisation">{item.author.organisation}</span>}
        <time dateTime={item.createdAt}>{when(item.createdAt, i18n.language)}</time>
        {item.editedAt && <span className="kp-muted">({t('review.edited')})</span>}
      </div>
      {editing ? (
        <BodyEditor initial={item.body} label={t('review.edit')} submitLabel={t('review.save')}
          onSubmit={(body) => { if (editThread(thread.id, body, reply?.id)) setEditing(false); }} onCancel={() => setEditing(false)} />
      ) : (
        <p className="kp-message-body">{item.body}</p>
      )}
      {mine && !editing && (
        <div className="kp-message-actions">
          <button type="button" data-kp-review className="kp-link-button" onClick={() => setEditing(true)}>{t('review.edit')}</button>
          {deletable && (
            <button type="button" data-kp-review className="kp-link-button" onClick={() => { if (window.confirm(t('review.deleteConfirm'))) remove(thread.id, reply?.id); }}>
              {t('review.delete')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** A thread in the comments panel: where it is, the comment, replies, and what one can do with it. */
export function ThreadCard({ item, label, active, reason }: { item: ThreadItem; label: string; active: boolean; reason?: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [replying, setReplying] = useState(false);
  const a = item.annotation;
  const quote = a.anchor.kind === 'text' ? a.anchor.quote.exact : null;
  const classes = ['kp-thread', active ? 'active' : '', a.resolved ? 'resolved' : '', reason ? 'orphan' : ''].filter(Boolean).join(' ');
  return (
    <article className={classes} data-kp-thread={a.id} tabIndex={-1} aria-current={active || undefined}
      onClick={(e) => { if (!(e.target as Element).closest('button, textarea, input')) activateThread(a.id); }}>
      <button type="button" data-kp-review className="kp-thread-target" title={t('review.jump')} onClick={() => activateThread(a.id)}>
        <span className="kp-thread-where">{label}</span>
        {quote !== null && <q className="kp-thread-quote">{quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}</q>}
      </button>
      {reason && <p className="kp-orphan-reason">{reason}</p>}
      {a.resolved && (
        <p className="kp-resolved-note">
          ✓ {a.statusChangedBy && a.statusChangedAt
            ? t('review.resolvedBy', { name: a.statusChangedBy.name, time: when(a.statusChangedAt, i18n.language) })
            : t('review.resolved')}
        </p>
      )}
      <Message item={a} thread={a} me={me} />
      <ProposalBox thread={a} />
      {a.replies.map((r) => <Message key={r.id} item={r} thread={a} reply={r} me={me} />)}
      {replying ? (
        <BodyEditor label={t('review.reply')} placeholder={t('review.replyPlaceholder')} submitLabel={t('review.send')} autoFocus
          onSubmit={(body) => { if (replyTo(a.id, body)) setReplying(false); }} onCancel={() => setReplying(false)} />
      ) : (
        <div className="kp-thread-actions">
          <button type="button" data-kp-review onClick={() => asAuthor(() => setReplying(true))}>{t('review.reply')}</button>
          <button type="button" data-kp-review onClick={() => resolve(a.id, !a.resolved)}>{a.resolved ? t('review.reopen') : t('review.resolve')}</button>
        </div>
      )}
    </article>
  );
}
