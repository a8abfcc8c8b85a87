import type { Annotation } from '../../core/draft/annotation';
import type { BlockElement, FormattedText, InlineNode, ListElement, RichText } from '../../core/draft/rich-text';
import type { BudgetLine, Draft, TeamMember } from '../../core/draft/schema';
import { sampleActivities, sampleAgenda2030, sampleBudgetLinks, sampleFramework, sampleRisks } from './sample-plan';
import { newApplicant, newPartner } from '../../core/draft/new-draft';

/**
 * A complete, realistic project application (ICLD 2020 edition) with every kind of content the
 * export handles: headings inside sections, bold/italic/underlined text, links, block quotes,
 * numbered lists that restart, nested bullets, a two-year budget, a full team, review comments and
 * a complete structured plan (results framework, activity plan, risks, Agenda 2030; sample-plan.ts).
 * Used by the export tests and by scripts/render-sample-export.mjs for the page renders in docs/.
 */

type Marks = Omit<FormattedText, 'text'>;
const t = (text: string, marks: Marks = {}): FormattedText => ({ text, ...marks });
const p = (...children: Array<InlineNode | string>): BlockElement => ({ type: 'paragraph', children: children.map((c) => (typeof c === 'string' ? t(c) : c)) });
const h1 = (text: string): BlockElement => ({ type: 'heading-one', children: [t(text)] });
const h2 = (text: string): BlockElement => ({ type: 'heading-two', children: [t(text)] });
const quote = (text: string): BlockElement => ({ type: 'block-quote', children: [t(text)] });
const link = (url: string, text: string): InlineNode => ({ type: 'link', url, children: [t(text)] });
type Item = string | InlineNode[] | [string, ListElement];
const list = (type: ListElement['type'], items: Item[]): ListElement => ({
  type,
  children: items.map((it) => ({
    type: 'list-item',
    children: typeof it === 'string' ? [t(it)] : it.length === 2 && typeof it[0] === 'string' ? [t(it[0]), it[1] as ListElement] : (it as InlineNode[]),
  })),
});
const ul = (...items: Item[]) => list('bulleted-list', items);
const ol = (...items: Item[]) => list('numbered-list', items);

