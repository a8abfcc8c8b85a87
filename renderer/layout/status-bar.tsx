import { useTranslation } from 'react-i18next';
import { statsStore } from '../editor/stats';
import { FindingCounts } from '../findings/finding-counts';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { editionLabel } from '../rules/edition-label';
import { CommentStatus } from '../review';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' }) : '');

/** Which rules, which language, how long, is it saved, how many problems. */
export function StatusBar() {
  const { t } = useTranslation();
  const editionId = useStore(docStore, (s) => s.draft?.editionId ?? '');
  const lang = useStore(docStore, (s) => s.draft?.documentLanguage ?? 'sv-SE');
  const dirty = useStore(docStore, (s) => s.dirty);
  const savedAt = useStore(docStore, (s) => s.savedAt);
  const autosavedAt = useStore(docStore, (s) => s.autosavedAt);
  const path = useStore(docStore, (s) => s.path);
  const total = useStore(statsStore, (s) => s.total);
  const saveText = !dirty && savedAt ? t('status.saved', { time: time(savedAt) })
    : dirty && autosavedAt ? `${t('status.unsaved')} · ${t('status.autosaved', { time: time(autosavedAt) })}`
    : dirty || !path ? t('status.unsaved') : t('status.saved', { time: '' }).trim();
  return (
    <footer className="kp-statusbar" role="status">
      <span>{t('status.rules', { edition: editionLabel(editionId) })}</span>
      <span>{t('status.language', { lang: t(`languages.${lang}`) })}</span>
      <span data-kp-words={total}>{t('status.words', { count: total, formatParams: {} }).replace(String(total), total.toLocaleString('sv-SE'))}</span>
      <span data-kp-save-state={dirty ? 'dirty' : 'clean'}>{saveText}</span>
      <CommentStatus />
      <FindingCounts />
    </footer>
  );
}
