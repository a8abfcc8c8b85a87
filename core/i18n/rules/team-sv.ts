/**
 * What the team rules say, in Swedish, keyed by rule id. Figures come from the rule's parameters in
 * the edition's pack ({{perSide}}, {{min}}–{{max}}); {{Side}} is the party's name with a capital.
 * Plural forms follow i18next (`_one`, `_other`), so both languages have both.
 */
export const teamRulesSv = {
  team: { swedishSide: 'den svenska parten', partnerSide: 'partnern' },
  'TEAM-01': {
    title: 'Förberedelse: två politiker per part',
    tooFew_one: '{{Side}} har {{count}} politiker i teamet; det ska vara {{perSide}}, gärna en från majoriteten och en från oppositionen. Lägg till politiker.',
    tooFew_other: '{{Side}} har {{count}} politiker i teamet; det ska vara {{perSide}}, gärna en från majoriteten och en från oppositionen. Lägg till politiker.',
  },
  'TEAM-02': {
    title: 'Förberedelse: politiker från både majoritet och opposition',
    oneSided: 'Politikerna från {{side}} representerar inte både majoritet och opposition. Ange en politiker från vardera för att förankra partnerskapet brett.',
  },
  'TEAM-03': {
    title: 'Förberedelse: tjänstepersoner per part, en av dem samordnare',
    none: '{{Side}} har ingen tjänsteperson i teamet. Lägg till {{expected}} tjänstepersoner, varav en samordnare och ICLD:s kontaktperson.',
    noCoordinator: 'Ingen av tjänstepersonerna hos {{side}} är markerad som samordnare. Markera den som samordnar och är ICLD:s kontaktperson.',
    otherCount_one: '{{Side}} har {{count}} tjänsteperson i teamet; riktlinjerna anger {{expected}} (den svenska sidan säger ”en eller två”). Kontrollera bemanningen.',
    otherCount_other: '{{Side}} har {{count}} tjänstepersoner i teamet; riktlinjerna anger {{expected}} (den svenska sidan säger ”en eller två”). Kontrollera bemanningen.',
  },
  'TEAM-04': {
    title: 'Projekt: 3–5 tjänstepersoner per part',
    tooFew_one: '{{Side}} har {{count}} tjänsteperson i projektteamet; det ska vara {{min}}–{{max}}. Lägg till fler.',
    tooFew_other: '{{Side}} har {{count}} tjänstepersoner i projektteamet; det ska vara {{min}}–{{max}}. Lägg till fler.',
    tooMany: '{{Side}} har {{count}} tjänstepersoner i projektteamet; riktlinjerna anger {{min}}–{{max}}. Överväg ett mindre team.',
  },
  'TEAM-05': {
    title: 'Projekt: en projektledare är ICLD:s kontaktperson',
    noContact: 'Ingen i teamet hos {{side}} är markerad som projektledare och ICLD:s kontaktperson. Markera projektledaren med båda.',
  },
  'TEAM-06': {
    title: 'Representanter för civilsamhället uppmuntras',
    noCso: 'Teamet har ingen representant för civilsamhället. ICLD uppmuntrar att sådana som är relevanta för förvaltningen tas med.',
  },
};
