import type { Activity } from '../../core/draft/framework';
import type { Draft } from '../../core/draft/schema';
import { kalixMasakaDraft } from './long-tables-draft';

const result = (id: string, text: string) => ({ id, text, note: '', indicators: [], assumptions: '' });
const activity = (id: string, title: string, resultIds: string[], startMonth: number, endMonth: number, o: Partial<Activity> = {}): Activity => ({
  id, title, description: '', resultIds, startMonth, endMonth, place: 'partner_country', parties: ['swedish', 'p1'], kind: 'workshop', participants: 12, ...o,
});

/** The Kalix–Masaka application with a project objective and two results, and (optionally) a planned year of activities linked to its budget. */
export function kalixMasakaPlan(withActivities = true): Draft {
  const d = kalixMasakaDraft();
  d.framework.projectObjectives = [{ id: 'o1', text: 'Masaka och Kalix har en fungerande källsortering i minst två stadsdelar', note: '', indicators: [], assumptions: '', results: [
    result('r1', 'Hushåll i Nyendo sorterar sitt avfall i tre fraktioner'),
    result('r2', 'Marknadsrådet driver en egen insamling av organiskt avfall'),
  ] }];
  if (!withActivities) return d;
  d.activities = [
    activity('a1', 'Partnerbesök i Masaka: uppstart och styrgruppsmöte', ['r1'], 2, 2, { kind: 'partner_visit', participants: 4 }),
    activity('a2', 'Workshop om källsortering med avfallsinsamlare', ['r1'], 3, 5),
    activity('a3', 'Studiebesök i Kalix för marknadsrådet', ['r2'], 9, 10, { kind: 'study_visit', place: 'sweden', participants: 5 }),
    activity('a4', 'Informationskampanj i lokalradio', ['r1', 'r2'], 6, 16, { kind: 'communication', place: 'digital', participants: null }),
  ];
  d.budget = d.budget.map((l) => ({ ...l, activityId: l.id === 'b3' ? 'a1' : l.id === 'b4' ? 'a3' : l.id === 'b5' ? 'a2' : null }));
  return d;
}
