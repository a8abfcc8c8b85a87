import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { SectionEditor } from '../editor/section-editor';
import { statsStore } from '../editor/stats';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { PartiesCard } from '../cards/parties-card';
import { CoreAreasCard } from '../cards/core-areas-card';
import { TeamCard } from '../cards/team-card';
import { BudgetCard } from '../cards/budget-card';

/** Live word counter against the section's limit: amber from 90 %, red beyond. */
function WordCounter({ id }: { id: string }) {
  const { t } = useTranslation();
  const words = useStore(statsStore, (s) => s.words[id] ?? 0);
  const editionId = useStore(docStore, (s) => s.draft?.editionId ?? '');
  const component = useStore(docStore, (s) => s.draft?.component ?? 'project');
  const limit = packView(editionId)?.wordLimit(component, id);
  const level = !limit ? 'ok' : words > limit.limit ? 'over' : words >= 0.9 * limit.limit ? 'near' : 'ok';
  return (
    <p className={`kp-word-counter level-${level}`} data-kp-words={words} aria-live="polite">
      {limit ? t('sections.wordsOf', { count: words, limit: limit.limit }) : t('sections.words', { count: words })}
    </p>
  );
}

/** One section in the document flow: heading, guidance, then its text editor or card. */
export function SectionBlock({ section }: { section: TemplateSection }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const [guidanceOpen, setGuidanceOpen] = useState(true);
  const sectionFindings = useFieldFindings(`section:${section.id}`).filter((f) => f.location.kind !== 'section' || !f.location.range);
  const headingId = `kp-h-${section.id}`;
  return (
    <section className={`kp-section kind-${section.kind}`} data-kp-section={section.id} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>{section.title[lang]}</h2>
      <div className={`kp-guidance ${guidanceOpen ? 'open' : ''}`}>
        <button type="button" className="kp-guidance-toggle" aria-expanded={guidanceOpen} aria-controls={`kp-g-${section.id}`}
          onClick={() => setGuidanceOpen(!guidanceOpen)}>
          <span aria-hidden>{guidanceOpen ? '▾' : '▸'}</span> {t('sections.guidance')}
        </button>
        {guidanceOpen && (
          <div id={`kp-g-${section.id}`} className="kp-guidance-body">
            <p>{section.guidance[lang]}</p>
            <p className="kp-source">{t('sections.source', { sources: section.sources.join(', ') })}</p>
          </div>
        )}
      </div>
      {section.kind === 'text' && <><SectionEditor section={section} /><WordCounter id={section.id} /></>}
      {section.kind === 'parties' && <PartiesCard />}
      {section.kind === 'core_areas' && <CoreAreasCard />}
      {section.kind === 'team' && <TeamCard />}
      {section.kind === 'budget' && <BudgetCard />}
      <FieldMessages loc={`section:${section.id}`} found={sectionFindings} />
    </section>
  );
}
