import type { SameKeys } from '../same-keys';
import type { budgetLineRulesSv } from './budget-lines-sv';

/** What the budget-line rules say, in English (see budget-lines-sv.ts). */
export const budgetLineRulesEn: SameKeys<typeof budgetLineRulesSv> = {
  category: {
    none: 'The budget line has no cost category. Choose one of the edition’s categories.',
    unknown: 'The cost category "{{category}}" is not mentioned in the budget guidelines, and what is not mentioned is not financed. Choose one of the edition’s categories.',
    unconfirmed: 'It is not known how ICLD treats {{categoryLower}} in the budget under this edition. Confirm with ICLD that the cost may be included.',
    notFinanced: '{{category}} is not among the costs that are financed. Remove the line or choose an eligible category.',
    word: 'The description says "{{word}}", which sounds like {{categoryLower}}, and that is not financed. Remove the line or say what the cost is for.',
    removeLine: 'Remove the line',
    moveTo: 'Move the amount to {{category}}',
  },
  'BUD-08': {
    title: 'A multi-year budget is shown per project year',
    oneYear: 'The period covers {{years}} project years but the whole budget is in one year. Spread the budget lines over the project years.',
    pastPeriod_one: 'The budget line is in year {{year}}, but the period covers only {{count}} project year. Change the year or extend the period.',
    pastPeriod_other: 'The budget line is in year {{year}}, but the period covers only {{count}} project years. Change the year or extend the period.',
  },
  'BUD-09': {
    title: 'No salaries in the budget',
    notFinanced: 'Salaries are not financed. Remove the line; compensation for working time is budgeted as work input.',
    word: 'The description says "{{word}}": ICLD does not pay salaries. If the line is for working time on the project, it belongs under work input and the description should say so; if it is for a salary, remove the line.',
  },
  'BUD-10': {
    title: 'No per diem in the budget',
    notFinanced: 'Per diem allowances are not financed. Remove the line and budget the actual costs of the work programme.',
    word: 'The description says "{{word}}": per diem allowances are not financed, whatever the category. Remove the line and budget the actual costs of the work programme.',
  },
  'BUD-11': {
    title: 'No costs for days beyond the work programme',
    notFinanced: 'Food, lodging and activities on days beyond the work programme are not paid, and extended trips must not raise the travel cost. Remove the line or limit it to the working days.',
  },
  'BUD-12': { title: 'Only cost categories the budget guidelines mention' },
  'BUD-13': {
    title: 'Costs that became eligible in 2019',
    notFinanced: '{{category}} became eligible only with the 2019 revision and is not financed under this edition. Remove the line, or switch edition if the application is for 2019 or later.',
  },
  'DOC-06': {
    title: 'Budget lines are named so they can be reported against',
    noDescription: 'The budget line has no description. Reports must follow the lines of the approved budget, so give the line a clear name.',
  },
  'REP-01': {
    title: 'Pre-financing: ICLD reimburses after reports',
    preFinance: 'The Swedish party pre-finances the costs; ICLD reimburses after interim or final reports. Plan cash flow accordingly.',
  },
};
