import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { SectionEditor } from '../editor/section-editor';
import { sectionEditor } from '../editor/session';
import { statsStore } from '../editor/stats';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { PartiesCard } from '../cards/parties-card';
import { CoreAreasCard } from '../cards/core-areas-card';
import { TeamCard } from '../cards/team-card';
import { BudgetCard } from '../cards/budget-card';
import { ActivityPlanCard } from '../cards/activity-plan-card';
import { RiskCard } from '../cards/risk-card';
import { SdgCard } from '../cards/sdg-card';
import { ResultsCard } from '../cards/results-card';
import { SectionGuidance } from './section-guidance';
import { CopySectionButton } from '../submit/copy-section';
import { ReuseNote, reusePart } from './reuse-note';
import { unplacedDropTarget } from '../cards/unplaced-drag';
import { formatCount, levelChange, limitLevel, type LimitLevel } from './word-limit-level';

/**
 * Live word and character counter against the section's limit: amber from 90 %, red beyond. The
 * visible text changes with every count and is not announced; a separate live region speaks only
 * when the level changes (reaching 90 %, passing the limit, back under it).
 */
function WordCounter({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const words = useStore(statsStore, (s) => s.words[id] ?? 0);
  const characters = useStore(statsStore, (s) => s.characters[id] ?? 0);
  const editionId = useStore(docStore, (s) => s.draft?.editionId ?? '');
  const component = useStore(docStore, (s) => s.draft?.component ?? 'project');
  const limit = packView(editionId)?.wordLimit(component, id)?.limit ?? null;
  const level = limitLevel(words, limit);
  const announcement = useLevelAnnouncement(level, words, limit);
  const n = formatCount(words, lang);
  return (
    <>
      <p className={`kp-word-counter level-${level}`} data-kp-words={words} data-kp-characters={characters}>
        {limit ? t('sections.wordsOf', { n, limit: formatCount(limit, lang) }) : t('sections.words', { count: words, n })}
        {' · '}{t('sections.characters', { count: characters, n: formatCount(characters, lang) })}
      </p>
      <p className="kp-sr-only" role="status" aria-live="polite" data-kp-word-limit-status={id}>{announcement}</p>
    </>
  );
}

/** The message for the latest change of level; empty until the level first changes (opening a draft says nothing). */
function useLevelAnnouncement(level: LimitLevel, words: number, limit: number | null): string {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const previous = useRef(level);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const change = levelChange(previous.current, level);
    previous.current = level;
    if (change && limit) setMessage(t(`sections.limit.${change}`, { n: formatCount(words, lang), limit: formatCount(limit, lang) }));
    // Only a change of level is announced; the counts in it are those at that moment.
  }, [level]);
  return message;
}

/** Stands in for a section's body until it is mounted (see progressive-mount.ts), about as tall. */
function PendingBody({ section }: { section: TemplateSection }) {
  const { t } = useTranslation();
  const blocks = section.kind === 'text' ? (sectionEditor(section.id)?.children.length ?? 1) : 10;
  return (
    <div className="kp-section-pending" aria-busy="true" style={{ height: `${Math.min(blocks, 2000) * 1.5}rem` }}>
      <p className="kp-muted">{t('sections.loading')}</p>
    </div>
  );
}

/** Each budget line is a table row about 46 px tall; the card around the table about 320 px. */
const BUDGET_ROW_PX = 46;
const BUDGET_CARD_PX = 320;

/**
 * How tall a form section will be, for the browser to reserve while it is off screen and has not
 * been shown yet (see .kp-section in layout.css): keeps the scroll bar honest on long budgets.
 */
function useEstimatedHeight(section: TemplateSection): CSSProperties | undefined {
  const budgetLines = useStore(docStore, (s) => (section.kind === 'budget' ? s.draft?.budget.length ?? 0 : 0));
  if (section.kind !== 'budget') return undefined;
  return { '--kp-estimated-height': `${BUDGET_CARD_PX + budgetLines * BUDGET_ROW_PX}px` } as CSSProperties;
}

/** One section in the document flow: heading, guidance, then its text editor or card. */
export function SectionBlock({ section, pending = false }: { section: TemplateSection; pending?: boolean }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const sectionFindings = useFieldFindings(`section:${section.id}`).filter((f) => f.location.kind !== 'section' || !f.location.range);
  const headingId = `kp-h-${section.id}`;
  const estimatedHeight = useEstimatedHeight(section);
  const [dropOver, setDropOver] = useState(false);
  // Blocks from the "Inte placerat" tray can be dropped on a text section.
  const drop = section.kind === 'text' ? unplacedDropTarget(section.id, setDropOver) : {};
  return (
    <section className={`kp-section kind-${section.kind}${dropOver ? ' kp-drop-over' : ''}`} data-kp-section={section.id} aria-labelledby={headingId} style={estimatedHeight} {...drop}>
      {section.kind === 'text'
        ? <div className="kp-section-head"><h2 id={headingId} tabIndex={-1}>{section.title[lang]}</h2><CopySectionButton section={section} /></div>
        : <h2 id={headingId} tabIndex={-1}>{section.title[lang]}</h2>}
      <ReuseNote part={reusePart(section)} />
      <SectionGuidance section={section} />
      {pending && <PendingBody section={section} />}
      {!pending && section.kind === 'text' && <><SectionEditor section={section} /><WordCounter id={section.id} /></>}
      {!pending && section.kind === 'parties' && <PartiesCard />}
      {!pending && section.kind === 'core_areas' && <CoreAreasCard />}
      {!pending && section.kind === 'team' && <TeamCard />}
      {!pending && section.kind === 'budget' && <BudgetCard />}
      {!pending && section.kind === 'activity_plan' && <ActivityPlanCard />}
      {!pending && section.kind === 'risk_register' && <RiskCard />}
      {!pending && section.kind === 'sdgs' && <SdgCard />}
      {!pending && section.kind === 'results' && <ResultsCard />}
      <FieldMessages loc={`section:${section.id}`} found={sectionFindings} />
    </section>
  );
}
