/** What the core-area and objective rules say, in Swedish, keyed by rule id; names and lists come from the pack. */
export const coreAreaRulesSv = {
  'CORE-01': {
    title: 'Minst ett demokratiskt kärnområde är valt',
    noneChosen: 'Inget demokratiskt kärnområde är valt. Välj minst ett: {{areas}}.',
  },
  'CORE-02': {
    title: 'Varje valt kärnområde är motiverat i text',
    unexplained: 'Kärnområdet {{area}} är valt men inte motiverat. Förklara hur projektet stärker {{areaLower}}.',
    short_one: 'Motiveringen av kärnområdet {{area}} är mycket kort ({{count}} ord). Beskriv med minst {{minWords}} ord hur projektet stärker det.',
    short_other: 'Motiveringen av kärnområdet {{area}} är mycket kort ({{count}} ord). Beskriv med minst {{minWords}} ord hur projektet stärker det.',
  },
  'OBJ-01': {
    title: 'Mål eller målgrupper knyter an till programmets mål från 2023',
    noAim: 'Mål och målgrupper nämner inget av programmets mål: {{aims}}. Beskriv vilket av dem projektet bidrar till.',
  },
};
