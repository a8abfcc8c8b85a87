import type { SameKeys } from '../same-keys';
import type { engineRulesSv } from './engine-sv';

/** What the rule engine itself says, in English (see engine-sv.ts). */
export const engineRulesEn: SameKeys<typeof engineRulesSv> = {
  engine: { damaged: 'The rule could not be checked because part of the draft is damaged.' },
};
