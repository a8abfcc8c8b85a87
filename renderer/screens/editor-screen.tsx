import { useTranslation } from 'react-i18next';
import { DraftHeader } from '../layout/draft-header';
import { FindBar } from '../editor/find-bar';
import { SectionBlock } from '../layout/section-block';
import { useMountedSections } from '../layout/progressive-mount';
import type { TemplateSection } from '../../core/template/schema';
import { SidePanel } from '../layout/side-panel';
import { Sidebar } from '../layout/sidebar';
import { StatusBar } from '../layout/status-bar';
import { Notices } from '../layout/notices';
import { Toolbar } from '../layout/toolbar';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { UnplacedTray } from '../cards/unplaced-tray';
import { ReviewBanner, ReviewCaret, SelectionCommentButton, useIsReviewer } from '../review';

/** The draft's header and sections; a newly loaded draft gets a fresh column. */
function DocumentColumn({ sections }: { sections: TemplateSection[] }) {
  const mounted = useMountedSections(sections);
  return (
    <div className="kp-document-column">
      <ReviewBanner />
      <DraftHeader />
      <UnplacedTray />
      {sections.map((s, i) => <SectionBlock key={s.id} section={s} pending={i >= mounted} />)}
    </div>
  );
}

/** The main window: toolbar, sections sidebar, one scrolling document, problems panel, status bar. */
export function EditorScreen() {
  const { t } = useTranslation();
  const component = useStore(docStore, (s) => s.draft?.component ?? 'project');
  const panelOpen = useStore(appStore, (s) => s.sidePanelOpen);
  const generation = useStore(docStore, (s) => s.generation);
  // The drawn caret is for a reviewer's read-only text; an author's typing needs none of its listeners.
  const reviewing = useIsReviewer();
  const sections = templateSections(component);
  return (
    <div className={`kp-editor-screen ${panelOpen ? 'panel-open' : 'panel-closed'}`}>
      <Toolbar />
      <Sidebar sections={sections} />
      <main className="kp-document" aria-label={t('app.name')}>
        <FindBar />
        <DocumentColumn key={generation} sections={sections} />
      </main>
      {panelOpen && <SidePanel sections={sections} />}
      <Notices docked />
      <StatusBar />
      <SelectionCommentButton />
      {reviewing && <ReviewCaret />}
    </div>
  );
}
