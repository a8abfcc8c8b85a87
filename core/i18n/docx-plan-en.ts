import type { docxPlanSv } from './docx-plan-sv';
import type { SameKeys } from './same-keys';

/** The Word document's words for the structured plan in English. */
export const docxPlanEn: SameKeys<typeof docxPlanSv> = {
  matrix: {
    level: 'Level',
    text: 'Objectives and results',
    indicator: 'Indicator',
    baseline: 'Baseline',
    target: 'Target',
    verification: 'Means of verification',
    assumptions: 'Assumptions',
    overallObjective: 'Overall objective',
    projectObjective: 'Project objective {{n}}',
    result: 'Result {{n}}',
    unit: 'Unit: {{unit}}',
    collectedBy: 'Collected by: {{who}}',
    empty: 'No objectives or results planned yet.',
  },
  gantt: {
    heading: 'Timeline',
    number: 'No.',
    activity: 'Activity',
    results: 'Results',
    yearSpan: 'Year {{n}}: {{from}} – {{to}}',
    noDates: 'no dates yet',
    empty: 'No activities planned yet.',
  },
  activityBudget: {
    heading: 'Budget per activity',
    unlinked: 'Not linked to an activity',
  },
  risks: {
    number: 'R{{n}}',
    numberColumn: 'No.',
    risk: 'Risk',
    likelihood: 'Likelihood',
    impact: 'Impact',
    mitigation: 'Mitigation',
    owner: 'Owner',
    threatens: 'Threatens',
    levels: { low: 'Low', medium: 'Medium', high: 'High' },
    wholeProject: 'The whole project',
    empty: 'No risks entered yet.',
  },
  sdgs: {
    goal: 'Goal',
    name: 'Sustainable Development Goal',
    targets: 'Targets',
    empty: 'No goals chosen yet.',
  },
};