const sections: Record<string, RichText> = {
  summary: [
    p(
      t('Västerås stad', { bold: true }),
      ' och ',
      t('Kisumu County Government', { bold: true }),
      ' vill under två år stärka ungas och kvinnors möjligheter att påverka lokala beslut. Partnerskapet bygger på en förberedelsefas 2025 där båda organisationerna kartlade hur medborgardialoger i dag leder – eller inte leder – till förändrade beslut.',
    ),
    p('Projektet utvecklar en gemensam modell för ', t('dialog med återkoppling', { italic: true }), ': varje dialog avslutas med att förvaltningen redovisar vad som hände med förslagen, inom tre månader och i ett format som deltagarna själva har valt.'),
  ],
  challenge: [
    p('Båda parter har sedan länge arbetat med medborgardialoger, men utvärderingar i Västerås (2023) och Kisumu (2024) visar samma mönster: de som deltar får sällan veta vad deras synpunkter ledde till, och förtroendet för dialogerna sjunker.'),
    h1('Problemanalys'),
    p('Vi har gemensamt identifierat tre orsaker till problemet:'),
    ol(
      'Dialogerna saknar en tydlig ägare i förvaltningen efter att de har genomförts.',
      'Politiska beslut fattas i ett annat tempo än dialogernas, och kopplingen dokumenteras inte.',
      'Återkoppling sker i kanaler som unga och kvinnor i informella bosättningar inte nås av.',
    ),
    p('Orsakerna förstärker varandra. Där ägarskapet saknas blir återkopplingen ', t('ingens uppgift', { underline: true }), ', och där återkopplingen uteblir deltar färre nästa gång.'),
    h2('Vad säger målgrupperna själva?'),
    quote('”Vi säger vad vi tycker varje år, men vi vet aldrig om någon har lyssnat.” – deltagare i ungdomsdialog, Kisumu, mars 2025'),
    p('Liknande röster återkommer i Västerås medborgarpanel. Se även ICLD:s kunskapsöversikt ', link('https://icld.se/publikationer/', 'om medborgardialoger'), ' och Sveriges Kommuner och Regioners ', link('https://skr.se/demokratiledningstyrning/', 'stöd för delaktighet'), '.'),
  ],
  target_groups: [
    p('Projektets primära målgrupper är:'),
    ul(
      ['Unga 16–25 år', ul('i Västerås stadsdelar Skallberget och Bäckby', 'i Kisumus informella bosättningar Nyalenda och Manyatta')],
      ['Kvinnor som deltar i lokala utvecklingskommittéer', ul('särskilt kvinnor utan tidigare politiska uppdrag')],
      'Tjänstepersoner som planerar och genomför dialoger',
    ),
    p('Sekundära målgrupper är förtroendevalda i båda organisationerna, som ska kunna följa hur dialogernas förslag hanteras.'),
  ],
  objectives: [
    p(t('Övergripande mål: ', { bold: true }), 'Unga och kvinnor i Västerås och Kisumu har ett reellt inflytande över lokala beslut som rör dem.'),
    h1('Projektmål'),
    ol(
      'Båda organisationerna har en antagen rutin för återkoppling efter varje medborgardialog.',
      'Minst 70 procent av dialogdeltagarna uppger att de fått veta vad deras förslag ledde till.',
      'Andelen unga och kvinnor i dialogerna har ökat med minst en tredjedel jämfört med 2025.',
    ),
    h1('Förväntade resultat efter år 1'),
    ol(
      'Rutinen är utformad och prövad i två pilotdialoger per part.',
      ['Återkopplingskanaler är valda tillsammans med målgrupperna:', ul('sms och lokalradio i Kisumu', 'skolornas lärplattformar och sociala medier i Västerås')],
      'En gemensam utbildning för dialogledare har genomförts.',
    ),
  ],
  activities: [
    p('Aktiviteterna följer projektplaneringsverktygets logik och är fördelade över två projektår.'),
    h1('År 1 (september 2026 – augusti 2027)'),
    ol(
      'Uppstartsmöte i Västerås med styrgruppen och projektgruppen (oktober 2026).',
      'Kartläggning av befintliga dialogprocesser i båda organisationerna.',
      'Partnerbesök i Kisumu: gemensam workshop om återkopplingsrutiner (februari 2027).',
      'Två pilotdialoger per part, med återkoppling inom tre månader.',
    ),
    h1('År 2 (september 2027 – augusti 2028)'),
    ol(
      'Partnerbesök i Västerås: utvärdering av piloterna och revidering av rutinen.',
      'Beslut om rutinen i respektive kommunstyrelse och county executive.',
      'Spridningsseminarium för andra svenska kommuner och kenyanska counties.',
    ),
    p('Tidsplanen stäms av vid varje styrgruppsmöte, ', t('minst två gånger per år', { italic: true }), '.'),
  ],
  indicators: [
    p('Indikatorerna mäts vid projektstart (baslinje), efter år 1 och vid projektslut:'),
    ul(
      'Antal dialoger där återkoppling har lämnats inom tre månader (källa: förvaltningarnas dialogregister).',
      'Andel deltagare som uppger att de fått återkoppling (källa: enkät efter varje dialog).',
      'Andel unga och kvinnor bland deltagarna (källa: deltagarlistor, frivillig registrering).',
    ),
  ],
  risks: [
    p('De största riskerna och hur vi hanterar dem:'),
    ul(
      [t('Politiska förändringar efter valen 2026 och 2027. ', { bold: true }), t('Båda parter förankrar projektet över blockgränserna; styrgruppen har representanter från både majoritet och opposition.')],
      [t('Personalomsättning. ', { bold: true }), t('Varje nyckelroll har en ersättare som deltar i partnerbesöken.')],
      [t('Låg svarsfrekvens i enkäterna. ', { bold: true }), t('Enkäterna görs korta, på flera språk och med stöd på plats.')],
    ),
  ],
  mutual_learning: [
    p('Västerås bidrar med erfarenhet av digitala medborgarpaneler och strukturerad ärendehantering. Kisumu bidrar med lång erfarenhet av ', t('public participation', { italic: true }), ' enligt Kenyas konstitution från 2010, där medborgardeltagande är lagstadgat på countynivå.'),
    p('Båda parter förväntar sig att lära sig av den andres sätt att nå grupper som sällan deltar. Lärdomarna dokumenteras efter varje partnerbesök i en gemensam lärlogg.'),
  ],
  agenda2030: [
    p('Projektet bidrar främst till mål 16.7 (inkluderande och representativt beslutsfattande) och mål 5.5 (kvinnors deltagande i beslutsfattande). Resor klimatkompenseras och möten hålls digitalt när det är möjligt.'),
  ],
  sustainability: [
    p('Rutinen för återkoppling beslutas formellt i båda organisationerna under år 2, och ansvaret läggs i ordinarie linjeorganisation. Utbildningen för dialogledare ingår därefter i respektive organisations introduktionsprogram.'),
  ],
};

