import { useTranslation } from 'react-i18next';
import { SDG_GOALS } from '../../core/draft/sdg-targets';
import { invalidInput, TARGETS_KEY } from '../../core/draft/invalid-inputs';
import { fieldProps, useFieldFindings } from '../findings/field-findings';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { withGoal } from './sdg-choices';
import { SdgTargetsField } from './sdg-targets-field';

/** DOC-03 (goals chosen) reports on the section; its messages follow the card (section-block.tsx). */
const LOC = 'section:sdg_goals';

/**
 * The Agenda 2030 goals the project contributes to: the seventeen as toggles with their number
 * and official short name, and, once some are chosen, the targets typed by number.
 */
export function SdgCard() {
  const { t } = useTranslation();
  const { goals, targets } = useStore(docStore, (s) => s.draft!.agenda2030);
  const keptTargets = useStore(docStore, (s) => invalidInput(s.draft!, TARGETS_KEY) !== undefined);
  const found = useFieldFindings(LOC).filter((f) => f.location.kind === 'agenda2030');
  const marks = fieldProps(LOC, found);
  return (
    <div className="kp-card kp-sdg">
      <fieldset {...marks} className={['kp-sdg-goals', marks.className].filter(Boolean).join(' ')}>
        <legend>{t('sdg.legend')}</legend>
        <p className="kp-hint">{t('sdg.hint')} <span className="kp-sdg-count" data-kp-sdg-count>{goals.length ? t('sdg.chosen', { count: goals.length }) : t('sdg.noneChosen')}</span></p>
        <div className="kp-sdg-grid">
          {SDG_GOALS.map((g) => {
            const on = goals.includes(g);
            return (
              <label key={g} className={`kp-sdg-goal${on ? ' chosen' : ''}`} data-kp-sdg-goal={g}>
                <input type="checkbox" checked={on} onChange={(e) => updateFields((d) => withGoal(d, g, e.target.checked))} />
                <span className="kp-sdg-number" aria-hidden>{g}</span>
                <span className="kp-sdg-name"><span className="kp-sr-only">{t('sdg.goalN', { n: g })}: </span>{t(`sdg.goals.g${g}` as 'sdg.goals.g1')}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {(goals.length > 0 || targets.length > 0 || keptTargets) && <SdgTargetsField goals={goals} targets={targets} />}
    </div>
  );
}
