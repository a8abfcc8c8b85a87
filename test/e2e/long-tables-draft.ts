import type { Draft } from '../../core/draft/schema';
import { buildNewDraft } from '../../core/draft/new-draft';
import { ApplicationTemplate } from '../../core/template/schema';
import { applicationTemplates } from '../../templates';
import { newApplicant, newPartner } from '../../core/draft/new-draft';

/**
 * A Kalix–Masaka project application whose budget and team hold the long names and descriptions
 * real applications have: what the table layout must show without cutting anything off.
 */
export function kalixMasakaDraft(documentLanguage: 'sv-SE' | 'en-GB' = 'sv-SE'): Draft {
  let n = 0;
  const d = buildNewDraft({
    template: ApplicationTemplate.parse(applicationTemplates[0]), editionId: 'icld-kp-2023', component: 'project',
    documentLanguage, now: new Date('2026-03-02T09:00:00Z'), newId: () => `s${++n}`,
  });
  d.title = 'Hållbar avfallshantering i Kalix och Masaka';
  d.applicant = newApplicant('Kalix kommun', 'municipality');
  d.partners = [newPartner({ id: 'p1', organisation: 'Masaka District Local Government', country: 'Uganda', role: 'partner' })];
  d.period = { start: '2026-09-01', end: '2028-08-31' };
  const line = (id: string, category: string, side: string, year: number, kronor: number, description: string) =>
    ({ id, category, side, year, amountOre: kronor * 100, description, activityId: null });
  d.budget = [
    line('b1', 'work_input', 'swedish', 1, 96_000, 'Arbetsinsats projektledare Kalix kommun, planering och uppföljning av partnerskapet'),
    line('b2', 'work_input', 'p1', 1, 64_000, 'Arbetsinsats projektsamordnare Masaka District Local Government, lokal förankring'),
    line('b3', 'international_travel', 'swedish', 1, 84_500, 'Resa Kalix–Masaka för styrgruppsmöte och workshop om källsortering'),
    line('b4', 'extra_days', 'p1', 2, 18_250, 'Mat och logi för delegationen från Masaka under studiebesöket i Kalix'),
    line('b5', 'venue_rent', 'p1', 2, 12_000, 'Lokalhyra för tredagarsworkshop med avfallsinsamlare och marknadsråd i Masaka'),
  ];
  const member = (id: string, name: string, role: string, side: string, kind: 'politician' | 'civil_servant', lead = false) => ({
    id, name, role, side, kind, politicalSide: kind === 'politician' ? 'majority' as const : null,
    coordinator: lead, icldContact: lead, projectManager: lead,
  });
  d.team = [
    member('t1', 'Ann-Christin Lindqvist-Nordström', 'Projektledare och samordnare för miljö- och hållbarhetsfrågor', 'swedish', 'civil_servant', true),
    member('t2', 'Per-Olof Håkansson', 'Kommunstyrelsens ordförande', 'swedish', 'politician'),
    member('t3', 'Christopher Ssemakula Nsubuga', 'Chief Administrative Officer och kontaktperson för partnerskapet', 'p1', 'civil_servant', true),
    member('t4', 'Justine Nakalembe-Kiwanuka', 'District Chairperson', 'p1', 'politician'),
  ];
  return d;
}
