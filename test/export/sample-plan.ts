import type { Activity, Agenda2030, ExpectedResult, Indicator, ProjectObjective, ResultsFramework, Risk } from '../../core/draft/framework';

/**
 * The structured plan of the sample application (test/export/sample-application.ts): an overall
 * objective, two project objectives with their results, an indicator on every level, eight
 * activities over the two project years (September 2026 – August 2028) linked to the results and
 * to the travel and activity budget lines, four risks and three Agenda 2030 goals.
 */

const indicator = (id: string, text: string, unit: string, baseline: [string, number], target: [string, string], verification: string, collectedBy: string): Indicator => ({
  id, text, unit, baseline: { value: baseline[0], year: baseline[1] }, target: { value: target[0], date: target[1] }, verification, collectedBy,
});
const result = (id: string, text: string, ind: Indicator, assumptions: string): ExpectedResult => ({ id, text, note: '', indicators: [ind], assumptions });
const objective = (id: string, text: string, ind: Indicator, assumptions: string, results: ExpectedResult[]): ProjectObjective => ({ id, text, note: '', indicators: [ind], assumptions, results });

export const sampleFramework: ResultsFramework = {
  overallObjective: {
    text: 'Unga och kvinnor i Västerås och Kisumu har ett reellt inflytande över lokala beslut som rör dem.',
    note: '',
    indicators: [indicator('i0', 'Andel unga (16–25 år) och kvinnor som anser att de kan påverka lokala beslut', 'procent', ['22 %', 2025], ['35 %', '2030-12-31'],
      'Västerås medborgarundersökning och Kisumu County Citizen Satisfaction Survey', 'Utredningsenheten, Västerås')],
    assumptions: 'Den politiska ledningen i båda organisationerna står fast vid medborgardialog som arbetssätt.',
  },
  projectObjectives: [
    objective('o1', 'Båda organisationerna har en antagen rutin för återkoppling efter varje medborgardialog.',
      indicator('i1', 'Andel dialoger där återkoppling har lämnats inom tre månader', 'procent av dialogerna', ['10 %', 2025], ['90 %', '2028-06-30'], 'Förvaltningarnas dialogregister', 'Projektledarna'),
      'Kommunstyrelsen och county executive behandlar rutinen under år 2.', [
        result('r11', 'En rutin för återkoppling är utformad och prövad i två pilotdialoger per part.',
          indicator('i11', 'Antal pilotdialoger med återkoppling enligt rutinen', 'dialoger', ['0', 2025], ['4', '2027-08-31'], 'Pilotrapporter', 'Demokratiutvecklare, Västerås'),
          'Förvaltningarna avsätter tid för piloterna.'),
        result('r12', 'Dialogledare i båda organisationerna är utbildade i rutinen.',
          indicator('i12', 'Antal utbildade dialogledare', 'personer', ['0', 2025], ['30', '2028-06-30'], 'Deltagarlistor från utbildningen', 'HR-avdelningarna'),
          'Personalomsättningen bland dialogledarna är måttlig.'),
        result('r13', 'Rutinen är beslutad i kommunstyrelsen och i county executive.',
          indicator('i13', 'Antal fattade beslut om rutinen', 'beslut', ['0', 2025], ['2', '2028-06-30'], 'Protokoll från kommunstyrelsen och county executive', 'Nämndsekreterarna'),
          'Ärendet kommer upp på dagordningen före sommaren 2028.'),
      ]),
    objective('o2', 'Andelen unga och kvinnor i dialogerna har ökat med minst en tredjedel jämfört med 2025.',
      indicator('i2', 'Andel unga och kvinnor bland dialogdeltagarna', 'procent', ['30 %', 2025], ['40 %', '2028-06-30'], 'Deltagarlistor, frivillig registrering', 'Dialogledarna'),
      'Målgrupperna har tid och möjlighet att delta.', [
        result('r21', 'Återkopplingskanaler är valda tillsammans med målgrupperna.',
          indicator('i21', 'Antal kanaler i bruk som målgrupperna själva har valt', 'kanaler', ['1', 2025], ['4', '2027-08-31'], 'Kanalplan och användningsstatistik', 'Kommunikatörerna'),
          'Lokalradion i Kisumu sänder återkopplingen utan kostnad.'),
        result('r22', 'Unga och kvinnor i Nyalenda, Manyatta, Skallberget och Bäckby känner till dialogerna.',
          indicator('i22', 'Andel i målgruppen som känner till dialogerna', 'procent', ['15 %', 2026], ['40 %', '2028-06-30'], 'Enkät i stadsdelarna', 'Kisumu Youth Network'),
          'Skolorna och ungdomsorganisationerna sprider inbjudningarna.'),
      ]),
  ],
};

