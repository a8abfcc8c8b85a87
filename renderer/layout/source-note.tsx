import { useTranslation } from 'react-i18next';
import { sourceHost, sourceRefs } from '../rules/sources';

/** Under a section's guidance: the documents it rests on, by title, each with its id and site. */
export function SourceNote({ ids }: { ids: readonly string[] }) {
  const { t, i18n } = useTranslation();
  if (ids.length === 0) return null;
  const refs = sourceRefs(ids, i18n.language === 'en' ? 'en' : 'sv');
  return (
    <div className="kp-source">
      <span className="kp-source-heading">{t('sections.sourcesHeading', { count: refs.length })}</span>
      <ul className="kp-source-list">
        {refs.map((s) => (
          <li key={s.id}>
            <span className="kp-source-id">{s.id}</span> {s.title !== s.id && s.title}
            {s.url && <span className="kp-source-host" title={s.url}> · {sourceHost(s.url)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
