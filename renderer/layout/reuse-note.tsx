import { useTranslation } from 'react-i18next';
import { latestReuse } from '../../core/reuse/insert';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';

/** The part of the draft's reuse records a section shows: its id, or "team" / "budget" for those cards. */
export function reusePart(section: { id: string; kind: string }): string {
  return section.kind === 'team' || section.kind === 'budget' ? section.kind : section.id;
}

/** A short date in the UI's language ("2 maj 2024"). */
export function reuseDate(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'sv-SE', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "Återanvänt från <title> (<date>)" under a section's heading, so a reviewer sees where its content came from. */
export function ReuseNote({ part }: { part: string }) {
  const { t, i18n } = useTranslation();
  const record = useStore(docStore, (s) => (s.draft ? latestReuse(s.draft, part) : null));
  if (!record) return null;
  const title = record.sourceTitle.trim() || t('reuse.dialog.untitled');
  return (
    <p className="kp-reuse-note" data-kp-reuse-note={part} title={record.sourceFile}>
      {t('reuse.note', { title, date: reuseDate(record.sourceModifiedAt, i18n.language) })}
    </p>
  );
}
