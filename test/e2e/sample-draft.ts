import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../../core/draft/schema';
import { buildNewDraft } from '../../core/draft/new-draft';
import { serializeDraft } from '../../core/draft/file-format';
import { ApplicationTemplate } from '../../core/template/schema';
import { applicationTemplates } from '../../templates';
import { newApplicant, newPartner } from '../../core/draft/new-draft';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

/** A realistic project application in progress (2020 edition), with a few deliberate problems. */
export function sampleDraft(): Draft {
  let n = 0;
  const d = buildNewDraft({
    template: ApplicationTemplate.parse(applicationTemplates[0]), editionId: 'icld-kp-2020', component: 'project',
    documentLanguage: 'sv-SE', now: new Date('2026-03-02T09:00:00Z'), newId: () => `s${++n}`,
  });
  d.title = 'Unga röster i Mombasa och Uppsala';
  d.applicant = {
    ...newApplicant('Uppsala kommun', 'municipality'),
    contact: { name: 'Anna Lind', title: 'Projektledare', email: 'anna.lind@uppsala.se', phone: '018-727 00 00' },
    signatory: { name: 'Erik Holm', title: 'Kommundirektör', email: 'erik.holm@uppsala.se', phone: '' },
  };
  d.partners = [{
    ...newPartner({ id: 'p1', organisation: 'Skopje stad', country: 'Makedonien', role: 'partner' }),
    type: 'city',
    contact: { name: 'Ana Petrovska', title: 'Project manager', email: 'ana.petrovska@skopje.gov.mk', phone: '' },
    signatory: { name: 'Elena Stojanova', title: 'Mayor', email: '', phone: '' },
  }];
  d.period = { start: '2026-09-01', end: '2028-08-31' };
  d.sections.summary = [p('Uppsala kommun och Skopje stad vill tillsammans stärka ungas delaktighet i lokala beslut genom ungdomsråd, digitala medborgardialoger och utbildning av tjänstepersoner.')];
  d.sections.challenge = [
    p('Båda kommunerna har svårt att nå unga väljare. Valdeltagandet bland 18–24-åringar är lågt, och få unga känner till hur de kan påverka kommunens budget.'),
    { type: 'bulleted-list', children: [
      { type: 'list-item', children: [{ text: 'Ungdomsråden saknar ' }, { text: 'formellt mandat', bold: true }] },
      { type: 'list-item', children: [{ text: 'Medborgardialoger når främst äldre invånare' }] },
    ] },
  ];
  d.coreAreas = [{ id: 'participation', justification: 'Unga får verkliga kanaler till beslutsfattare.' }];
  d.team = [
    { id: 't1', name: 'Anna Lind', role: 'Projektledare', side: 'swedish', kind: 'civil_servant', politicalSide: null, coordinator: true, icldContact: true, projectManager: true },
    { id: 't2', name: 'Erik Berg', role: 'Kommunalråd', side: 'swedish', kind: 'politician', politicalSide: 'majority', coordinator: false, icldContact: false, projectManager: false },
  ];
  d.budget = [
    { id: 'b1', category: 'international_travel', side: 'swedish', year: 1, amountOre: 8_500_000, description: 'Studieresa till Skopje', activityId: null },
    { id: 'b2', category: 'work_input', side: 'swedish', year: 1, amountOre: 12_000_000, description: 'Arbetsinsats projektledning', activityId: null },
    { id: 'b3', category: 'venue_rent', side: 'p1', year: 2, amountOre: 2_500_050, description: 'Lokal för ungdomsforum', activityId: null },
  ];
  return d;
}

/** Writes a draft as a .kpdraft file into `dir` and returns its path. */
export function writeDraft(dir: string, name: string, draft: Draft = sampleDraft()): string {
  const path = join(dir, name);
  writeFileSync(path, serializeDraft(draft));
  return path;
}

/**
 * The sample draft with its errors and warnings dealt with: annexes signed, prerequisites given, every section
 * written, a full team on both sides. Only notes (info findings) remain.
 */
export function completeDraft(): Draft {
  const d = sampleDraft();
  d.annexes = ['letter_of_intent', 'planning_tool', 'steering_group_application', 'signed_budget'].map((kind) => ({ kind, state: 'signed' as const, file: null }));
  d.prerequisites.priorInception = { held: true, year: 2022, reference: 'ICLD 2022-0147' };
  d.coreAreas[0]!.justification = 'Unga får verkliga kanaler till beslutsfattare genom ungdomsråd med formellt mandat, regelbundna dialoger med kommunstyrelsen och en egen budget som de själva fördelar.';
  for (const id of ['agenda2030', 'objectives', 'activities', 'indicators', 'risks', 'mutual_learning']) {
    d.sections[id] = [p('Båda kommunerna arbetar med detta under projektets två år, med tydliga steg och uppföljning varje halvår.')];
  }
  const officer = (id: string, name: string, side: string, lead = false) => ({
    id, name, role: lead ? 'Projektledare' : 'Handläggare', side, kind: 'civil_servant' as const, politicalSide: null,
    coordinator: lead, icldContact: lead, projectManager: lead,
  });
  d.team.push(
    officer('t3', 'Sara Holm', 'swedish'), officer('t4', 'Johan Ek', 'swedish'),
    officer('t5', 'Ana Petrovska', 'p1', true), officer('t6', 'Marko Ilievski', 'p1'), officer('t7', 'Vesna Trajkovska', 'p1'),
    { id: 't8', name: 'Elena Stojanova', role: 'Borgmästare', side: 'p1', kind: 'politician', politicalSide: 'majority', coordinator: false, icldContact: false, projectManager: false },
  );
  return d;
}
