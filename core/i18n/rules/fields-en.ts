import type { SameKeys } from '../same-keys';
import type { fieldRulesSv } from './fields-sv';

/** What the rule on unreadable amounts and dates says, in English (see fields-sv.ts). */
export const fieldRulesEn: SameKeys<typeof fieldRulesSv> = {
  'FLD-01': {
    title: 'Amounts and dates can be read',
    quoted: '"{{text}}"',
    date: { start: 'the project start date', end: 'the project end date', submission: 'the submission date' },
    amountHint: {
      'not-a-number': 'Type the amount in figures, in kronor, for example 20 000.',
      negative: 'An amount cannot be negative; enter the cost as a positive amount.',
      'too-many-decimals': 'An amount has at most two decimals (öre).',
      'too-large': 'The amount is too large to be summed exactly; check the figures.',
    },
    line: 'budget line {{n}}',
    lineDescribed: 'budget line {{n}} ({{description}})',
    orphanAmount: 'The amount {{text}} belongs to a budget line that is no longer in the draft.',
    removeAmount: 'Remove the typed amount',
    unreadableAmount: 'The amount {{text}} on {{line}} could not be read as an amount and is left out of the total. {{hint}}',
    clearField: 'Clear the field',
    incompleteDate: '{{Date}} is not completely filled in. Fill in the year, month and day, or clear the field.',
    unreadableDate: '{{text}} could not be read as {{date}}. Enter a date that exists, as DD/MM/YYYY.',
    unreadableIndicatorDate: '{{text}} could not be read as the target date of indicator {{n}}. Enter a date that exists, as DD/MM/YYYY.',
    orphanIndicatorDate: 'The date {{text}} belongs to an indicator that is no longer in the draft.',
    unreadableTargets_one: '{{list}} is not an Agenda 2030 target and is not counted. Type the targets by number, for example 5.5 or 16.b.',
    unreadableTargets_other: '{{list}} are not Agenda 2030 targets and are not counted. Type the targets by number, for example 5.5 or 16.b.',
    dropUnreadableTargets_one: 'Remove the entry that is not a target',
    dropUnreadableTargets_other: 'Remove the entries that are not targets',
  },
};
