import type { SameKeys } from '../same-keys';
import type { documentRulesSv } from './documents-sv';

/** What the text-section rules say, in English (see documents-sv.ts); {{labelLower}} starts lower-case. */
export const documentRulesEn: SameKeys<typeof documentRulesSv> = {
  section: {
    missing: 'Nothing is written yet on {{labelLower}}. {{hint}}',
    short_one: '{{label}}: only {{count}} word (at least {{minWords}}). {{hint}}',
    short_other: '{{label}}: only {{count}} words (at least {{minWords}}). {{hint}}',
    over_one: '{{label}}: {{words}} words; the limit is {{maxWords}} words. Cut {{count}} word.',
    over_other: '{{label}}: {{words}} words; the limit is {{maxWords}} words. Cut {{count}} words.',
    fillIn: 'Fill in the section.',
  },
  'DOC-01': { title: 'The summary stays within the word limit' },
  'DOC-02': { title: 'Signed Letter of Intent attached' },
  'DOC-03': {
    title: 'The Agenda 2030 goals are chosen',
    noGoals: 'No Sustainable Development Goals are chosen and the link to Agenda 2030 is not described. Choose the goals the partnership contributes to – ICLD tags every partnership with them – and describe the link in the text.',
    noGoalsChosen: 'The text describes the link to Agenda 2030, but no Sustainable Development Goals are chosen. Choose the goals the partnership contributes to; ICLD tags every partnership with them.',
    choose_one: 'Choose goal {{goals}}, which the text names',
    choose_other: 'Choose goals {{goals}}, which the text names',
  },
  'DOC-04': {
    title: 'The LFA elements are present',
    hint: 'ICLD’s project planning follows LFA: problem, overall objective, project objective, results, activities, indicators and risks must all be there.',
  },
  'DOC-05': {
    title: 'The mutual benefit is described',
    hint: 'State what the Swedish party learns and gains from the cooperation – both parties must benefit.',
  },
};