const member = (id: string, name: string, role: string, side: string, kind: TeamMember['kind'], politicalSide: TeamMember['politicalSide'], flags: Partial<Pick<TeamMember, 'coordinator' | 'icldContact' | 'projectManager'>> = {}): TeamMember => ({
  id, name, role, side, kind, politicalSide, coordinator: false, icldContact: false, projectManager: false, ...flags,
});

let line = 0;
const b = (year: number, category: string, side: string, kronor: number, description: string): BudgetLine => ({
  id: `b${++line}`, year, category, side, amountOre: kronor * 100, description, activityId: sampleBudgetLinks[`b${line}`] ?? null,
});

const budget: BudgetLine[] = [
  b(1, 'work_input', 'swedish', 120_000, 'Projektledning och samordning, Västerås'),
  b(1, 'work_input', 'p1', 60_000, 'Dialogledare och samordnare, Kisumu'),
  b(1, 'international_travel', 'swedish', 96_000, 'Partnerbesök i Kisumu, fyra deltagare'),
  b(1, 'international_travel', 'p1', 88_000, 'Uppstartsmöte i Västerås, fyra deltagare'),
  b(1, 'local_travel', 'p1', 18_500, 'Resor till pilotdialoger i Nyalenda och Manyatta'),
  b(1, 'venue_rent', 'p1', 15_000, 'Lokal för workshop om återkoppling'),
  b(1, 'interpretation', 'swedish', 24_000, 'Tolkning engelska–svenska och engelska–dholuo'),
  b(1, 'visa_fees', 'p1', 6_400, 'Visum för fyra deltagare'),
  b(1, 'climate_compensation', 'swedish', 4_250, 'Klimatkompensation för flygresor'),
  b(2, 'work_input', 'swedish', 110_000, 'Projektledning, utvärdering och spridning'),
  b(2, 'work_input', 'p1', 70_000, 'Revidering av rutinen och utbildning av dialogledare'),
  b(2, 'international_travel', 'swedish', 92_000, 'Partnerbesök i Kisumu, fyra deltagare'),
  b(2, 'international_travel', 'p1', 90_000, 'Utvärderingsbesök i Västerås, fyra deltagare'),
  b(2, 'venue_rent', 'swedish', 12_000, 'Spridningsseminarium'),
  b(2, 'interpretation', 'swedish', 22_000, 'Tolkning vid utvärdering och seminarium'),
  b(2, 'visa_fees', 'p1', 6_400, 'Visum för fyra deltagare'),
  b(2, 'climate_compensation', 'swedish', 4_100, 'Klimatkompensation för flygresor'),
];

const reviewer = { name: 'Karin Holm', initials: 'KH' };
const author = { name: 'Lena Persson', initials: 'LP' };
const annotations: Annotation[] = [
  {
    id: 'a1', author: reviewer, body: 'Kan vi ange källan till utvärderingen i Västerås?', createdAt: '2026-03-02T10:00:00Z', editedAt: null, resolved: false,
    anchor: { kind: 'text', sectionId: 'challenge', anchor: { path: [0, 0], offset: 63 }, focus: { path: [0, 0], offset: 98 }, quote: { exact: 'utvärderingar i Västerås (2023) och', prefix: '', suffix: '' } },
    replies: [{ id: 'a1r1', author, body: 'Ja, rapporten från demokratiberedningen. Jag lägger till den.', createdAt: '2026-03-02T12:30:00Z', editedAt: null }],
  },
  {
    id: 'a2', author: reviewer, body: 'Kontrollera att resorna ryms inom taket per år.', createdAt: '2026-03-02T10:05:00Z', editedAt: null, resolved: true,
    anchor: { kind: 'section', sectionId: 'budget' }, replies: [{ id: 'a2r1', author, body: 'Kontrollerat: 432 150 kr år 1, under taket på 500 000 kr.', createdAt: '2026-03-03T08:00:00Z', editedAt: null }],
  },
  {
    id: 'a3', author: reviewer, body: 'Behövs tolkning till dholuo vid alla möten?', createdAt: '2026-03-02T10:10:00Z', editedAt: null, resolved: false,
    anchor: { kind: 'field', field: 'budget:b7' }, replies: [],
  },
];

