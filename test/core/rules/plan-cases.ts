import type { Draft } from '../../../core/draft/schema';
import { emptyPlan } from '../../../core/draft/framework';
import type { CheckOptions, Severity } from '../../../core/rules';
import { activity, withPlan } from './plan-fixture';

/**
 * One row per rule behaviour (see rules-table.test.ts): a sample application made to break the
 * rule (`trigger`) and the nearly identical draft that keeps it (the sample, changed by `clean`).
 */
export interface Case {
  rule: string;
  edition: string;
  /** Sample to start from; defaults to the edition's project sample. */
  sample?: string;
  name: string;
  /** Applied to the base to give the draft that keeps the rule. */
  clean?: (d: Draft) => void;
  /** Applied after `clean` to give the draft that breaks it. */
  trigger: (d: Draft) => void;
  severity: Severity;
  /** The linked draft as the caller read it, for both drafts. */
  linked?: CheckOptions['linked'];
}

const result = (d: Draft, id: string) => d.framework.projectObjectives.flatMap((o) => o.results).find((r) => r.id === id)!;
const ind = (d: Draft, id: string) => [d.framework.overallObjective, ...d.framework.projectObjectives, ...d.framework.projectObjectives.flatMap((o) => o.results)]
  .flatMap((x) => x.indicators).find((i) => i.id === id)!;
const act = (d: Draft, id: string) => d.activities.find((a) => a.id === id)!;
const para = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const unlinkAll = (d: Draft) => { d.budget = d.budget.map((b) => ({ ...b, activityId: null })); };
const plan = (d: Draft) => { withPlan(d); };
/** The plan, and dialogues the partner holds across its own wards, paid by the local travel lines. */
const partnerDialogues = (d: Draft) => {
  withPlan(d);
  d.activities.push(activity('a4', { title: 'Dialoger i partnerns stadsdelar', place: 'partner_country', parties: ['p1'], kind: 'meeting', startMonth: 14, endMonth: 20 }));
  for (const b of d.budget) if (b.category === 'local_travel') b.activityId = 'a4';
};

