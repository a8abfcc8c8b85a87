import type { SameKeys } from '../same-keys';
import type { coreAreaRulesSv } from './core-areas-sv';

/** What the core-area and objective rules say, in English (see core-areas-sv.ts). */
export const coreAreaRulesEn: SameKeys<typeof coreAreaRulesSv> = {
  'CORE-01': {
    title: 'At least one democratic core area is selected',
    noneChosen: 'No democratic core area is selected. Choose at least one: {{areas}}.',
  },
  'CORE-02': {
    title: 'Each selected core area is explained in the text',
    unexplained: 'The core area {{area}} is selected but not explained. Explain how the project strengthens {{areaLower}}.',
    short_one: 'The explanation of the core area {{area}} is very short ({{count}} words). Use at least {{minWords}} words to say how the project strengthens it.',
    short_other: 'The explanation of the core area {{area}} is very short ({{count}} words). Use at least {{minWords}} words to say how the project strengthens it.',
  },
  'OBJ-01': {
    title: 'Objectives or target groups address the programme aims from 2023',
    noAim: 'Objectives and target groups mention none of the programme aims: {{aims}}. Say which of them the project contributes to.',
  },
};