/** The sample application, fresh each call (tests may change it). */
export function sampleApplication(): Draft {
  return structuredClone({
    id: 'sample-export',
    title: 'Unga röster i lokala beslut – Västerås och Kisumu',
    editionId: 'icld-kp-2020',
    component: 'project',
    applicant: {
      ...newApplicant('Västerås stad', 'municipality'),
      contact: { name: 'Lena Persson', title: 'Internationell samordnare', email: 'lena.persson@vasteras.se', phone: '021-39 00 00' },
      signatory: { name: 'Anders Berg', title: 'Kommundirektör', email: 'anders.berg@vasteras.se', phone: '021-39 00 01' },
    },
    partners: [{
      ...newPartner({ id: 'p1', organisation: 'Kisumu County Government', country: 'KE', role: 'partner' }),
      type: 'county',
      contact: { name: 'David Mwangi', title: 'Public Participation Officer', email: 'd.mwangi@kisumu.go.ke', phone: '+254 57 202 0000' },
      signatory: { name: 'Grace Achieng', title: 'County Secretary', email: 'g.achieng@kisumu.go.ke', phone: '' },
    }],
    period: { start: '2026-09-01', end: '2028-08-31' },
    submissionDate: '2026-03-15',
    sections,
    coreAreas: [
      { id: 'participation', justification: 'Projektets kärna: unga och kvinnor ska få reellt inflytande genom dialoger som leder till synlig återkoppling.\nModellen prövas i två pilotdialoger per part.' },
      { id: 'transparency', justification: 'Förvaltningarna redovisar öppet hur dialogernas förslag har hanterats, så att invånarna kan följa vägen från förslag till beslut.' },
      { id: 'accountability', justification: 'När återkopplingen är offentlig kan invånarna ställa förtroendevalda till svars för hur förslagen tagits om hand.' },
    ],
    team: [
      member('t1', 'Anna Lindqvist', 'Kommunstyrelsens ordförande', 'swedish', 'politician', 'majority'),
      member('t2', 'Erik Bergström', 'Oppositionsråd', 'swedish', 'politician', 'opposition'),
      member('t3', 'Lena Persson', 'Internationell samordnare', 'swedish', 'civil_servant', null, { coordinator: true }),
      member('t4', 'Johan Ek', 'Demokratiutvecklare', 'swedish', 'civil_servant', null, { projectManager: true, icldContact: true }),
      member('t9', 'Sara Nilsson', 'Kommunikatör', 'swedish', 'civil_servant', null),
      member('t5', 'Grace Achieng', 'Member of County Assembly', 'p1', 'politician', 'majority'),
      member('t6', 'Peter Otieno', 'Minority Leader', 'p1', 'politician', 'opposition'),
      member('t7', 'Mercy Wanjiru', 'Partnership Coordinator', 'p1', 'civil_servant', null, { coordinator: true }),
      member('t8', 'David Mwangi', 'Public Participation Officer', 'p1', 'civil_servant', null, { projectManager: true, icldContact: true }),
      member('t10', 'Beatrice Akinyi', 'Youth Officer', 'p1', 'civil_servant', null),
      member('t11', 'Fatuma Ali', 'Ordförande, Kisumu Youth Network', 'p1', 'cso', null),
    ],
    budget,
    framework: sampleFramework,
    activities: sampleActivities,
    risks: sampleRisks,
    agenda2030: sampleAgenda2030,
    annexes: [
      { kind: 'letter_of_intent', state: 'signed', file: '/home/lena/ICLD/Avsiktsförklaring Västerås–Kisumu.pdf' },
      { kind: 'planning_tool', state: 'signed', file: null },
      { kind: 'steering_group_application', state: 'draft', file: null },
      { kind: 'signed_budget', state: 'missing', file: null },
    ],
    prerequisites: {
      priorInception: { held: true, year: 2024, reference: 'ICLD 2024-0312' },
      existingPartnership: { held: true, year: 2021, reference: 'ICLD 2021-0087' },
    },
    linkedDraft: null,
    unplaced: [],
    reused: [],
    annotations,
    invalidInputs: {},
    documentLanguage: 'sv-SE',
    createdAt: '2026-01-10T09:00:00Z',
    modifiedAt: '2026-03-03T08:00:00Z',
  } satisfies Draft);
}
