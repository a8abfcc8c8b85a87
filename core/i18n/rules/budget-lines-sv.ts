/** What the budget-line rules say, in Swedish, keyed by rule id; category names come from the pack. */
export const budgetLineRulesSv = {
  category: {
    none: 'Budgetraden saknar kostnadsslag. Välj ett av utgåvans kostnadsslag.',
    unknown: 'Kostnadsslaget ”{{category}}” nämns inte i budgetriktlinjerna, och det som inte nämns finansieras inte. Välj ett av utgåvans kostnadsslag.',
    unconfirmed: 'Det är inte känt hur ICLD behandlar {{categoryLower}} i budgeten i den här utgåvan. Bekräfta med ICLD att kostnaden får tas med.',
    notFinanced: '{{category}} nämns inte bland de kostnader som finansieras. Ta bort raden eller välj ett stödberättigande kostnadsslag.',
    word: 'Beskrivningen nämner ”{{word}}”, vilket låter som {{categoryLower}}, och det finansieras inte. Ta bort raden eller skriv vad kostnaden avser.',
    removeLine: 'Ta bort raden',
    moveTo: 'Flytta beloppet till {{category}}',
  },
  'BUD-08': {
    title: 'Flerårig budget redovisas per projektår',
    oneYear: 'Perioden omfattar {{years}} projektår men hela budgeten ligger på ett år. Fördela budgetraderna per projektår.',
    pastPeriod_one: 'Budgetraden ligger på år {{year}}, men perioden omfattar bara {{count}} projektår. Ändra året eller förläng perioden.',
    pastPeriod_other: 'Budgetraden ligger på år {{year}}, men perioden omfattar bara {{count}} projektår. Ändra året eller förläng perioden.',
  },
  'BUD-09': {
    title: 'Inga löner i budgeten',
    notFinanced: 'Löner finansieras inte. Ta bort raden; ersättning för arbetstid budgeteras som arbetsinsatser.',
    word: 'Beskrivningen nämner ”{{word}}”: ICLD betalar inte löner. Gäller raden arbetstid i projektet, hör den till arbetsinsatser och beskrivningen ska säga det; gäller den lön, ta bort raden.',
  },
  'BUD-10': {
    title: 'Inget traktamente i budgeten',
    notFinanced: 'Traktamente finansieras inte. Ta bort raden och budgetera de faktiska kostnaderna för arbetsprogrammet.',
    word: 'Beskrivningen nämner ”{{word}}”: traktamente finansieras inte, oavsett kostnadsslag. Ta bort raden och budgetera de faktiska kostnaderna för arbetsprogrammet.',
  },
  'BUD-11': {
    title: 'Inga kostnader för dagar utöver arbetsprogrammet',
    notFinanced: 'Mat, logi och aktiviteter under dagar utöver arbetsprogrammet betalas inte, och förlängda resor får inte höja resekostnaden. Ta bort raden eller begränsa den till arbetsdagarna.',
  },
  'BUD-12': { title: 'Bara kostnadsslag som budgetriktlinjerna nämner' },
  'BUD-13': {
    title: 'Kostnader som blev stödberättigande 2019',
    notFinanced: '{{category}} blev stödberättigande först med revideringen 2019 och finansieras inte enligt den här utgåvan. Ta bort raden eller byt utgåva om ansökan gäller 2019 eller senare.',
  },
  'DOC-06': {
    title: 'Budgetraderna har namn som går att rapportera mot',
    noDescription: 'Budgetraden saknar beskrivning. Rapporterna ska följa den beviljade budgetens rader, så ge raden ett tydligt namn.',
  },
  'REP-01': {
    title: 'Förskottering: ICLD betalar ut efter rapport',
    preFinance: 'Den svenska parten förskotterar kostnaderna; ICLD betalar ut efter del- eller slutrapport. Planera likviditeten därefter.',
  },
};
