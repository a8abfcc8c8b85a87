import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectObjective } from '../../core/draft/framework';
import { planNumbers } from '../../core/draft/framework-numbers';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { addItem } from './results-commands';
import { OVERALL } from './results-edits';
import { IndicatorList } from './results-indicator';
import { LevelRow } from './results-level';

/**
 * The results matrix (LFA): the overall objective, the project objectives and the expected
 * results under each, every level with its indicators and assumptions, numbered from their
 * position (1, 1.1, 1.1 a) so the numbers follow every move.
 */
export function ResultsCard() {
  const { t } = useTranslation();
  const framework = useStore(docStore, (s) => s.draft!.framework);
  const numbers = useMemo(() => planNumbers(framework, []).of, [framework]);
  const numberOf = (id: string) => numbers.get(id) ?? '';
  const { overallObjective: overall, projectObjectives: objectives } = framework;
  return (
    <div className="kp-card kp-results">
      <p className="kp-hint">{t('results.hint')}</p>
      <div className="kp-fw-block kp-fw-overall-block">
        {/* Enter and Ctrl+Enter in the overall objective go on to the project objectives: "last" while there are none. */}
        <LevelRow level="overall" id={OVERALL} text={overall.text} assumptions={overall.assumptions} note={overall.note} number="" index={0}
          count={objectives.length === 0 ? 1 : 2} />
        <IndicatorList ownerId={OVERALL} ownerName={t('results.overallName')} indicators={overall.indicators} numberOf={numberOf} />
      </div>
      {objectives.length === 0 && <p className="kp-empty">{t('results.noObjectives')}</p>}
      {objectives.length > 0 && (
        <ol className="kp-fw-objectives" aria-label={t('results.objectives')}>
          {objectives.map((o, i) => <ObjectiveBlock key={o.id} objective={o} index={i} count={objectives.length} numberOf={numberOf} />)}
        </ol>
      )}
      <button type="button" className="kp-add" data-kp-fw-add="objectives" onClick={() => addItem({ level: 'objective' }, objectives.length)}>
        + {t('results.addObjective')}</button>
    </div>
  );
}

function ObjectiveBlock({ objective: o, index, count, numberOf }: { objective: ProjectObjective; index: number; count: number; numberOf: (id: string) => string }) {
  const { t } = useTranslation();
  const number = numberOf(o.id);
  const loc = `framework:${o.id}:results`;
  const found = useFieldFindings(loc);
  return (
    <li className="kp-fw-block kp-fw-objective-block" data-kp-fw-objective={o.id}>
      <LevelRow level="objective" id={o.id} text={o.text} assumptions={o.assumptions} note={o.note} number={number} index={index} count={count} />
      <IndicatorList ownerId={o.id} ownerName={t('results.objectiveN', { n: number })} indicators={o.indicators} numberOf={numberOf} />
      <div className="kp-fw-results">
        {o.results.length > 0 && (
          <ol className="kp-fw-result-list" aria-label={`${t('results.results')} (${t('results.objectiveN', { n: number })})`}>
            {o.results.map((r, j) => {
              const rn = numberOf(r.id);
              return (
                <li key={r.id} className="kp-fw-result-block" data-kp-fw-result={r.id}>
                  <LevelRow level="result" id={r.id} text={r.text} assumptions={r.assumptions} note={r.note} number={rn} index={j} count={o.results.length} />
                  <IndicatorList ownerId={r.id} ownerName={t('results.resultN', { n: rn })} indicators={r.indicators} numberOf={numberOf} />
                </li>
              );
            })}
          </ol>
        )}
        <button type="button" {...fieldProps(loc, found)} className={`kp-add${found[0] ? ` kp-field-${found[0].severity}` : ''}`}
          data-kp-fw-add={`results:${o.id}`} aria-label={t('results.addResultTo', { n: number })}
          onClick={() => addItem({ level: 'result', objectiveId: o.id }, o.results.length)}>+ {t('results.addResult')}</button>
        <FieldMessages loc={loc} found={found} />
      </div>
    </li>
  );
}
