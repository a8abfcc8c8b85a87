/** What the applicant and partner rules say, in Swedish, keyed by rule id; type names come from the pack. */
export const applicantRulesSv = {
  applicantType: {
    none: 'Ingen typ av sökande är vald. Välj vilken typ av organisation som söker (t.ex. kommun eller region).',
    unknown: 'Typen av sökande ”{{type}}” finns inte i den här utgåvan av riktlinjerna. Välj en av de typer som får söka.',
    unconfirmed: 'Det är inte bekräftat att {{typeLower}} fick söka enligt den här utgåvan. Kontrollera med ICLD innan ni skickar in.',
    notEligible: '{{type}} får inte söka enligt den här utgåvan. Välj {{replacementLower}} om det stämmer.',
    notEligibleAtAll: '{{type}} får inte söka enligt den här utgåvan. Låt en kommun eller region vara sökande.',
    change: 'Byt till {{replacement}}',
  },
  'APP-01': { title: 'Den svenska sökandens typ får söka i utgåvan' },
  'APP-02': { title: 'Kommunala bolag och föreningar får söka först från 2023' },
  'APP-03': {
    title: 'En internationell partnerorganisation är angiven',
    noPartner: 'Ansökan saknar en internationell partner. Lägg till partnerorganisationen (lokal eller regional förvaltning) och dess land.',
    unnamed: 'Partnerorganisationen har inget namn. Skriv namnet på den lokala eller regionala förvaltning ni samarbetar med.',
  },
};
