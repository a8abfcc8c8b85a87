/**
 * The budget spreadsheet's words in Swedish (the .xlsx export): sheet names, column headings and
 * the ceiling rows. Sheet names are at most 31 characters, as spreadsheet programs require.
 */
export const budgetSheetSv = {
  summarySheet: 'Sammanställning',
  linesSheet: 'Budgetrader',
  title: 'Budget – {{title}}',
  untitled: 'Namnlös ansökan',
  applicantFallback: 'Sökande',
  allParties: 'Alla parter',
  party: 'Part',
  currencyNote: 'Belopp i kronor (SEK). Summorna är formler och räknas om när du ändrar raderna.',
  category: 'Kostnadsslag',
  year: 'År {{n}}',
  yearColumn: 'År',
  total: 'Summa',
  description: 'Beskrivning',
  activity: 'Aktivitet',
  amount: 'Belopp (kr)',
  noActivity: '–',
  ceilingMax: 'Tak per år',
  ceilingMaxTotal: 'Tak för hela perioden',
  ceilingGuide: 'Riktpunkt per år',
  ceilingGuideTotal: 'Riktpunkt för hela perioden',
  exceeded: 'Överskrids?',
  yes: 'Ja',
  no: 'Nej',
  ceilingUnknown: 'Tak: okänt för den här utgåvan – fråga ICLD.',
  invalidAmount: 'Kunde inte läsas: ”{{typed}}” (ingår inte i summorna)',
  noLines: 'Inga budgetrader ännu.',
};
