/** What the rules about the parties' people say, in Swedish. */
export const peopleRulesSv = {
  people: {
    contact: {
      missing: '{{party}} har ingen kontaktperson angiven. Ange namn, titel, e-post och telefon.',
      missingUnnamed: 'En part har ingen kontaktperson angiven. Ange namn, titel, e-post och telefon.',
    },
    signatory: {
      missing: '{{party}} har ingen behörig firmatecknare angiven. Ange vem som undertecknar för organisationen.',
      missingUnnamed: 'En part har ingen behörig firmatecknare angiven. Ange vem som undertecknar för organisationen.',
    },
  },
  'PPL-01': { title: 'Varje part har en kontaktperson' },
  'PPL-02': { title: 'Varje part har en behörig firmatecknare' },
  'PPL-03': {
    title: 'ICLD:s kontaktperson i projektgruppen är en av parternas namngivna personer',
    notNamed: '{{name}} är markerad som ICLD:s kontaktperson men är varken kontaktperson eller firmatecknare för någon part. Kontrollera namnet, eller ange personen som kontaktperson.',
  },
};
