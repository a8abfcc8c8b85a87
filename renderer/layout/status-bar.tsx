import { useTranslation } from 'react-i18next';
import { statsStore } from '../editor/stats';
import { FindingCounts, useFindingCountsKey } from '../findings/finding-counts';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { editionLabel } from '../rules/edition-label';
import { CommentStatus, useCommentStatusKey } from '../review';
import { runAction } from '../actions/registry';
import { useOneLine } from './one-line';
import { formatCount } from './word-limit-level';
import { formatTime } from '../i18n/when';

const time = (iso: string | null) => (iso ? formatTime(iso) : '');

/**
 * What the status bar leaves out, in this order, when even its short forms (step 1) do not fit on
 * one line: the document language first (it is in the draft's header), then the edition, the word
 * count and the comments. Whether the draft is saved and how many problems it has always stay.
 */
const DROP_ORDER = ['language', 'rules', 'words', 'comments'] as const;
type Item = (typeof DROP_ORDER)[number];

/** Which rules, which language, how long, is it saved, how many problems; always on one line. */
export function StatusBar() {
  const { t, i18n } = useTranslation();
  const editionId = useStore(docStore, (s) => s.draft?.editionId ?? '');
  const lang = useStore(docStore, (s) => s.draft?.documentLanguage ?? 'sv-SE');
  const dirty = useStore(docStore, (s) => s.dirty);
  const savedAt = useStore(docStore, (s) => s.savedAt);
  const autosavedAt = useStore(docStore, (s) => s.autosavedAt);
  // Never "secured" after a copy that failed: that is exactly when the user must save or copy the text out.
  const unsecured = useStore(docStore, (s) => s.dirty && s.autosaveFailed);
  const path = useStore(docStore, (s) => s.path);
  const total = useStore(statsStore, (s) => s.total);
  const counts = useFindingCountsKey();
  const comments = useCommentStatusKey();
  const saveText = unsecured ? t('autosaveFailed.status')
    : !dirty && savedAt ? t('status.saved', { time: time(savedAt) })
    : dirty && autosavedAt ? `${t('status.unsaved')} · ${t('status.autosaved', { time: time(autosavedAt) })}`
    : dirty || !path ? t('status.unsaved') : t('status.saved', { time: '' }).trim();
  const shortSave = dirty && autosavedAt && !unsecured ? t('status.unsaved') : saveText;
  const edition = editionLabel(editionId);
  const rules = t('status.rules', { edition });
  const language = t('status.language', { lang: t(`languages.${lang}`) });
  const words = t('status.words', { count: total, formatParams: {} }).replace(String(total), formatCount(total, i18n.language === 'en' ? 'en' : 'sv'));
  const [bar, step] = useOneLine<HTMLElement>(1 + DROP_ORDER.length, [i18n.language, edition, lang, total, saveText, counts, comments].join('|'));
  const short = step >= 1;
  const shown = (item: Item) => DROP_ORDER.indexOf(item) >= step - 1;
  return (
    <footer ref={bar} className="kp-statusbar" role="status" data-kp-fit-step={step}>
      {shown('rules') && <span title={short ? rules : undefined}>{short ? edition.replace(/\s*\(.*\)$/, '') : rules}</span>}
      {shown('language') && <span title={short ? language : undefined}>{short ? t(`languages.${lang}`) : language}</span>}
      {shown('words') && <span data-kp-words={total}>{words}</span>}
      {/* Where it says whether the draft is saved, it also leads to the earlier versions (as in a word processor). */}
      <button type="button" className={`kp-status-versions${unsecured ? ' kp-status-unsecured' : ''}`} title={unsecured ? t('autosaveFailed.hint') : t('actions.draft.versions')} aria-label={`${saveText}. ${t('actions.draft.versions')}`}
        onClick={() => runAction('draft.versions')}>
        <svg className="kp-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden focusable="false">
          <path d="M3 12a9 9 0 1 0 3-6.7M3 4v4h4M12 7v5l3 2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span data-kp-save-state={dirty ? 'dirty' : 'clean'} data-kp-autosave={unsecured ? 'failed' : undefined}>{short ? shortSave : saveText}</span>
      </button>
      {shown('comments') && <CommentStatus />}
      <FindingCounts compact={short} />
    </footer>
  );
}
