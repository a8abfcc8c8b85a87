import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allResults, planNumbers } from '../../core/draft/framework-numbers';
import { invalidAmountLines } from '../../core/draft/invalid-inputs';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { ActivityRow } from './activity-row';
import { ActivityTimeline } from './activity-timeline';
import type { CheckOption } from './check-list';
import { activityBudgets, addActivity } from './plan-activities';
import { monthDateLabel, monthShortLabel, periodMonths, planYears, type PlanLang } from './plan-months';
import { timelineGroups } from './timeline-groups';
import { ProposedItems, ProposeRowButton, useProposedRows } from '../review';

/** "1.1 Fler hushåll sorterar sitt avfall": a result as pickers and the timeline name it. */
export const resultLabel = (number: string, text: string, untitled: string) => `${number} ${text.trim() || untitled}`;

/**
 * The activity plan: each activity with the results it serves, its months (shown as dates), place,
 * parties, kind, participants and budget, and the plan as a timeline of bars per project year.
 */
export function ActivityPlanCard() {
  const { t, i18n } = useTranslation();
  const lang: PlanLang = i18n.language === 'en' ? 'en' : 'sv';
  const draft = useStore(docStore, (s) => s.draft)!;
  const { framework, activities, period } = draft;
  const numbers = useMemo(() => planNumbers(framework, activities), [framework, activities]);
  const years = planYears(draft, packView(draft.editionId)?.maxYears(draft) ?? 3);
  const monthLabel = (m: number) => monthDateLabel(period.start, m, lang) ?? t('plan.monthN', { n: m });
  const monthsKey = `${period.start}|${years}|${lang}`;
  // Stable while the period and language are, so that the memoised rows skip re-rendering.
  const months = useMemo(() => Array.from({ length: years * 12 }, (_, k): [number, string] => [k + 1, monthLabel(k + 1)]), [monthsKey, t]);
  const results = useMemo((): CheckOption[] => allResults(framework).map(({ result }) => ({ id: result.id, label: resultLabel(numbers.of.get(result.id) ?? '', result.text, t('plan.untitledResult')) })),
    [framework, numbers, t]);
  const sidesKey = [draft.applicant.organisation, ...draft.partners.map((p) => `${p.id}=${p.organisation}`)].join('|');
  const sides = useMemo((): CheckOption[] => [{ id: 'swedish', label: draft.applicant.organisation || t('team.swedish') },
    ...draft.partners.map((p, i) => ({ id: p.id, label: p.organisation || t('parties.partner', { n: i + 1 }) }))], [sidesKey, t]);
  const budgets = useMemo(() => activityBudgets(draft.budget, invalidAmountLines(draft)), [draft.budget, draft.invalidInputs]);
  const proposed = useProposedRows('activity').length;
  const groups = timelineGroups(framework, activities, numbers, (n, text) => resultLabel(n, text, t('plan.untitledResult')), t('plan.noResult'));
  return (
    <div className="kp-card kp-plan">
      <p className="kp-hint">{t('plan.hint')}</p>
      {activities.length === 0 && <p className="kp-empty">{t('plan.empty')}</p>}
      {activities.length + proposed > 0 && (
        <ol className="kp-activities" aria-label={t('plan.caption')}>
          {activities.map((a, i) => (
            <ActivityRow key={a.id} activity={a} i={i} count={activities.length} number={numbers.activity.get(a.id) ?? ''}
              results={results} sides={sides} months={months} budget={budgets.get(a.id)} />
          ))}
          <ProposedItems table="activity" />
        </ol>
      )}
      <button type="button" className="kp-add" onClick={() => addActivity(activities.length - 1)}>+ {t('plan.add')}</button>
      <ProposeRowButton table="activity" />
      {activities.length > 0 && (
        <ActivityTimeline groups={groups} years={years} periodMonths={periodMonths(period)} numberOf={(id) => numbers.activity.get(id) ?? ''}
          monthLabel={monthLabel} monthShort={(m) => monthShortLabel(period.start, m, lang)} />
      )}
    </div>
  );
}
