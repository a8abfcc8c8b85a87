import type { sdgSv } from './sdg-sv';
import type { SameKeys } from './same-keys';

/** The Agenda 2030 card's texts in English, and the seventeen goals' official short names (United Nations). */
export const sdgEn: SameKeys<typeof sdgSv> = {
  legend: 'Sustainable Development Goals the project contributes to',
  hint: 'Tick the Agenda 2030 goals the project contributes to. ICLD tags each partnership with its goals.',
  goalN: 'Goal {{n}}',
  chosen_one: '{{count}} goal chosen',
  chosen_other: '{{count}} goals chosen',
  noneChosen: 'No goal chosen yet.',
  targets: 'Targets (optional)',
  targetsHint: 'The targets’ numbers, separated by commas, e.g. 5.5, 16.b.',
  badTargets_one: '{{list}} is not an Agenda 2030 target. Write targets as 5.5 or 16.b. What you typed stays here, and the other targets are saved.',
  badTargets_other: '{{list}} are not Agenda 2030 targets. Write targets as 5.5 or 16.b. What you typed stays here, and the other targets are saved.',
  goalNotChosen_one: 'Target {{list}} belongs to a goal that is not chosen.',
  goalNotChosen_other: 'Targets {{list}} belong to goals that are not chosen.',
  chooseGoals_one: 'Choose goal {{goals}}',
  chooseGoals_other: 'Choose goals {{goals}}',
  goals: {
    g1: 'No poverty',
    g2: 'Zero hunger',
    g3: 'Good health and well-being',
    g4: 'Quality education',
    g5: 'Gender equality',
    g6: 'Clean water and sanitation',
    g7: 'Affordable and clean energy',
    g8: 'Decent work and economic growth',
    g9: 'Industry, innovation and infrastructure',
    g10: 'Reduced inequalities',
    g11: 'Sustainable cities and communities',
    g12: 'Responsible consumption and production',
    g13: 'Climate action',
    g14: 'Life below water',
    g15: 'Life on land',
    g16: 'Peace, justice and strong institutions',
    g17: 'Partnerships for the goals',
  },
};
