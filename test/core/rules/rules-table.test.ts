import { describe, expect, it } from 'vitest';
import type { Draft, TeamMember } from '../../../core/draft/schema';
import { applyQuickFix, checkDraft, describeRules } from '../../../core/rules';
import { findingsOf, pack, packs, sample, words } from './helpers';
import { amountKey } from '../../../core/draft/invalid-inputs';
import { planCases, type Case } from './plan-cases';
import { newPartner } from '../../../core/draft/new-draft';
const setAnnex = (d: Draft, kind: string, state: 'missing' | 'draft' | 'signed') => { d.annexes = [...d.annexes.filter((a) => a.kind !== kind), { kind, state, file: null }]; };

const line = (d: Draft, category: string, sek: number, year = 1) =>
  d.budget.push({ id: `x${d.budget.length + 1}`, category, side: 'swedish', year, amountOre: sek * 100, description: 'Tillagd rad', activityId: null });
const member = (d: Draft, id: string) => d.team.find((m) => m.id === id)!;
const drop = (d: Draft, ...ids: string[]) => { d.team = d.team.filter((m) => !ids.includes(m.id)); };
const addCivilServants = (d: Draft, side: string, n: number) => {
  for (let i = 0; i < n; i++) {
    const m: TeamMember = { id: `cs${side}${i}`, name: `Extra ${i}`, role: 'Handläggare', side, kind: 'civil_servant', politicalSide: null, coordinator: false, icldContact: false, projectManager: false };
    d.team.push(m);
  }
};
const addPartner = (d: Draft, id: string, country: string, role: Draft['partners'][number]['role'] = 'partner') =>
  d.partners.push(newPartner({ id, organisation: `Partner ${id}`, country, role }));
const setInceptionBudget = (d: Draft, sek: number) => { d.budget = []; line(d, 'international_travel', sek); };
const neutral = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];

