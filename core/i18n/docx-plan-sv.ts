/**
 * The Word document's words for the structured plan in Swedish: the results matrix (LFA-matris),
 * the activity plan as a Gantt table, the budget per activity, the risk register and the Agenda
 * 2030 goals. The goals' own names are the card's (core/i18n/sdg-sv.ts).
 */
export const docxPlanSv = {
  matrix: {
    level: 'Nivå',
    text: 'Mål och resultat',
    indicator: 'Indikator',
    baseline: 'Utgångsvärde',
    target: 'Målvärde',
    verification: 'Verifikationskälla',
    assumptions: 'Antaganden',
    overallObjective: 'Övergripande mål',
    projectObjective: 'Projektmål {{n}}',
    result: 'Resultat {{n}}',
    unit: 'Enhet: {{unit}}',
    collectedBy: 'Samlas in av: {{who}}',
    empty: 'Inga mål eller resultat är planerade än.',
  },
  gantt: {
    heading: 'Tidsplan',
    number: 'Nr',
    activity: 'Aktivitet',
    results: 'Resultat',
    yearSpan: 'År {{n}}: {{from}} – {{to}}',
    noDates: 'datum saknas',
    empty: 'Inga aktiviteter är planerade än.',
  },
  activityBudget: {
    heading: 'Budget per aktivitet',
    unlinked: 'Ej kopplat till någon aktivitet',
  },
  risks: {
    number: 'R{{n}}',
    numberColumn: 'Nr',
    risk: 'Risk',
    likelihood: 'Sannolikhet',
    impact: 'Konsekvens',
    mitigation: 'Åtgärd',
    owner: 'Ansvarig',
    threatens: 'Hotar',
    levels: { low: 'Låg', medium: 'Medel', high: 'Hög' },
    wholeProject: 'Hela projektet',
    empty: 'Inga risker är angivna än.',
  },
  sdgs: {
    goal: 'Mål',
    name: 'Globalt mål',
    targets: 'Delmål',
    empty: 'Inga globala mål är valda än.',
  },
};
