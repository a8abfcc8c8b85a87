import type { Activity, Indicator, Risk } from '../../../core/draft/framework';
import type { Draft } from '../../../core/draft/schema';

/** A complete indicator with a target on `targetDate`. */
export function indicator(id: string, targetDate: string, baselineYear: number): Indicator {
  return {
    id, text: `Andel ärenden med medborgardialog (${id})`, unit: '%',
    baseline: { value: '10', year: baselineYear }, target: { value: '40', date: targetDate },
    verification: 'Nämndprotokoll', collectedBy: 'Projektledaren',
  };
}

export function activity(id: string, over: Partial<Activity> = {}): Activity {
  return {
    id, title: `Aktivitet ${id}`, description: '', resultIds: ['r1'], startMonth: 2, endMonth: 3,
    place: 'digital', parties: ['swedish', 'p1'], kind: 'workshop', participants: 8, ...over,
  };
}

export function risk(id: string, over: Partial<Risk> = {}): Risk {
  return { id, text: 'Politiska prioriteringar ändras efter valet', likelihood: 2, impact: 3, mitigation: 'Förankra i båda nämnderna', owner: 'Styrgruppen', threatens: 'r1', ...over };
}

const TRAVEL = ['international_travel', 'local_travel', 'visa_fees', 'visa_side_costs', 'climate_compensation'];

/**
 * Gives a sample application a complete, consistent plan (changed in place): an overall objective,
 * one project objective with two results, each measured; a partner visit each way and a digital
 * workshop inside the period; a risk; the SDGs; every budget line linked to an activity, the
 * travel lines to the visits.
 */
export function withPlan(d: Draft): Draft {
  const end = d.period.end!;
  const baseYear = Number(d.period.start!.slice(0, 4)) - 1;
  d.framework = {
    overallObjective: { text: 'Invånarna har större inflytande över lokala beslut', note: '', assumptions: '', indicators: [indicator('oi1', end, baseYear)] },
    projectObjectives: [{
      id: 'o1', text: 'Förvaltningarna för dialog med invånarna inför beslut', note: '', assumptions: 'Nämnderna står bakom', indicators: [indicator('i1', end, baseYear)],
      results: [
        { id: 'r1', text: 'En metod för medborgardialog är antagen', note: '', assumptions: '', indicators: [indicator('i2', end, baseYear)] },
        { id: 'r2', text: 'Tjänstepersoner är utbildade i dialog', note: '', assumptions: '', indicators: [indicator('i3', end, baseYear)] },
      ],
    }],
  };
  d.activities = [
    activity('a1', { title: 'Partnerbesök i partnerlandet', kind: 'partner_visit', place: 'partner_country', startMonth: 2, endMonth: 2 }),
    activity('a2', { title: 'Partnerbesök i Sverige', kind: 'partner_visit', place: 'sweden', parties: ['p1'], resultIds: ['r2'], startMonth: 8, endMonth: 8 }),
    activity('a3', { title: 'Digitala workshoppar', resultIds: ['r1', 'r2'], startMonth: 3, endMonth: 10 }),
  ];
  d.risks = [risk('k1')];
  d.agenda2030 = { goals: [5, 16], targets: [] };
  let travel = 0;
  d.budget = d.budget.map((b) => ({ ...b, activityId: TRAVEL.includes(b.category) ? (travel++ % 2 ? 'a2' : 'a1') : 'a3' }));
  return d;
}
