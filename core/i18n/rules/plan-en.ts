import type { SameKeys } from '../same-keys';
import type { planRulesSv } from './plan-sv';

/** What the plan rules say, in English (see plan-sv.ts). */
export const planRulesEn: SameKeys<typeof planRulesSv> = {
  plan: {
    overall: 'The overall objective',
    objective: 'Project objective {{number}}',
    result: 'Result {{number}}',
    indicator: 'Indicator {{number}}',
    activity: 'Activity {{number}}',
    risk: 'Risk R{{number}}',
    quoted: '{{name}} "{{text}}"',
  },
  planBudget: {
    linkTo: 'Link the line to {{item}}',
    unlink: 'Remove the link',
  },
  'LF-01': {
    title: 'The results framework has its levels',
    empty: 'The results framework and the activity plan are empty. Fill in the overall objective, project objectives, results and indicators in the matrix – the text sections can stay as they are – so the app can check that they fit together and export ICLD’s tables.',
    noFramework_one: 'The activity plan has {{count}} activity but the results framework is empty. Fill in the objectives and results the activity is to lead to.',
    noFramework_other: 'The activity plan has {{count}} activities but the results framework is empty. Fill in the objectives and results the activities are to lead to.',
    noOverall: 'The overall objective is missing. Describe the long-term change the project contributes to.',
    noObjective: 'The results framework has no project objective. Add at least one: the situation in the organisations when the project is finished.',
    blank: '{{item}} has no text. Say what is to be achieved, or remove the row.',
  },
  'LF-03': {
    title: 'Every project objective has at least one result',
    noResult: '{{item}} has no result under it. Add the results (outputs) the project delivers to reach it.',
  },
  'LF-04': {
    title: 'Every activity serves a result',
    none: '{{item}} is not linked to any result. Choose the result it leads to, or remove it if it is not needed.',
    goneOnly: '{{item}} is linked to a result that no longer exists. Choose one of the results in the matrix.',
    gone: '{{item}} is also linked to a result that has been removed.',
    removeGone: 'Remove the link to the removed result',
  },
  'LF-05': {
    title: 'Every result is measured by at least one indicator',
    blank: '{{item}} is empty. Say what is measured, or remove the indicator.',
    noIndicator: '{{item}} has no indicator. Add at least one that shows whether the result is achieved.',
    objectiveNoIndicator: '{{item}} has no indicator of its own. An indicator at project-objective level shows whether the objective is reached when the project ends.',
  },
  'LF-06': {
    title: 'Every indicator has a baseline',
    none: '{{item}} has no baseline. Give today’s value and the year it was measured, so the change can be shown.',
    noValue: '{{item}} has a baseline year but no value. Give the value today.',
    noYear: '{{item}} has no year for its baseline. Say when the value was measured.',
  },
  'LF-07': {
    title: 'Every indicator has a dated target',
    none: '{{item}} has no target. Give the value to be reached and the date it is to be reached by.',
    noValue: '{{item}} has a date but no target value. Give the value to be reached.',
    noDate: '{{item}} has no date for its target. Say when the value is to be reached.',
  },
  'LF-08': {
    title: 'Every indicator has a means of verification',
    none: '{{item}} has no means of verification. Say where the value will be read, e.g. minutes, registers or a survey.',
  },
  'LF-09': {
    title: 'Targets are reached within the project period',
    beforeStart: '{{item}} has its target dated {{date}}, before the project starts on {{start}}. Choose a date within the period.',
    afterEnd: '{{item}} has its target dated {{date}}, after the project ends on {{end}}. Results and project objectives are reached within the period; move the date or move the indicator up to the overall objective.',
  },
  'LF-16': {
    title: 'The text and the results framework agree',
    noResult: 'The text names result {{number}}, but the results framework has no result with that number. Add it to the matrix or correct the number.',
    noActivity: 'The text names activity {{number}}, but the activity plan has no activity with that number. Add it or correct the number.',
  },
  'AP-02': {
    title: 'Activities lie within the project period',
    noDates: '{{item}} has no dates yet. Give its start and end so it shows on the timeline.',
    endsBeforeStart: '{{item}} ends before it starts. Correct the start or end month.',
    afterEnd: '{{item}} runs until {{month}}, but the project period ends in {{last}}. Move the activity or extend the period.',
  },
  'AP-03': {
    title: 'Every result has at least one activity',
    emptyPlan_one: 'The activity plan is empty, so the result in the matrix has no activity. Add the activities that lead to it.',
    emptyPlan_other: 'The activity plan is empty, so none of the {{count}} results in the matrix has an activity. Add the activities that lead to them.',
    noActivity: '{{item}} has no activity in the plan. Add an activity that leads to it, or link an existing one.',
  },
  'AP-04': {
    title: 'The inception plans a partner visit in each country',
    emptyPlan: 'The activity plan is empty. An inception is funded for two meetings, one in each country – plan the visits in the activity plan.',
    noneInSweden: 'No partner visit in Sweden is planned. An inception is funded for two meetings, one in each country.',
    noneAbroad: 'No partner visit in {{countries}} is planned. An inception is funded for two meetings, one in each country.',
    partnerCountry: 'the partner’s country',
  },
  'AP-06': {
    title: 'Travel and activity costs belong to an activity',
    unlinked: 'The line is a travel or activity cost but belongs to no activity. ICLD funds the costs of the planned activities; choose the activity in the Activity column.',
  },
  'AP-07': {
    title: 'The budget per activity adds up to the year’s budget',
    unassigned: 'Year {{year}}: {{amount}} of the year’s {{total}} belongs to no activity, so the budget per activity does not add up to the year’s total. Link the lines to the activities they pay for.',
  },
  'AP-09': {
    title: 'A linked activity still exists',
    gone: 'The line is linked to an activity that is no longer in the activity plan. Link it to another activity or remove the link.',
  },
  'AP-10': {
    title: 'A visit that involves travel has travel costs',
    noTravelCost: '{{item}} involves travel, but no travel cost is linked to it. Link the budget line for the journey to the activity, or add one.',
  },
  'AP-11': {
    title: 'Travel costs belong to activities that travel',
    digital: 'The line is a travel cost but belongs to {{item}}, which is digital. Link the line to the activity the journey is made for.',
    atHome: 'The line is a travel cost but belongs to {{item}}, where everyone taking part is at home. Link the line to the activity the journey is made for, or say who takes part.',
  },
  'RK-01': {
    title: 'Every risk is assessed and has a mitigation and an owner',
    missing: '{{item}} has no {{missing}}. Fill it in so the risk can be assessed and handled.',
    fields: { text: 'description', likelihood: 'likelihood', impact: 'impact', mitigation: 'mitigation', owner: 'owner' },
  },
  'RK-05': {
    title: 'A risk threatens a part of the framework that exists',
    gone: '{{item}} threatens a result or objective that has been removed. Choose what it threatens now, or let it apply to the whole project.',
    wholeProject: 'Let the risk apply to the whole project',
  },
};