const cases: Case[] = [
  { rule: 'APP-01', edition: 'icld-kp-2020', name: 'county councils became regions', trigger: (d) => { d.applicant.type = 'county_council'; }, severity: 'error' },
  { rule: 'APP-01', edition: 'icld-kp-2020', name: 'no applicant type chosen', trigger: (d) => { d.applicant.type = ''; }, severity: 'error' },
  { rule: 'APP-01', edition: 'icld-kp-2016', name: 'uncertain type warns, never errs', trigger: (d) => { d.applicant.type = 'county_association'; }, severity: 'warning' },
  { rule: 'APP-02', edition: 'icld-kp-2020', name: 'municipal association before 2023', trigger: (d) => { d.applicant.type = 'municipal_association'; }, severity: 'error' },
  { rule: 'APP-02', edition: 'icld-kp-2020', name: 'municipal company (uncertain in 2020)', trigger: (d) => { d.applicant.type = 'municipal_company'; }, severity: 'warning' },
  { rule: 'APP-03', edition: 'icld-kp-2020', name: 'partner without a name', trigger: (d) => { d.partners[0]!.organisation = ' '; }, severity: 'error' },
  { rule: 'APP-03', edition: 'icld-kp-2023', name: 'no international partner', trigger: (d) => { d.partners[0]!.role = 'eu_partner'; }, severity: 'error' },
  { rule: 'CTY-01', edition: 'icld-kp-2020', name: 'country outside the list', trigger: (d) => { d.partners[0]!.country = 'FR'; }, severity: 'error' },
  { rule: 'CTY-01', edition: 'icld-kp-2020', name: 'Zimbabwe before 2023', trigger: (d) => { d.partners[0]!.country = 'ZW'; }, severity: 'error' },
  { rule: 'CTY-02', edition: 'icld-kp-2020', name: 'Belarus removed in 2019', trigger: (d) => { d.partners[0]!.country = 'BY'; }, severity: 'error' },
  { rule: 'CTY-02', edition: 'icld-kp-2019', name: 'India given by name', trigger: (d) => { d.partners[0]!.country = 'Indien'; }, severity: 'error' },
  { rule: 'CTY-03', edition: 'icld-kp-2020', name: 'old name Makedonien', trigger: (d) => { d.partners[0]!.country = 'Makedonien'; }, severity: 'info' },
  { rule: 'CTY-03', edition: 'icld-kp-2023', name: 'Hercegovina', trigger: (d) => { d.partners[0]!.country = 'Hercegovina'; }, severity: 'info' },
  { rule: 'CTY-04', edition: 'icld-kp-2023b', name: 'Georgia in no cluster', trigger: (d) => { d.partners[0]!.country = 'GE'; }, severity: 'error' },
  { rule: 'CTY-04', edition: 'icld-kp-2023', name: 'Rwanda not yet in a cluster', trigger: (d) => { d.partners[0]!.country = 'RW'; }, severity: 'error' },
  { rule: 'CTY-05', edition: 'icld-kp-2023', name: 'Namibia left the list in 2023', trigger: (d) => { d.partners[0]!.country = 'NA'; }, severity: 'error' },
  { rule: 'CTY-06', edition: 'icld-kp-2023b', name: 'Bosnia and Herzegovina not in the later list', trigger: (d) => { d.partners[0]!.country = 'BA'; }, severity: 'warning' },
  { rule: 'CTY-07', edition: 'icld-kp-2020', name: 'Kosovo as XK', trigger: (d) => { d.partners[0]!.country = 'XK'; }, severity: 'info' },
  { rule: 'CORE-01', edition: 'icld-kp-2016', name: 'no core area', trigger: (d) => { d.coreAreas = []; }, severity: 'error' },
  { rule: 'CORE-02', edition: 'icld-kp-2020', name: 'core area not explained', trigger: (d) => { d.coreAreas[1]!.justification = 'Öppenhet.'; }, severity: 'warning' },
  { rule: 'OBJ-01', edition: 'icld-kp-2023', name: 'objectives miss the 2023 aims', trigger: (d) => {
    d.sections.objectives = neutral('Vi förbättrar avfallshanteringen och sophämtningen i båda kommunerna.');
    d.sections.target_groups = neutral('Tjänstepersoner på tekniska förvaltningen.');
  }, severity: 'warning' },
  { rule: 'COMP-01', edition: 'icld-kp-2023', name: 'tripartite not confirmed in 2023', trigger: (d) => { d.component = 'tripartite_eu'; }, severity: 'warning' },
  { rule: 'WIN-01', edition: 'icld-kp-2020', name: 'outside the windows', trigger: (d) => { d.submissionDate = '2020-11-20'; }, severity: 'warning' },
  { rule: 'WIN-01', edition: 'icld-kp-2016', name: 'spring 2018 was extended to 26 March only that year',
    clean: (d) => { d.submissionDate = '2018-03-20'; }, trigger: (d) => { d.submissionDate = '2017-03-20'; }, severity: 'warning' },
  { rule: 'WIN-02', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'inception any time',
    clean: (d) => { d.component = 'steering_group'; }, trigger: (d) => { d.component = 'inception'; }, severity: 'info' },
  { rule: 'WIN-03', edition: 'icld-kp-2023', name: 'after the last known deadline', trigger: (d) => { d.submissionDate = '2023-05-02'; }, severity: 'warning' },
  { rule: 'WIN-04', edition: 'icld-kp-2023', name: 'during the 2023 system change', trigger: (d) => { d.submissionDate = '2023-02-10'; }, severity: 'warning' },
  { rule: 'WIN-05', edition: 'icld-kp-2020', name: 'submission before the edition took effect', trigger: (d) => { d.submissionDate = '2019-09-20'; }, severity: 'warning' },
  { rule: 'WIN-05', edition: 'icld-kp-2020', name: 'submission after the edition ended (≈ April 2023)', trigger: (d) => { d.submissionDate = '2023-09-20'; }, severity: 'warning' },
  { rule: 'DUR-01', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'inception over a year', trigger: (d) => { d.period.end = '2022-08-31'; }, severity: 'warning' },
  { rule: 'DUR-02', edition: 'icld-kp-2020', name: 'project over 36 months', trigger: (d) => { d.period.end = '2024-06-30'; }, severity: 'error' },
  { rule: 'DUR-02', edition: 'icld-kp-2016', name: 'project under 12 months', trigger: (d) => { d.period.end = '2017-06-30'; d.budget = d.budget.filter((b) => b.year === 1); }, severity: 'warning' },
  { rule: 'BUD-01', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'inception over 275 000 (Africa/Asia)', trigger: (d) => line(d, 'work_input', 50000), severity: 'error' },
  { rule: 'BUD-01', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'inception over 220 000 (Europe)',
    clean: (d) => { d.partners[0]!.country = 'RS'; setInceptionBudget(d, 220000); }, trigger: (d) => line(d, 'visa_fees', 1), severity: 'error' },
  { rule: 'BUD-02', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'trilateral inception over 330 000',
    clean: (d) => { addPartner(d, 'p2', 'LT', 'eu_partner'); setInceptionBudget(d, 330000); }, trigger: (d) => line(d, 'visa_fees', 500), severity: 'error' },
  { rule: 'BUD-03', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'multi-party inception over the guide value',
    clean: (d) => { addPartner(d, 'p2', 'UG'); addPartner(d, 'p3', 'TZ'); setInceptionBudget(d, 300000); }, trigger: (d) => line(d, 'work_input', 40000), severity: 'warning' },
  { rule: 'BUD-04', edition: 'icld-kp-2020', name: 'project year over 500 000', trigger: (d) => line(d, 'international_travel', 60000, 2), severity: 'error' },
  { rule: 'BUD-04', edition: 'icld-kp-2020', name: 'project year over 450 000 (Europe)',
    clean: (d) => { d.partners[0]!.country = 'RS'; }, trigger: (d) => line(d, 'visa_fees', 5001, 1), severity: 'error' },
  { rule: 'BUD-05', edition: 'icld-kp-2020', name: 'trilateral project year over 650 000',
    clean: (d) => { d.component = 'tripartite_eu'; addPartner(d, 'p2', 'LT', 'eu_partner'); }, trigger: (d) => line(d, 'work_input', 210000, 3), severity: 'error' },
  { rule: 'BUD-06', edition: 'icld-kp-2020', name: 'multi-party project over 600 000 (figure uncertain: warning)',
    clean: (d) => { d.component = 'multiparty'; d.partners[0]!.country = 'RS'; addPartner(d, 'p2', 'BA'); addPartner(d, 'p3', 'XK'); },
    trigger: (d) => line(d, 'work_input', 160000, 1), severity: 'warning' },
  { rule: 'BUD-07', edition: 'icld-kp-2020', name: 'steering group over the guide value',
    clean: (d) => { d.component = 'steering_group'; d.budget = []; for (const y of [1, 2, 3]) { line(d, 'work_input', 140000, y); line(d, 'international_travel', 150000, y); } },
    trigger: (d) => line(d, 'work_input', 20000, 2), severity: 'warning' },
  { rule: 'BUD-08', edition: 'icld-kp-2020', name: 'line outside the project years', trigger: (d) => { d.budget[0]!.year = 4; }, severity: 'warning' },
  { rule: 'BUD-08', edition: 'icld-kp-2019', name: 'multi-year budget all in one year', trigger: (d) => { d.budget = d.budget.filter((b) => b.year === 1); }, severity: 'warning' },
  { rule: 'BUD-09', edition: 'icld-kp-2020', name: 'salaries', trigger: (d) => line(d, 'salaries', 1000), severity: 'error' },
  { rule: 'BUD-09', edition: 'icld-kp-2023', name: 'salaries (2023 rules unconfirmed)', trigger: (d) => line(d, 'salaries', 1000), severity: 'warning' },
  { rule: 'BUD-10', edition: 'icld-kp-2020', name: 'per diem', trigger: (d) => line(d, 'per_diem', 1000), severity: 'error' },
  { rule: 'BUD-11', edition: 'icld-kp-2020', name: 'costs of extra days', trigger: (d) => line(d, 'extra_days', 1000), severity: 'warning' },
  { rule: 'BUD-12', edition: 'icld-kp-2020', name: 'category not mentioned', trigger: (d) => line(d, 'catering', 1000), severity: 'warning' },
  { rule: 'BUD-12', edition: 'icld-kp-2020', name: 'interpretation: treatment unknown', trigger: (d) => line(d, 'interpretation', 1000), severity: 'info' },
  { rule: 'BUD-13', edition: 'icld-kp-2016', name: 'local travel before 2019', trigger: (d) => line(d, 'local_travel', 1000), severity: 'error' },
  { rule: 'BUD-13', edition: 'icld-kp-2016', name: 'climate compensation before 2019', trigger: (d) => line(d, 'climate_compensation', 1000), severity: 'error' },
  { rule: 'BUD-14', edition: 'icld-kp-2020', name: 'no ceiling known for dissemination', trigger: (d) => { d.component = 'dissemination'; d.prerequisites.existingPartnership = { held: true, year: 2019, reference: 'ICLD 2019-0088' }; }, severity: 'info' },
  { rule: 'BUD-14', edition: 'icld-kp-2020', name: 'no country, no region', trigger: (d) => { d.partners[0]!.country = ''; }, severity: 'info' },
  { rule: 'TEAM-01', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'one politician', trigger: (d) => drop(d, 't6'), severity: 'warning' },
  { rule: 'TEAM-01', edition: 'icld-kp-2023', sample: 'icld-kp-2023-inception', name: 'no politician', trigger: (d) => drop(d, 't5', 't6'), severity: 'error' },
  { rule: 'TEAM-02', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'no opposition', trigger: (d) => { member(d, 't2').politicalSide = 'majority'; }, severity: 'warning' },
  { rule: 'TEAM-03', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'no coordinator', trigger: (d) => { member(d, 't3').coordinator = false; }, severity: 'error' },
  { rule: 'TEAM-03', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'one civil servant', trigger: (d) => drop(d, 't8'), severity: 'warning' },
  { rule: 'TEAM-04', edition: 'icld-kp-2020', name: 'two civil servants', trigger: (d) => drop(d, 't7'), severity: 'error' },
  { rule: 'TEAM-04', edition: 'icld-kp-2023', name: 'six civil servants', trigger: (d) => addCivilServants(d, 'swedish', 2), severity: 'warning' },
  { rule: 'TEAM-05', edition: 'icld-kp-2020', name: 'no project manager as contact', trigger: (d) => { member(d, 't5').icldContact = false; }, severity: 'error' },
  { rule: 'TEAM-06', edition: 'icld-kp-2023b', name: 'no civil-society member', trigger: (d) => drop(d, 't8'), severity: 'info' },
  { rule: 'PPL-01', edition: 'icld-kp-2020', name: 'partner names no contact person', trigger: (d) => { d.partners[0]!.contact.name = ' '; }, severity: 'warning' },
  { rule: 'PPL-01', edition: 'icld-kp-2023', name: 'applicant names no contact person', trigger: (d) => { d.applicant.contact = { name: '', title: '', email: '', phone: '' }; }, severity: 'warning' },
  { rule: 'PPL-02', edition: 'icld-kp-2016', name: 'applicant names no signatory', trigger: (d) => { d.applicant.signatory.name = ''; }, severity: 'warning' },
  { rule: 'PPL-03', edition: 'icld-kp-2020', name: 'ICLD contact is nobody named', trigger: (d) => { d.team.find((m) => m.icldContact)!.name = 'Someone Else'; }, severity: 'warning' },
  { rule: 'PPL-03', edition: 'icld-kp-2023b', name: 'ICLD contact named in other case and spacing still matches',
    clean: (d) => { const m = d.team.find((x) => x.icldContact)!; m.name = `  ${m.name.toUpperCase()} `; }, trigger: (d) => { d.team.find((m) => m.icldContact)!.name = 'Nobody'; }, severity: 'warning' },
  { rule: 'PRE-01', edition: 'icld-kp-2020', name: 'planning tool not done', trigger: (d) => { setAnnex(d, 'planning_tool', 'missing'); }, severity: 'error' },
  { rule: 'PRE-01', edition: 'icld-kp-2020', name: 'planning tool output only a draft', trigger: (d) => { setAnnex(d, 'planning_tool', 'draft'); }, severity: 'warning' },
  { rule: 'PRE-02', edition: 'icld-kp-2020', name: 'prior inception without ICLD reference', trigger: (d) => { d.prerequisites.priorInception.reference = ''; }, severity: 'info' },
  { rule: 'PRE-02', edition: 'icld-kp-2020', name: 'prior inception later than the submission', trigger: (d) => { d.prerequisites.priorInception.year = 2099; }, severity: 'warning' },
  { rule: 'PRE-02', edition: 'icld-kp-2023', name: 'no prior inception', trigger: (d) => { d.prerequisites.priorInception.held = false; }, severity: 'warning' },
  { rule: 'PRE-02', edition: 'icld-kp-2020', name: 'an existing partnership needs no inception',
    clean: (d) => { d.prerequisites.priorInception.held = false; d.prerequisites.existingPartnership = { held: true, year: 2019, reference: 'ICLD 2019-0088' }; }, trigger: (d) => { d.prerequisites.existingPartnership.held = false; }, severity: 'warning' },
  { rule: 'PRE-03', edition: 'icld-kp-2020', name: 'no steering-group application', trigger: (d) => { setAnnex(d, 'steering_group_application', 'missing'); }, severity: 'warning' },
  { rule: 'LNK-01', edition: 'icld-kp-2020', name: 'linked draft cannot be read', linked: 'missing', trigger: (d) => { d.linkedDraft = { file: 'styrgrupp.kpdraft', title: 'Styrgrupp' }; }, severity: 'warning' },
  { rule: 'LNK-02', edition: 'icld-kp-2023', name: 'combined total with the linked steering group', linked: { title: 'Styrgrupp', component: 'steering_group', budget: [{ year: 1, amountOre: 100 }] }, trigger: (d) => { d.linkedDraft = { file: 'styrgrupp.kpdraft', title: 'Styrgrupp' }; }, severity: 'info' },
  { rule: 'PRE-04', edition: 'icld-kp-2020', name: 'development without a partnership',
    clean: (d) => { d.component = 'development_expansion'; d.prerequisites.existingPartnership = { held: true, year: 2019, reference: 'ICLD 2019-0088' }; }, trigger: (d) => { d.prerequisites.existingPartnership.held = false; }, severity: 'warning' },
  { rule: 'DOC-01', edition: 'icld-kp-2020', name: '201-word summary', clean: (d) => { d.sections.summary = words(200); }, trigger: (d) => { d.sections.summary = words(201); }, severity: 'warning' },
  { rule: 'DOC-02', edition: 'icld-kp-2023', name: 'Letter of Intent not yet signed', trigger: (d) => { setAnnex(d, 'letter_of_intent', 'draft'); }, severity: 'warning' },
  { rule: 'DOC-02', edition: 'icld-kp-2020', name: 'no Letter of Intent entry at all', trigger: (d) => { d.annexes = d.annexes.filter((a) => a.kind !== 'letter_of_intent'); }, severity: 'warning' },
  { rule: 'DOC-02', edition: 'icld-kp-2016', name: 'no Letter of Intent', trigger: (d) => { setAnnex(d, 'letter_of_intent', 'missing'); }, severity: 'warning' },
  { rule: 'DOC-04', edition: 'icld-kp-2019', name: 'no risk analysis', trigger: (d) => { delete d.sections.risks; d.risks = []; }, severity: 'warning' },
  { rule: 'DOC-04', edition: 'icld-kp-2020', name: 'no indicators', trigger: (d) => { d.sections.indicators = neutral(''); for (const o of d.framework.projectObjectives) for (const r of o.results) r.indicators = []; d.framework.overallObjective.indicators = []; for (const o of d.framework.projectObjectives) o.indicators = []; }, severity: 'warning' },
  // The risk register says what the text would: an empty "Risker" is not missing while it has risks.
  { rule: 'DOC-04', edition: 'icld-kp-2023', name: 'no risk text and no risk in the register', clean: (d) => { delete d.sections.risks; }, trigger: (d) => { d.risks = []; }, severity: 'warning' },
  { rule: 'DOC-04', edition: 'icld-kp-2023', name: 'no activities text and no activity in the plan', clean: (d) => { d.sections.activities = neutral(''); }, trigger: (d) => { d.activities = []; }, severity: 'warning' },
  { rule: 'DOC-05', edition: 'icld-kp-2020', sample: 'icld-kp-2020-inception', name: 'no mutual benefit', trigger: (d) => { d.sections.mutual_learning = neutral(''); }, severity: 'warning' },
  { rule: 'DOC-06', edition: 'icld-kp-2020', name: 'unnamed budget line', trigger: (d) => { d.budget[3]!.description = ''; }, severity: 'info' },
  { rule: 'REP-01', edition: 'icld-kp-2020', name: 'pre-financing note with a budget', clean: (d) => { for (const b of d.budget) b.amountOre = 0; }, trigger: (d) => { d.budget[0]!.amountOre = 100; }, severity: 'info' },
  { rule: 'FLD-01', edition: 'icld-kp-2020', name: 'an amount typed as words', trigger: (d) => { d.budget[0]!.amountOre = 0; d.invalidInputs = { [`budget.${d.budget[0]!.id}.amount`]: 'tjugotusen' }; }, severity: 'error' },
  { rule: 'FLD-01', edition: 'icld-kp-2016', name: 'a negative amount', trigger: (d) => { d.budget[0]!.amountOre = 0; d.invalidInputs = { [`budget.${d.budget[0]!.id}.amount`]: '-500' }; }, severity: 'error' },
  { rule: 'FLD-01', edition: 'icld-kp-2023b', name: 'a start date that does not exist', trigger: (d) => { d.period.start = null; d.invalidInputs = { 'period.start': '2024-02-30' }; }, severity: 'error' },
  { rule: 'FLD-01', edition: 'icld-kp-2023', name: 'an indicator target date that does not exist', trigger: (d) => {
    const ind = d.framework.projectObjectives[0]!.results[0]!.indicators[0]!;
    ind.target.date = null;
    d.invalidInputs = { [`framework.${ind.id}.targetDate`]: '2028-02-30' };
  }, severity: 'error' },
  { rule: 'FLD-01', edition: 'icld-kp-2023', name: 'an SDG target that does not exist', trigger: (d) => { d.invalidInputs = { 'agenda2030.targets': [...d.agenda2030.targets, '5.9'].join(', ') }; }, severity: 'error' },
  ...planCases,
];

