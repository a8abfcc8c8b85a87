import type { SameKeys } from '../same-keys';
import type { applicantRulesSv } from './applicant-sv';

/** What the applicant and partner rules say, in English (see applicant-sv.ts). */
export const applicantRulesEn: SameKeys<typeof applicantRulesSv> = {
  applicantType: {
    none: 'No applicant type is chosen. Choose which kind of organisation is applying (e.g. municipality or region).',
    unknown: 'The applicant type "{{type}}" is not part of this edition of the guidelines. Choose one of the eligible types.',
    unconfirmed: 'It is not confirmed that a {{typeLower}} could apply under this edition. Check with ICLD before you submit.',
    notEligible: 'A {{typeLower}} may not apply under this edition. Choose {{replacementLower}} if that is what you are.',
    notEligibleAtAll: 'A {{typeLower}} may not apply under this edition. Let a municipality or region be the applicant.',
    change: 'Change to {{replacement}}',
  },
  'APP-01': { title: 'The Swedish applicant type is eligible in the edition' },
  'APP-02': { title: 'Municipal companies and associations may apply only from 2023' },
  'APP-03': {
    title: 'An international partner organisation is named',
    noPartner: 'The application has no international partner. Add the partner organisation (a local or regional government) and its country.',
    unnamed: 'The partner organisation has no name. Enter the name of the local or regional government you work with.',
  },
};
