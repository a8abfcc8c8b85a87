import type { SameKeys } from '../same-keys';
import type { teamRulesSv } from './team-sv';

/** What the team rules say, in English, keyed by rule id (see team-sv.ts). */
export const teamRulesEn: SameKeys<typeof teamRulesSv> = {
  team: { swedishSide: 'the Swedish party', partnerSide: 'the partner' },
  'TEAM-01': {
    title: 'Inception: two politicians per party',
    tooFew_one: '{{Side}} has {{count}} politician in the team; there should be {{perSide}}, preferably one from the majority and one from the opposition. Add politicians.',
    tooFew_other: '{{Side}} has {{count}} politicians in the team; there should be {{perSide}}, preferably one from the majority and one from the opposition. Add politicians.',
  },
  'TEAM-02': {
    title: 'Inception: politicians from both majority and opposition',
    oneSided: 'The politicians of {{side}} do not represent both majority and opposition. Include one from each to anchor the partnership broadly.',
  },
  'TEAM-03': {
    title: 'Inception: civil servants per party, one of them coordinator',
    none: '{{Side}} has no civil servant in the team. Add {{expected}} civil servants, one of them the coordinator and ICLD’s contact.',
    noCoordinator: 'None of the civil servants of {{side}} is marked as coordinator. Mark the one who coordinates and is ICLD’s contact.',
    otherCount_one: '{{Side}} has {{count}} civil servant in the team; the guidelines say {{expected}} (the Swedish page says "one or two"). Check the staffing.',
    otherCount_other: '{{Side}} has {{count}} civil servants in the team; the guidelines say {{expected}} (the Swedish page says "one or two"). Check the staffing.',
  },
  'TEAM-04': {
    title: 'Project: 3–5 civil servants per party',
    tooFew_one: '{{Side}} has {{count}} civil servant in the project team; there should be {{min}}–{{max}}. Add more.',
    tooFew_other: '{{Side}} has {{count}} civil servants in the project team; there should be {{min}}–{{max}}. Add more.',
    tooMany: '{{Side}} has {{count}} civil servants in the project team; the guidelines say {{min}}–{{max}}. Consider a smaller team.',
  },
  'TEAM-05': {
    title: 'Project: a project manager is ICLD’s contact',
    noContact: 'No one in the team of {{side}} is marked as project manager and ICLD’s contact. Mark the project manager with both.',
  },
  'TEAM-06': {
    title: 'Civil-society representatives are encouraged',
    noCso: 'The team has no civil-society representative. ICLD encourages including ones relevant to the local government.',
  },
};
