/** What the rule on unreadable amounts and dates says, in Swedish; {{text}} is what was typed, quoted. */
export const fieldRulesSv = {
  'FLD-01': {
    title: 'Belopp och datum går att läsa',
    quoted: '”{{text}}”',
    date: { start: 'projektets startdatum', end: 'projektets slutdatum', submission: 'inlämningsdatumet' },
    amountHint: {
      'not-a-number': 'Skriv beloppet med siffror i kronor, till exempel 20 000.',
      negative: 'Ett belopp kan inte vara negativt; skriv kostnaden som ett positivt belopp.',
      'too-many-decimals': 'Ett belopp har högst två decimaler (öre).',
      'too-large': 'Beloppet är för stort för att räknas exakt; kontrollera siffrorna.',
    },
    line: 'budgetrad {{n}}',
    lineDescribed: 'budgetrad {{n}} ({{description}})',
    orphanAmount: 'Beloppet {{text}} hör till en budgetrad som inte längre finns i utkastet.',
    removeAmount: 'Ta bort det inskrivna beloppet',
    unreadableAmount: 'Beloppet {{text}} på {{line}} kunde inte läsas som ett belopp och räknas inte med i summan. {{hint}}',
    clearField: 'Töm fältet',
    incompleteDate: '{{Date}} är inte helt ifyllt. Fyll i år, månad och dag, eller töm fältet.',
    unreadableDate: '{{text}} kunde inte läsas som {{date}}. Ange ett datum som finns, som ÅÅÅÅ-MM-DD.',
    unreadableIndicatorDate: '{{text}} kunde inte läsas som målvärdets datum för indikator {{n}}. Ange ett datum som finns, som ÅÅÅÅ-MM-DD.',
    orphanIndicatorDate: 'Datumet {{text}} hör till en indikator som inte längre finns i utkastet.',
    unreadableTargets_one: 'Delmålet {{list}} finns inte i Agenda 2030 och räknas inte med. Skriv delmålen med nummer, till exempel 5.5 eller 16.b.',
    unreadableTargets_other: 'Delmålen {{list}} finns inte i Agenda 2030 och räknas inte med. Skriv delmålen med nummer, till exempel 5.5 eller 16.b.',
    dropUnreadableTargets_one: 'Ta bort det som inte är ett delmål',
    dropUnreadableTargets_other: 'Ta bort det som inte är delmål',
  },
};
