import type { SameKeys } from '../same-keys';
import type { budgetLimitRulesSv } from './budget-limits-sv';

/** What the budget-ceiling rules say, in English (see budget-limits-sv.ts). */
export const budgetLimitRulesEn: SameKeys<typeof budgetLimitRulesSv> = {
  budgetLimit: {
    parties: '{{n}} parties',
    what: '{{component}} with {{parties}}',
    whatInRegion: '{{component}} with {{parties}} in {{region}}',
    budget: 'The budget',
    budgetYear: 'The budget for year {{year}}',
    per: { year: 'per year', total: 'in total' },
    over: {
      max: '{{label}} is {{sum}}; the maximum for {{what}} is {{limit}} {{per}}. Reduce it by {{excess}}.',
      guide: '{{label}} is {{sum}}; the guide value for {{what}} is {{limit}} {{per}}. Reduce it by {{excess}} or agree the level with ICLD.',
    },
    workInput: 'Work input in {{labelLower}} is {{work}}; the guide value is {{limit}} {{per}}. Reduce the work input or agree it with ICLD.',
  },
  'BUD-01': { title: 'Inception ceiling (two parties), total' },
  'BUD-02': { title: 'Trilateral inception ceiling, total' },
  'BUD-03': { title: 'Multi-party inception guide value' },
  'BUD-04': { title: 'Project ceiling (two parties) per year' },
  'BUD-05': { title: 'Trilateral project ceiling per year' },
  'BUD-06': { title: 'Multi-party project ceiling per year (Europe)' },
  'BUD-07': { title: 'Steering-group guide value per year and work-input share' },
  'BUD-14': {
    title: 'An unknown ceiling is shown as unknown',
    unknown: 'Ceiling unknown – confirm with ICLD. {{why}}',
    why: {
      noCeiling: 'The edition states no budget ceiling for {{componentLower}} with {{parties}}.',
      noCountry: 'The ceiling depends on the partner country’s budget region, but no valid partner country is chosen.',
      mixed: 'The partner countries are in different budget regions, so the ceiling is unclear.',
      noRegion: 'The partner country belongs to no budget region with a known ceiling.',
    },
  },
};
