/**
 * What the partner-country rules say, in Swedish, keyed by rule id. Country and cluster names and
 * codes come from the pack; {{text}} is what was typed.
 */
export const countryRulesSv = {
  country: {
    none: 'Inget partnerland är valt. Välj partnerorganisationens land.',
    unknown: '”{{text}}” är inte ett partnerland i den här utgåvan. Välj ett av utgåvans partnerländer.',
    unconfirmed: 'Det är inte bekräftat att {{country}} är partnerland i den här utgåvan. Kontrollera med ICLD.',
    notPartner: '{{country}} är inte partnerland i den här utgåvan. Välj ett av utgåvans partnerländer.',
    cluster: '{{cluster}} ({{countries}})',
  },
  'CTY-01': { title: 'Partnerlandet finns i utgåvans lista' },
  'CTY-02': {
    title: 'Belarus och Indien är inte partnerländer från 2019',
    removed: '{{country}} togs bort som partnerland 2019. Ett partnerskap med {{country}} kan inte få stöd enligt den här utgåvan; välj ett annat partnerland.',
  },
  'CTY-03': {
    title: 'Landets namn tolkas och sparas som landskod',
    readAs: '”{{text}}” tolkas som {{country}} ({{code}}). Spara landet som landskod så att kontrollerna och exporten blir rätt.',
    replace: 'Ersätt med {{country}} ({{code}})',
  },
  'CTY-04': {
    title: 'Partnerlandet hör till ett av de fyra klustren',
    noCluster: '{{country}} hör inte till något av utgåvans fyra kluster. Välj ett land i ett kluster: {{clusters}}.',
  },
  'CTY-05': {
    title: 'Länder som inte är partnerländer från 2023',
    left: '{{country}} finns inte med bland partnerländerna från 2023. Sidan som listar dem är inte helt läsbar, så fråga ICLD om det finns övergångsregler – annars välj ett land i klustren.',
  },
  'CTY-06': {
    title: 'Den senare klusterlistan (Rwanda med, Bosnien och Hercegovina inte)',
    notListed: '{{country}} finns inte med i den senare klusterlistan. Listans datum är osäkert – kontrollera med ICLD att {{country}} fortfarande är partnerland.',
  },
  'CTY-07': {
    title: 'Kosovo lagras som XK (ingen officiell ISO-kod)',
    kosovo: 'Kosovo har ingen officiell ISO-landskod; appen använder XK. I Word-dokumentet skrivs landets namn ut.',
  },
};