const activity = (id: string, title: string, resultIds: string[], months: [number, number], place: Activity['place'], kind: Activity['kind'], participants: number): Activity => ({
  id, title, description: '', resultIds, startMonth: months[0], endMonth: months[1], place, parties: ['swedish', 'p1'], kind, participants,
});

export const sampleActivities: Activity[] = [
  activity('a1', 'Uppstartsmöte i Västerås med styrgrupp och projektgrupp', ['r11'], [2, 2], 'sweden', 'partner_visit', 12),
  activity('a2', 'Kartläggning av befintliga dialogprocesser', ['r11', 'r21'], [2, 5], 'digital', 'other', 8),
  activity('a3', 'Partnerbesök i Kisumu: workshop om återkopplingsrutiner', ['r11', 'r12'], [6, 6], 'partner_country', 'partner_visit', 20),
  activity('a4', 'Pilotdialoger med återkoppling, två per part', ['r11', 'r21', 'r22'], [7, 12], 'partner_country', 'meeting', 160),
  activity('a5', 'Partnerbesök i Västerås: utvärdering av piloterna', ['r12', 'r13'], [14, 14], 'sweden', 'partner_visit', 14),
  activity('a6', 'Partnerbesök i Kisumu: utbildning av dialogledare', ['r12'], [18, 18], 'partner_country', 'workshop', 30),
  activity('a7', 'Beslut om rutinen i kommunstyrelsen och county executive', ['r13'], [19, 22], 'digital', 'meeting', 6),
  activity('a8', 'Spridningsseminarium för svenska kommuner och kenyanska counties', ['r22'], [22, 23], 'sweden', 'communication', 60),
];

/** Which activity each travel or activity budget line pays for (line id → activity id). */
export const sampleBudgetLinks: Record<string, string> = {
  b3: 'a3', b4: 'a1', b5: 'a4', b6: 'a3', b7: 'a3', b8: 'a1', b12: 'a6', b13: 'a5', b14: 'a8', b15: 'a8', b16: 'a5',
};

const risk = (id: string, text: string, likelihood: number, impact: number, mitigation: string, owner: string, threatens: string | null): Risk => ({ id, text, likelihood, impact, mitigation, owner, threatens });

export const sampleRisks: Risk[] = [
  risk('k1', 'Politiska förändringar efter valen 2026 och 2027 minskar stödet för projektet.', 2, 3,
    'Projektet förankras över blockgränserna; styrgruppen har ledamöter från både majoritet och opposition hos båda parter.', 'Styrgruppens ordförande', 'o1'),
  risk('k2', 'Nyckelpersoner slutar under projektet.', 2, 2, 'Varje nyckelroll har en ersättare som deltar i partnerbesöken.', 'Projektledarna', 'r12'),
  risk('k3', 'Låg svarsfrekvens i enkäterna ger osäkra mätvärden.', 3, 2, 'Korta enkäter på svenska, engelska, swahili och dholuo, med stöd på plats.', 'Demokratiutvecklare, Västerås', 'r22'),
  risk('k4', 'Resor ställs in på grund av hälsoläge eller säkerhetsläge.', 1, 3, 'Digitala möten som reserv; ett partnerbesök kan flyttas inom projektåret.', 'Internationell samordnare', null),
];

export const sampleAgenda2030: Agenda2030 = { goals: [5, 11, 16], targets: ['5.5', '11.3', '16.7'] };
