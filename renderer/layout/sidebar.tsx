import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { statsStore } from '../editor/stats';
import { findingsStore } from '../findings/findings-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { goToSectionId } from './navigation';
import { DONE_WORDS, sectionState, stateIcon } from './section-state';
import { formatCount } from './word-limit-level';

/** The sections in order with their state (○ empty, ◐ in progress, ● done, ✖ errors); click jumps there. */
export function Sidebar({ sections }: { sections: TemplateSection[] }) {
  const { t, i18n } = useTranslation();
  const draft = useStore(docStore, (s) => s.draft)!;
  const words = useStore(statsStore, (s) => s.words);
  const findings = useStore(findingsStore, (s) => s.findings);
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <nav className="kp-sidebar" aria-label={t('sections.nav')}>
      <h2 className="kp-sidebar-title">{t('sections.nav')}</h2>
      <ol>
        {sections.map((s) => {
          const n = words[s.id] ?? 0;
          const state = sectionState(s, draft, n, findings);
          // ◐ says how far it is to ●, so 29 words do not look like a mystery.
          const progress = s.kind === 'text' && state === 'inProgress' ? t('sections.wordsToDone', { n: formatCount(n, lang), min: DONE_WORDS }) : undefined;
          return (
            <li key={s.id}>
              <button type="button" className={`kp-nav-item state-${state}`} data-kp-nav={s.id} title={progress} onClick={() => goToSectionId(s.id)}>
                <span className="kp-nav-icon" aria-hidden>{stateIcon[state]}</span>
                <span className="kp-nav-label">{s.title[lang]}</span>
                <span className="kp-sr-only">({t(`sections.${state}`)}{progress && `: ${progress}`})</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
