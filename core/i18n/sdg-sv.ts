/**
 * The Agenda 2030 card's texts in Swedish, and the seventeen goals' official short names as the
 * Swedish UN Association and the Government Offices write them (globalamalen.se).
 */
export const sdgSv = {
  legend: 'Globala mål som projektet bidrar till',
  hint: 'Kryssa i de mål i Agenda 2030 som projektet bidrar till. ICLD märker varje partnerskap med sina mål.',
  goalN: 'Mål {{n}}',
  chosen_one: '{{count}} mål valt',
  chosen_other: '{{count}} mål valda',
  noneChosen: 'Inget mål valt ännu.',
  targets: 'Delmål i Agenda 2030 (valfritt)',
  targetsHint: 'Delmålens nummer, åtskilda med komma, t.ex. 5.5, 16.b.',
  badTargets_one: '{{list}} är inte ett delmål i Agenda 2030. Skriv delmål som 5.5 eller 16.b. Det du skrev står kvar, och de andra delmålen är sparade.',
  badTargets_other: '{{list}} är inte delmål i Agenda 2030. Skriv delmål som 5.5 eller 16.b. Det du skrev står kvar, och de andra delmålen är sparade.',
  goalNotChosen_one: 'Delmål {{list}} hör till ett mål som inte är valt.',
  goalNotChosen_other: 'Delmålen {{list}} hör till mål som inte är valda.',
  chooseGoals_one: 'Välj mål {{goals}}',
  chooseGoals_other: 'Välj målen {{goals}}',
  goals: {
    g1: 'Ingen fattigdom',
    g2: 'Ingen hunger',
    g3: 'Hälsa och välbefinnande',
    g4: 'God utbildning för alla',
    g5: 'Jämställdhet',
    g6: 'Rent vatten och sanitet för alla',
    g7: 'Hållbar energi för alla',
    g8: 'Anständiga arbetsvillkor och ekonomisk tillväxt',
    g9: 'Hållbar industri, innovationer och infrastruktur',
    g10: 'Minskad ojämlikhet',
    g11: 'Hållbara städer och samhällen',
    g12: 'Hållbar konsumtion och produktion',
    g13: 'Bekämpa klimatförändringarna',
    g14: 'Hav och marina resurser',
    g15: 'Ekosystem och biologisk mångfald',
    g16: 'Fredliga och inkluderande samhällen',
    g17: 'Genomförande och globalt partnerskap',
  },
};
