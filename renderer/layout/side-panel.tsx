import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { ProblemsPanel } from '../findings/problems-panel';
import { countBySeverity, findingsStore } from '../findings/findings-state';
import { useStore } from '../state/create-store';
import { CommentsPanel, CommentTabCount, usePanelTab } from '../review';

/** The right-hand panel: Problems and Comments tabs. */
export function SidePanel({ sections }: { sections: TemplateSection[] }) {
  const { t } = useTranslation();
  const [tab, setTab] = usePanelTab();
  const c = countBySeverity(useStore(findingsStore, (s) => s.findings));
  return (
    <aside className="kp-sidepanel" aria-label={t('problems.tab')}>
      <div role="tablist" className="kp-tabs">
        <button type="button" role="tab" id="kp-tab-problems" aria-selected={tab === 'problems'} aria-controls="kp-panel-problems" onClick={() => setTab('problems')}>
          {t('problems.tab')} {c.error + c.warning + c.info > 0 && <span className="kp-count">{c.error + c.warning + c.info}</span>}
        </button>
        <button type="button" role="tab" id="kp-tab-comments" aria-selected={tab === 'comments'} aria-controls="kp-panel-comments" onClick={() => setTab('comments')}>
          {t('problems.comments')} <CommentTabCount />
        </button>
      </div>
      <div role="tabpanel" id={`kp-panel-${tab}`} aria-labelledby={`kp-tab-${tab}`} className="kp-tabpanel">
        {tab === 'problems' ? <ProblemsPanel sections={sections} /> : <CommentsPanel />}
      </div>
    </aside>
  );
}