function drafts(c: Case): { clean: Draft; broken: Draft } {
  const clean = sample(c.sample ?? c.edition);
  c.clean?.(clean);
  const broken = structuredClone(clean);
  c.trigger(broken);
  return { clean, broken };
}

describe('rules, table-driven: each rule fires on a broken draft and not on the nearly identical one', () => {
  it.each(cases.map((c) => [`${c.rule} (${c.edition}) ${c.name}`, c] as const))('%s', (_label, c) => {
    const p = pack(c.edition);
    const { clean, broken } = drafts(c);
    expect(findingsOf(clean, p, c.rule, { linked: c.linked })).toEqual([]);
    const found = findingsOf(broken, p, c.rule, { linked: c.linked });
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.severity)).toContain(c.severity);
    for (const f of found) {
      expect(f.editionId).toBe(c.edition);
      expect(f.message.sv.length).toBeGreaterThan(20);
      expect(f.message.en.length).toBeGreaterThan(20);
      expect(f.message.sv).not.toBe(f.message.en);
    }
  });

  it('covers every rule id any edition applies', () => {
    const applied = describeRules(packs).map((r) => r.id);
    expect(applied).toHaveLength(77);
    expect([...new Set(cases.map((c) => c.rule))].sort()).toEqual([...applied].sort());
  });
});

