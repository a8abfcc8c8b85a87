/**
 * What the text-section rules say, in Swedish, keyed by rule id. {{label}} is the section's name in
 * the pack, the word limits are the pack's; a rule's `hint` says what the section should hold.
 */
export const documentRulesSv = {
  section: {
    missing: '{{label}} saknas. {{hint}}',
    short_one: '{{label}} är mycket kort ({{count}} ord, minst {{minWords}}). {{hint}}',
    short_other: '{{label}} är mycket kort ({{count}} ord, minst {{minWords}}). {{hint}}',
    over_one: '{{label}}: {{words}} ord; gränsen är {{maxWords}} ord. Korta med {{count}} ord.',
    over_other: '{{label}}: {{words}} ord; gränsen är {{maxWords}} ord. Korta med {{count}} ord.',
    fillIn: 'Fyll i avsnittet.',
  },
  'DOC-01': { title: 'Sammanfattningen håller sig inom ordgränsen' },
  'DOC-02': { title: 'Undertecknad avsiktsförklaring (Letter of Intent) bifogad' },
  'DOC-03': {
    title: 'Målen i Agenda 2030 är valda',
    noGoals: 'Inga globala mål är valda och kopplingen till Agenda 2030 är inte beskriven. Välj de mål i Agenda 2030 som partnerskapet bidrar till – ICLD märker varje partnerskap med dem – och beskriv kopplingen i texten.',
    noGoalsChosen: 'Kopplingen till Agenda 2030 är beskriven i texten, men inga globala mål är valda. Välj de mål partnerskapet bidrar till; ICLD märker varje partnerskap med dem.',
    choose_one: 'Välj mål {{goals}}, som texten nämner',
    choose_other: 'Välj målen {{goals}}, som texten nämner',
  },
  'DOC-04': {
    title: 'LFA-delarna finns med',
    hint: 'ICLD:s projektplanering bygger på LFA: problem, övergripande mål, projektmål, resultat, aktiviteter, indikatorer och risker ska finnas med.',
  },
  'DOC-05': {
    title: 'Den ömsesidiga nyttan är beskriven',
    hint: 'Skriv vad den svenska parten lär sig och får ut av samarbetet – båda parter ska ha nytta.',
  },
};
