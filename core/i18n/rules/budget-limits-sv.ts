/**
 * What the budget-ceiling rules say, in Swedish, keyed by rule id. Amounts, the number of parties,
 * the component and the budget region come from the pack and the draft.
 */
export const budgetLimitRulesSv = {
  budgetLimit: {
    parties: '{{n}} parter',
    what: '{{component}} med {{parties}}',
    whatInRegion: '{{component}} med {{parties}} i {{region}}',
    budget: 'Budgeten',
    budgetYear: 'Budgeten för år {{year}}',
    per: { year: 'per år', total: 'totalt' },
    over: {
      max: '{{label}} är {{sum}}; taket för {{what}} är {{limit}} {{per}}. Minska med {{excess}}.',
      guide: '{{label}} är {{sum}}; riktpunkten för {{what}} är {{limit}} {{per}}. Minska med {{excess}} eller stäm av nivån med ICLD.',
    },
    workInput: 'Arbetsinsatserna i {{labelLower}} är {{work}}; riktpunkten är {{limit}} {{per}}. Minska arbetsinsatserna eller stäm av med ICLD.',
  },
  'BUD-01': { title: 'Tak för förberedelse (två parter), totalt' },
  'BUD-02': { title: 'Tak för förberedelse i trepartssamarbete, totalt' },
  'BUD-03': { title: 'Riktpunkt för förberedelse i flerpartssamarbete' },
  'BUD-04': { title: 'Tak för projekt (två parter) per år' },
  'BUD-05': { title: 'Tak för projekt i trepartssamarbete per år' },
  'BUD-06': { title: 'Tak för projekt i flerpartssamarbete per år (Europa)' },
  'BUD-07': { title: 'Riktpunkt för styrgrupp per år och arbetsinsatsernas andel' },
  'BUD-14': {
    title: 'Okänt budgettak visas som okänt',
    unknown: 'Budgettaket är okänt – bekräfta det med ICLD. {{why}}',
    why: {
      noCeiling: 'Utgåvan anger inget budgettak för {{componentLower}} med {{parties}}.',
      noCountry: 'Taket beror på partnerlandets budgetregion, men inget giltigt partnerland är valt.',
      mixed: 'Partnerländerna ligger i olika budgetregioner, så taket är oklart.',
      noRegion: 'Partnerlandet hör inte till någon budgetregion med känt tak.',
    },
  },
};