describe('rule details a user relies on', () => {
  it('offers the country code as a quick fix for an old name, and the fix clears the finding', () => {
    const p = pack('icld-kp-2020');
    const d = sample('icld-kp-2020');
    d.partners[0]!.country = 'Makedonien';
    const [f] = findingsOf(d, p, 'CTY-03');
    expect(f?.fix?.edits).toEqual([{ path: ['partners', 0, 'country'], value: 'MK' }]);
    expect(f?.fix?.label.sv).toContain('Nordmakedonien');
    const fixed = applyQuickFix(d, f!.fix!);
    expect(fixed.partners[0]!.country).toBe('MK');
    expect(d.partners[0]!.country).toBe('Makedonien');
    expect(findingsOf(fixed, p, 'CTY-03')).toEqual([]);
  });

  it('resolves Vitryssland to Belarus and then reports its removal', () => {
    const d = sample('icld-kp-2020');
    d.partners[0]!.country = 'Vitryssland';
    const ids = checkDraft(d, pack('icld-kp-2020')).map((f) => f.ruleId);
    expect(ids).toContain('CTY-03');
    expect(ids).toContain('CTY-02');
    expect(ids).not.toContain('CTY-01');
  });

  it('points a yearly ceiling at the year that exceeds it, with the amounts', () => {
    const d = sample('icld-kp-2020');
    line(d, 'international_travel', 60000, 2);
    const [f] = findingsOf(d, pack('icld-kp-2020'), 'BUD-04');
    expect(f?.location).toEqual({ kind: 'budget-total', year: 2 });
    expect(f?.message.en).toContain('SEK 505,000');
    expect(f?.message.en).toContain('SEK 500,000');
    expect(f?.message.sv).toContain('505\u00a0000\u00a0kr');
  });

  it('says "ceiling unknown" for Latin America under 2023 instead of a number', () => {
    const d = sample('icld-kp-2023');
    d.partners[0]!.country = 'GT';
    const [f] = findingsOf(d, pack('icld-kp-2023'), 'BUD-14');
    expect(f?.severity).toBe('info');
    expect(f?.message.en).toMatch(/^Ceiling unknown – confirm with ICLD/);
    expect(f?.message.en).not.toMatch(/\d{3}/);
  });

  it('suggests Region for a county council and the fix is accepted', () => {
    const d = sample('icld-kp-2020');
    d.applicant.type = 'county_council';
    const [f] = findingsOf(d, pack('icld-kp-2020'), 'APP-01');
    expect(f?.fix?.edits).toEqual([{ path: ['applicant', 'type'], value: 'region' }]);
    expect(findingsOf(applyQuickFix(d, f!.fix!), pack('icld-kp-2020'), 'APP-01')).toEqual([]);
  });

  it('locates section findings in their section and budget-line findings on their line', () => {
    const d = sample('icld-kp-2020');
    d.sections.risks = neutral('');
    d.risks = [];
    d.budget[2]!.category = 'per_diem';
    const all = checkDraft(d, pack('icld-kp-2020'));
    expect(all.find((f) => f.ruleId === 'DOC-04')?.location).toEqual({ kind: 'section', sectionId: 'risks' });
    expect(all.find((f) => f.ruleId === 'BUD-10')?.location).toEqual({ kind: 'budget-line', lineId: d.budget[2]!.id, field: 'category' });
  });
});

