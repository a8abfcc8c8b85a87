import type { Activity, ActivityKind, ActivityPlace, Indicator } from '../../core/draft/framework';
import type { Draft } from '../../core/draft/schema';

export interface PlanSize {
  activities: number;
  results: number;
  indicators: number;
  /** Risks, each threatening a result in turn (none by default). */
  risks?: number;
}

const KINDS: ActivityKind[] = ['partner_visit', 'workshop', 'study_visit', 'meeting', 'communication'];
const PLACES: ActivityPlace[] = ['partner_country', 'sweden', 'digital'];

function indicator(id: string, end: string): Indicator {
  return { id, text: `Indikator ${id}`, unit: 'antal', baseline: { value: '0', year: 2026 }, target: { value: '10', date: end }, verification: 'Protokoll', collectedBy: 'Projektledaren' };
}

/**
 * A large, complete plan for benchmarks (returns a new draft): three project objectives sharing
 * `results` results, `indicators` indicators spread over every level, `activities` activities over
 * a three-year period serving the results in turn, and every budget line linked to an activity.
 */
export function withGeneratedPlan(draft: Draft, size: PlanSize): Draft {
  const period = { start: '2027-01-01', end: '2029-12-31' };
  let made = 0;
  const next = () => indicator(`ind${++made}`, period.end);
  const perLevel = (levels: number, k: number) => Math.floor(size.indicators / levels) + (k < size.indicators % levels ? 1 : 0);
  const levels = 1 + 3 + size.results;
  const take = (k: number) => Array.from({ length: perLevel(levels, k) }, next);
  const objectives = [0, 1, 2].map((o) => ({
    id: `o${o + 1}`, text: `Projektmål ${o + 1}`, note: '', assumptions: '', indicators: take(1 + o),
    results: Array.from({ length: Math.ceil(size.results / 3) }, (_, j) => o * Math.ceil(size.results / 3) + j)
      .filter((r) => r < size.results)
      .map((r) => ({ id: `r${r + 1}`, text: `Resultat ${r + 1}`, note: '', assumptions: '', indicators: take(4 + r) })),
  }));
  const activities: Activity[] = Array.from({ length: size.activities }, (_, i) => ({
    id: `a${i + 1}`, title: `Aktivitet ${i + 1}`, description: '', resultIds: [`r${(i % size.results) + 1}`],
    startMonth: 1 + (i % 30), endMonth: 2 + (i % 30) + (i % 5), place: PLACES[i % PLACES.length]!,
    parties: i % 2 ? ['swedish', 'p1'] : ['p1'], kind: KINDS[i % KINDS.length]!, participants: 6,
  }));
  const risks = Array.from({ length: size.risks ?? 0 }, (_, i) => ({
    id: `k${i + 1}`, text: `Risk ${i + 1}`, likelihood: 1 + (i % 3), impact: 1 + ((i + 1) % 3), mitigation: 'Åtgärd', owner: 'Projektledaren', threatens: `r${(i % size.results) + 1}`,
  }));
  const budget = draft.budget.map((b, i) => ({ ...b, activityId: `a${(i % size.activities) + 1}` }));
  return {
    ...draft, period, budget, activities, risks, agenda2030: { goals: [5, 11, 16], targets: ['11.6'] },
    framework: { overallObjective: { text: 'Övergripande mål', note: '', assumptions: '', indicators: take(0) }, projectObjectives: objectives },
  };
}
