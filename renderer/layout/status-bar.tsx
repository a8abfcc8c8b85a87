import { useTranslation } from 'react-i18next';
import { statsStore } from '../editor/stats';
import { FindingCounts } from '../findings/finding-counts';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { editionLabel } from '../rules/edition-label';
import { CommentStatus } from '../review';
import { runAction } from '../actions/registry';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' }) : '');

/** Which rules, which language, how long, is it saved, how many problems. */
export function StatusBar() {
  const { t } = useTranslation();
  const editionId = useStore(docStore, (s) => s.draft?.editionId ?? '');
  const lang = useStore(docStore, (s) => s.draft?.documentLanguage ?? 'sv-SE');
  const dirty = useStore(docStore, (s) => s.dirty);
  const savedAt = useStore(docStore, (s) => s.savedAt);
  const autosavedAt = useStore(docStore, (s) => s.autosavedAt);
  // Never "secured" after a copy that failed: that is exactly when the user must save or copy the text out.
  const unsecured = useStore(docStore, (s) => s.dirty && s.autosaveFailed);
  const path = useStore(docStore, (s) => s.path);
  const total = useStore(statsStore, (s) => s.total);
  const saveText = unsecured ? t('autosaveFailed.status')
    : !dirty && savedAt ? t('status.saved', { time: time(savedAt) })
    : dirty && autosavedAt ? `${t('status.unsaved')} · ${t('status.autosaved', { time: time(autosavedAt) })}`
    : dirty || !path ? t('status.unsaved') : t('status.saved', { time: '' }).trim();
  return (
    <footer className="kp-statusbar" role="status">
      <span>{t('status.rules', { edition: editionLabel(editionId) })}</span>
      <span>{t('status.language', { lang: t(`languages.${lang}`) })}</span>
      <span data-kp-words={total}>{t('status.words', { count: total, formatParams: {} }).replace(String(total), total.toLocaleString('sv-SE'))}</span>
      {/* Where it says whether the draft is saved, it also leads to the earlier versions (as in a word processor). */}
      <button type="button" className={`kp-status-versions${unsecured ? ' kp-status-unsecured' : ''}`} title={unsecured ? t('autosaveFailed.hint') : t('actions.draft.versions')} aria-label={`${saveText}. ${t('actions.draft.versions')}`}
        onClick={() => runAction('draft.versions')}>
        <svg className="kp-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden focusable="false">
          <path d="M3 12a9 9 0 1 0 3-6.7M3 4v4h4M12 7v5l3 2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span data-kp-save-state={dirty ? 'dirty' : 'clean'} data-kp-autosave={unsecured ? 'failed' : undefined}>{saveText}</span>
      </button>
      <CommentStatus />
      <FindingCounts />
    </footer>
  );
}