describe('FLD-01: text typed into an amount or date that could not be read', () => {
  const withAmount = (raw: string) => {
    const d = sample('icld-kp-2020');
    const line = d.budget[1]!;
    line.amountOre = 0;
    d.invalidInputs = { [amountKey(line.id)]: raw };
    return { d, line };
  };

  it('is an error in every edition, at the amount field, naming the line and the text typed', () => {
    for (const p of packs) {
      const { d, line } = withAmount('tjugotusen');
      const [f, more] = findingsOf(d, p, 'FLD-01');
      expect(more).toBeUndefined();
      expect(f?.severity).toBe('error');
      expect(f?.location).toEqual({ kind: 'budget-line', lineId: line.id, field: 'amount' });
      expect(f?.message.sv).toContain('”tjugotusen” på budgetrad 2');
      expect(f?.message.sv).toContain('räknas inte med i summan');
      expect(f?.message.en).toContain('"tjugotusen" on budget line 2');
    }
  });

  it('says why a negative amount or one with too many decimals could not be read', () => {
    expect(findingsOf(withAmount('-500').d, pack('icld-kp-2020'), 'FLD-01')[0]?.message.sv).toMatch(/kan inte vara negativt/);
    expect(findingsOf(withAmount('12,345').d, pack('icld-kp-2020'), 'FLD-01')[0]?.message.en).toMatch(/at most two decimals/);
  });

  it('keeps SDG targets typed that do not exist at the targets field, naming only those, and the fix leaves the others', () => {
    const d = sample('icld-kp-2023');
    d.agenda2030.targets = ['5.5', '16.7'];
    d.invalidInputs = { 'agenda2030.targets': '5.5, 5.9, 16.7, mål3' };
    const [f, more] = findingsOf(d, pack('icld-kp-2023'), 'FLD-01');
    expect(more).toBeUndefined();
    expect(f?.location).toEqual({ kind: 'agenda2030', field: 'targets' });
    expect(f?.message.sv).toMatch(/^Delmålen ”5\.9” och ”mål3” finns inte i Agenda 2030/);
    expect(f?.message.en).toMatch(/^"5\.9" and "mål3" are not Agenda 2030 targets/);
    const cleared = applyQuickFix(d, f!.fix!);
    expect(cleared.invalidInputs).toEqual({});
    expect(cleared.agenda2030.targets).toEqual(['5.5', '16.7']);
    expect(findingsOf(cleared, pack('icld-kp-2023'), 'FLD-01')).toEqual([]);
  });

  it('points an indicator\'s target date at its field by the indicator\'s number, and offers to drop one whose indicator is gone', () => {
    const d = sample('icld-kp-2023');
    const ind = d.framework.projectObjectives[0]!.results[0]!.indicators[0]!;
    ind.target.date = null;
    d.invalidInputs = { [`framework.${ind.id}.targetDate`]: '2028-02-30', 'framework.gone.targetDate': 'x' };
    const found = findingsOf(d, pack('icld-kp-2023'), 'FLD-01');
    expect(found.map((f) => f.location)).toEqual([{ kind: 'framework-item', itemId: ind.id, field: 'targetDate' }, { kind: 'framework' }]);
    expect(found[0]!.message.sv).toBe('”2028-02-30” kunde inte läsas som målvärdets datum för indikator 1.1 a. Ange ett datum som finns, som ÅÅÅÅ-MM-DD.');
    const cleared = applyQuickFix(d, found[1]!.fix!);
    expect(cleared.invalidInputs).toEqual({ [`framework.${ind.id}.targetDate`]: '2028-02-30' });
  });

  it('points a date at its own field', () => {
    const d = sample('icld-kp-2020');
    d.submissionDate = null;
    d.invalidInputs = { submissionDate: '2026-13-01' };
    const [f] = findingsOf(d, pack('icld-kp-2020'), 'FLD-01');
    expect(f?.location).toEqual({ kind: 'field', field: 'submissionDate' });
    expect(f?.message.sv).toMatch(/^”2026-13-01” kunde inte läsas som inlämningsdatumet/);
    // The picker cannot show the text, so the finding itself offers to clear it.
    const cleared = applyQuickFix(d, f!.fix!);
    expect(cleared.invalidInputs).toEqual({});
    expect(findingsOf(cleared, pack('icld-kp-2020'), 'FLD-01')).toEqual([]);
  });

  it('offers to remove text kept for a budget line that no longer exists, and the fix clears the finding', () => {
    const d = sample('icld-kp-2020');
    d.invalidInputs = { [amountKey('gone')]: 'abc', 'period.end': 'x' };
    const [f] = findingsOf(d, pack('icld-kp-2020'), 'FLD-01').filter((x) => x.location.kind === 'field' && x.location.field === 'budget');
    expect(f?.severity).toBe('error');
    const fixed = applyQuickFix(d, f!.fix!);
    expect(fixed.invalidInputs).toEqual({ 'period.end': 'x' });
    expect(findingsOf(fixed, pack('icld-kp-2020'), 'FLD-01')).toHaveLength(1);
  });
});
