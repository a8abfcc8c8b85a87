import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { ProblemsPanel } from '../findings/problems-panel';
import { countBySeverity, findingsStore } from '../findings/findings-state';
import { useStore } from '../state/create-store';
import { ReusePanel } from '../reuse/reuse-panel';
import { ChangesPanel, ChangeTabCount, CommentsPanel, CommentTabCount, usePanelTab } from '../review';

const TABS = ['problems', 'comments', 'changes'] as const;
type Tab = (typeof TABS)[number];

/** Arrow keys, Home and End move between the tabs and show the one reached (WAI-ARIA tabs). */
function nextTab(key: string, current: Tab): Tab | null {
  const i = TABS.indexOf(current);
  switch (key) {
    case 'ArrowRight': return TABS[(i + 1) % TABS.length]!;
    case 'ArrowLeft': return TABS[(i - 1 + TABS.length) % TABS.length]!;
    case 'Home': return TABS[0];
    case 'End': return TABS[TABS.length - 1]!;
    default: return null;
  }
}

function panelOf(id: Tab, sections: TemplateSection[]) {
  switch (id) {
    case 'problems': return <ProblemsPanel sections={sections} />;
    case 'comments': return <CommentsPanel />;
    case 'changes': return <ChangesPanel />;
  }
}

/**
 * The right-hand panel: Problems, Comments and Changes (open suggestions) tabs. Both tab panels stay in the document so each
 * tab's aria-controls names an element; the one not shown is hidden and left empty.
 */
export function SidePanel({ sections }: { sections: TemplateSection[] }) {
  const { t } = useTranslation();
  const [tab, setTab] = usePanelTab();
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const c = countBySeverity(useStore(findingsStore, (s) => s.findings));
  const total = c.error + c.warning + c.info;
  const onKeyDown = (e: KeyboardEvent) => {
    const next = nextTab(e.key, tab);
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const tabProps = (id: Tab) => ({
    type: 'button' as const, role: 'tab', id: `kp-tab-${id}`, 'aria-selected': tab === id, 'aria-controls': `kp-panel-${id}`,
    tabIndex: tab === id ? 0 : -1, ref: (el: HTMLButtonElement | null) => { tabRefs.current[id] = el; }, onClick: () => setTab(id),
  });
  return (
    <aside className="kp-sidepanel" aria-label={t('problems.panel')}>
      <div role="tablist" className="kp-tabs" aria-label={t('problems.panel')} onKeyDown={onKeyDown}>
        <button {...tabProps('problems')}>
          {t('problems.tab')} {total > 0 && <span className="kp-count">{total}</span>}
        </button>
        <button {...tabProps('comments')}>
          {t('problems.comments')} <CommentTabCount />
        </button>
        <button {...tabProps('changes')}>
          {t('changes.tab')} <ChangeTabCount />
        </button>
      </div>
      {TABS.map((id) => (
        <div key={id} role="tabpanel" id={`kp-panel-${id}`} aria-labelledby={`kp-tab-${id}`} className="kp-tabpanel" hidden={tab !== id} tabIndex={0}>
          {tab === id && panelOf(id, sections)}
        </div>
      ))}
      <ReusePanel />
    </aside>
  );
}
