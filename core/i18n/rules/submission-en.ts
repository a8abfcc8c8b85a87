import type { SameKeys } from '../same-keys';
import type { submissionRulesSv } from './submission-sv';

/** What the submission-date rule says, in English (see submission-sv.ts). */
export const submissionRulesEn: SameKeys<typeof submissionRulesSv> = {
  submission: {
    exactDay: '{{day}} {{month}} {{year}}',
    approximateMonth: 'around {{month}} {{year}}',
  },
  'WIN-05': {
    title: 'Submission date ahead and within the edition’s period',
    past: 'The planned submission date {{date}} has already passed. Enter the date on which the application will be submitted.',
    beforeEdition: 'The planned submission date {{date}} is before {{edition}}, which applies to applications from {{from}}. Choose the edition in force then, or a later date.',
    afterEdition: 'The planned submission date {{date}} is after {{edition}}, which applied to applications until {{to}}. Choose the edition in force then, or change the date.',
  },
};