/** The rules on the results framework, the activity plan, the risks and their budget links, and DOC-03. */
export const planCases: Case[] = [
  { rule: 'LF-01', edition: 'icld-kp-2020', name: 'empty framework and plan: one info', clean: plan,
    trigger: (d) => { Object.assign(d, { framework: emptyPlan().framework, activities: [] }); unlinkAll(d); }, severity: 'info' },
  { rule: 'LF-01', edition: 'icld-kp-2023', name: 'activities but an empty framework', clean: plan, trigger: (d) => { d.framework = emptyPlan().framework; }, severity: 'warning' },
  { rule: 'LF-01', edition: 'icld-kp-2016', name: 'no overall objective', clean: plan, trigger: (d) => { d.framework.overallObjective.text = ' '; }, severity: 'warning' },
  { rule: 'LF-01', edition: 'icld-kp-2019', name: 'a result without text', clean: plan, trigger: (d) => { result(d, 'r2').text = ''; }, severity: 'warning' },
  { rule: 'LF-03', edition: 'icld-kp-2020', name: 'a project objective without results', clean: plan,
    trigger: (d) => { d.framework.projectObjectives.push({ id: 'o2', text: 'Ett andra mål', note: '', assumptions: '', indicators: [], results: [] }); }, severity: 'warning' },
  { rule: 'LF-04', edition: 'icld-kp-2020', name: 'an activity serving no result', clean: plan, trigger: (d) => { act(d, 'a3').resultIds = []; }, severity: 'warning' },
  { rule: 'LF-04', edition: 'icld-kp-2023b', name: 'an activity serving only a removed result', clean: plan, trigger: (d) => { act(d, 'a3').resultIds = ['gone']; }, severity: 'warning' },
  { rule: 'LF-04', edition: 'icld-kp-2020', name: 'an activity also serving a removed result', clean: plan, trigger: (d) => { act(d, 'a3').resultIds.push('gone'); }, severity: 'info' },
  { rule: 'LF-05', edition: 'icld-kp-2020', name: 'a result without indicator', clean: plan, trigger: (d) => { result(d, 'r2').indicators = []; }, severity: 'warning' },
  { rule: 'LF-05', edition: 'icld-kp-2020', name: 'a project objective without indicator', clean: plan, trigger: (d) => { d.framework.projectObjectives[0]!.indicators = []; }, severity: 'info' },
  { rule: 'LF-05', edition: 'icld-kp-2016', name: 'an empty indicator row', clean: plan, trigger: (d) => { ind(d, 'i3').text = ''; }, severity: 'warning' },
  { rule: 'LF-06', edition: 'icld-kp-2020', name: 'baseline without year', clean: plan, trigger: (d) => { ind(d, 'i2').baseline.year = null; }, severity: 'warning' },
  { rule: 'LF-06', edition: 'icld-kp-2023', name: 'no baseline at all', clean: plan, trigger: (d) => { ind(d, 'i1').baseline = { value: '', year: null }; }, severity: 'warning' },
  { rule: 'LF-07', edition: 'icld-kp-2020', name: 'target without date', clean: plan, trigger: (d) => { ind(d, 'i2').target.date = null; }, severity: 'warning' },
  { rule: 'LF-07', edition: 'icld-kp-2023', name: 'target date left empty (a date typed but unreadable is FLD-01\'s, not missing)',
    clean: (d) => { plan(d); ind(d, 'i2').target.date = null; d.invalidInputs = { 'framework.i2.targetDate': '2028-02-30' }; },
    trigger: (d) => { d.invalidInputs = {}; }, severity: 'warning' },
  { rule: 'LF-07', edition: 'icld-kp-2019', name: 'target without value', clean: plan, trigger: (d) => { ind(d, 'i3').target.value = ' '; }, severity: 'warning' },
  { rule: 'LF-08', edition: 'icld-kp-2020', name: 'no means of verification', clean: plan, trigger: (d) => { ind(d, 'i3').verification = ''; }, severity: 'warning' },
  // The overall objective's target may lie after the project (clean has one); a result's may not.
  { rule: 'LF-09', edition: 'icld-kp-2020', name: 'a result\'s target after the project ends',
    clean: (d) => { plan(d); ind(d, 'oi1').target.date = '2030-12-31'; }, trigger: (d) => { ind(d, 'i2').target.date = '2024-03-31'; }, severity: 'warning' },
  { rule: 'LF-09', edition: 'icld-kp-2023', name: 'a target before the project starts', clean: plan, trigger: (d) => { ind(d, 'i1').target.date = '2023-08-31'; }, severity: 'warning' },
  { rule: 'LF-16', edition: 'icld-kp-2020', name: 'the objectives text names a result the matrix lacks',
    clean: (d) => { plan(d); d.sections.objectives!.push(para('Resultat 1.2 bygger på utbildningen.')); },
    trigger: (d) => { d.sections.objectives!.push(para('Resultat 1.3 bygger på utbildningen.')); }, severity: 'info' },
  { rule: 'LF-16', edition: 'icld-kp-2023', name: 'the activities text names an activity the plan lacks',
    clean: (d) => { plan(d); d.sections.activities!.push(para('Activity 1.1.2 is the workshop series.')); },
    trigger: (d) => { d.sections.activities!.push(para('Activity 1.1.4 is the workshop series.')); }, severity: 'info' },
  { rule: 'AP-02', edition: 'icld-kp-2020', name: 'an activity after the project ends', clean: plan, trigger: (d) => { act(d, 'a3').endMonth = 37; }, severity: 'warning' },
  { rule: 'AP-02', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'an inception activity after its twelve months', clean: plan, trigger: (d) => { act(d, 'a2').startMonth = 13; act(d, 'a2').endMonth = 13; }, severity: 'warning' },
  { rule: 'AP-02', edition: 'icld-kp-2016', name: 'an activity ending before it starts', clean: plan, trigger: (d) => { act(d, 'a3').endMonth = 1; }, severity: 'warning' },
  { rule: 'AP-02', edition: 'icld-kp-2023', name: 'an activity without dates', clean: plan, trigger: (d) => { act(d, 'a3').startMonth = null; }, severity: 'info' },
  { rule: 'AP-03', edition: 'icld-kp-2020', name: 'a result without activity', clean: plan, trigger: (d) => { act(d, 'a2').resultIds = ['r1']; act(d, 'a3').resultIds = ['r1']; }, severity: 'warning' },
  { rule: 'AP-03', edition: 'icld-kp-2023b', name: 'a matrix with an empty activity plan', clean: plan, trigger: (d) => { d.activities = []; }, severity: 'warning' },
  { rule: 'AP-04', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'no partner visit in Sweden', clean: plan, trigger: (d) => { act(d, 'a2').kind = 'meeting'; }, severity: 'warning' },
  { rule: 'AP-04', edition: 'icld-kp-2023', sample: 'icld-kp-2023-inception', name: 'no partner visit in the partner country', clean: plan, trigger: (d) => { act(d, 'a1').place = 'sweden'; }, severity: 'warning' },
  { rule: 'AP-04', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'an inception with an empty plan', clean: plan, trigger: (d) => { d.activities = []; }, severity: 'info' },
  { rule: 'AP-06', edition: 'icld-kp-2020', name: 'a travel line not linked to an activity', clean: plan, trigger: (d) => { d.budget[1]!.activityId = null; }, severity: 'warning' },
  { rule: 'AP-07', edition: 'icld-kp-2019', name: 'a year\'s work input linked to no activity', clean: plan, trigger: (d) => { d.budget[0]!.activityId = null; }, severity: 'info' },
  { rule: 'AP-09', edition: 'icld-kp-2020', name: 'a line linked to a deleted activity', clean: plan, trigger: (d) => { d.activities = d.activities.filter((a) => a.id !== 'a3'); }, severity: 'warning' },
  { rule: 'AP-10', edition: 'icld-kp-2020', name: 'a visit to Sweden without travel costs', clean: plan,
    trigger: (d) => { d.budget = d.budget.map((b) => (b.activityId === 'a2' ? { ...b, activityId: 'a1' } : b)); }, severity: 'warning' },
  { rule: 'AP-11', edition: 'icld-kp-2023', name: 'travel costs on a digital activity', clean: plan, trigger: (d) => { act(d, 'a1').place = 'digital'; }, severity: 'warning' },
  { rule: 'AP-11', edition: 'icld-kp-2016', name: 'travel costs on a meeting at home', clean: plan, trigger: (d) => { act(d, 'a2').parties = ['swedish']; }, severity: 'warning' },
  // Local travel in the partner country pays for the partner's own work there too; a flight does not.
  { rule: 'AP-11', edition: 'icld-kp-2020', name: 'a flight on the partner\'s own dialogues at home, beside their local travel', clean: partnerDialogues,
    trigger: (d) => { d.budget.find((b) => b.category === 'international_travel')!.activityId = 'a4'; }, severity: 'warning' },
  { rule: 'RK-01', edition: 'icld-kp-2020', name: 'a risk without mitigation', clean: plan, trigger: (d) => { d.risks[0]!.mitigation = ''; }, severity: 'warning' },
  { rule: 'RK-01', edition: 'icld-kp-2023', name: 'a risk not assessed', clean: plan, trigger: (d) => { d.risks[0]!.likelihood = null; }, severity: 'warning' },
  { rule: 'RK-05', edition: 'icld-kp-2020', name: 'a risk threatening a removed result', clean: plan, trigger: (d) => { d.risks[0]!.threatens = 'gone'; }, severity: 'warning' },
  { rule: 'DOC-03', edition: 'icld-kp-2023', name: 'no goals chosen and no text', clean: plan,
    trigger: (d) => { d.agenda2030.goals = []; d.sections.agenda2030 = [para(' – ')]; }, severity: 'warning' },
  { rule: 'DOC-03', edition: 'icld-kp-2020', name: 'the text describes the link but no goals are chosen', clean: plan, trigger: (d) => { d.agenda2030.goals = []; }, severity: 'info' },
];
