import type { Paragraph, Table } from 'docx';
import type { Draft } from '../draft/schema';
import type { TemplateSection } from '../template/schema';
import { activityBudget } from './activity-budget';
import { activityGantt, ganttMonths, PORTRAIT_MONTHS } from './activity-gantt';
import type { BuildContext } from './context';
import { LANDSCAPE, pageTurn, PageTurn } from './page-sections';
import { planLabels } from './plan-labels';
import { isFrameworkEmpty, resultsMatrix } from './results-matrix';
import { heading, isBlank, sectionParagraphs } from './rich-text-blocks';
import { riskRegister } from './risk-register';
import { textRuns } from './runs';
import { sdgTable } from './sdg-table';
import { TEXT_WIDTH } from './styles';

type Block = Paragraph | Table | PageTurn;
type PlanKind = 'results' | 'activity_plan' | 'risk_register' | 'sdgs';

/**
 * Whether a section of the plan is set on pages turned on their side: the results matrix and the
 * risk register (seven columns, two or three of them long text), and the activity plan when it has
 * more month columns than an upright page holds.
 */
export function isWidePlanSection(section: Pick<TemplateSection, 'kind'>, draft: Draft): boolean {
  if (section.kind === 'results') return !isFrameworkEmpty(draft.framework);
  if (section.kind === 'risk_register') return draft.risks.length > 0;
  if (section.kind === 'activity_plan') return draft.activities.length > 0 && ganttMonths(draft) > PORTRAIT_MONTHS;
  return false;
}

/** A section of the structured plan: its free text, when it has any, then its table(s). */
export function planSection(section: TemplateSection, kind: PlanKind, draft: Draft, ctx: BuildContext): Block[] {
  const width = isWidePlanSection(section, draft) ? LANDSCAPE.bodyWidth : TEXT_WIDTH;
  const text = draft.sections[section.id];
  const out: Block[] = isBlank(text) ? [] : sectionParagraphs(section.id, text, ctx);
  switch (kind) {
    case 'results':
      return [...out, ...resultsMatrix(draft, ctx, width)];
    case 'risk_register':
      return [...out, ...riskRegister(draft, ctx, width)];
    case 'sdgs':
      return [...out, ...sdgTable(draft, ctx, width)];
    case 'activity_plan': {
      if (draft.activities.length === 0 || draft.budget.length === 0) return [...out, ...activityGantt(draft, ctx, width)];
      const L = planLabels(ctx.lang);
      const h2 = (t: string, topOfPage = false) => heading(ctx, 2, textRuns(t, {}, ctx.locale), t, { toc: false, topOfPage });
      const gantt = [h2(L.gantt.heading), ...activityGantt(draft, ctx, width)];
      // The budget per activity is narrow: after a Gantt table on its side, upright again.
      const wide = width !== TEXT_WIDTH;
      const turn = wide ? [pageTurn(ctx, false)] : [];
      return [...out, ...gantt, ...turn, h2(L.activityBudget.heading, wide), ...activityBudget(draft, ctx, TEXT_WIDTH)];
    }
  }
}
