import { useTranslation } from 'react-i18next';
import { DraftHeader } from '../layout/draft-header';
import { FindBar } from '../editor/find-bar';
import { SectionBlock } from '../layout/section-block';
import { SidePanel } from '../layout/side-panel';
import { Sidebar } from '../layout/sidebar';
import { StatusBar } from '../layout/status-bar';
import { Toolbar } from '../layout/toolbar';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { ReviewBanner, SelectionCommentButton } from '../review';

/** The main window: toolbar, sections sidebar, one scrolling document, problems panel, status bar. */
export function EditorScreen() {
  const { t } = useTranslation();
  const component = useStore(docStore, (s) => s.draft?.component ?? 'project');
  const panelOpen = useStore(appStore, (s) => s.sidePanelOpen);
  const sections = templateSections(component);
  return (
    <div className={`kp-editor-screen ${panelOpen ? 'panel-open' : 'panel-closed'}`}>
      <Toolbar />
      <Sidebar sections={sections} />
      <main className="kp-document" aria-label={t('app.name')}>
        <FindBar />
        <div className="kp-document-column">
          <ReviewBanner />
          <DraftHeader />
          {sections.map((s) => <SectionBlock key={s.id} section={s} />)}
        </div>
      </main>
      {panelOpen && <SidePanel sections={sections} />}
      <StatusBar />
      <SelectionCommentButton />
    </div>
  );
}
