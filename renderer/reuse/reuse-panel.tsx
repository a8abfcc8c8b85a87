import { useTranslation } from 'react-i18next';
import type { ReuseRecord } from '../../core/draft/schema';
import { runAction } from '../actions/registry';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { reuseDate } from '../layout/reuse-note';
import { useIsReviewer } from '../review';

const NONE: readonly ReuseRecord[] = [];

/**
 * In the side panel: what the draft took from earlier applications (part, source, its date), so a
 * reviewer sees it at a glance, and the command to insert more (the author only).
 */
export function ReusePanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const records = useStore(docStore, (s) => s.draft?.reused ?? NONE);
  const component = useStore(docStore, (s) => s.draft?.component ?? 'project');
  const reviewer = useIsReviewer();
  const partName = (part: string) =>
    part === 'team' || part === 'budget' ? t(`reuse.panel.part.${part}`) : templateSections(component).find((s) => s.id === part)?.title[lang] ?? part;
  return (
    <section className="kp-reuse-panel kp-tabpanel" aria-labelledby="kp-reuse-panel-h">
      <h3 id="kp-reuse-panel-h">{t('reuse.panel.heading')}</h3>
      {records.length > 0 && (
        <ul data-kp-reuse-records>
          {records.map((r) => (
            <li key={r.id} title={r.sourceFile}>
              {t('reuse.panel.item', { part: partName(r.part), title: r.sourceTitle.trim() || t('reuse.dialog.untitled'), date: reuseDate(r.sourceModifiedAt, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
      {!reviewer && <button type="button" className="kp-link-button" data-kp-reuse-open onClick={() => runAction('draft.reuse')}>{t('actions.draft.reuse')}</button>}
    </section>
  );
}
