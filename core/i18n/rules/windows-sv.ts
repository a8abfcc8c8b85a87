/**
 * What the application-window rules say, in Swedish, keyed by rule id. The windows, deadlines and
 * closed periods are the pack's; days are written "15 februari" ({{day}} {{month}}).
 */
export const windowRulesSv = {
  dates: {
    months: {
      1: 'januari', 2: 'februari', 3: 'mars', 4: 'april', 5: 'maj', 6: 'juni',
      7: 'juli', 8: 'augusti', 9: 'september', 10: 'oktober', 11: 'november', 12: 'december',
    },
    day: '{{day}} {{month}}',
    dayInYear: '{{day}} {{month}} {{year}}',
    range: '{{from}}–{{to}}',
    and: ' och ',
  },
  'WIN-01': {
    title: 'Inlämningsdatum inom en ansökningsperiod',
    outside: 'Det planerade inlämningsdatumet ligger utanför ansökningsperioderna ({{windows}}). Välj ett datum inom en period.',
    outsideNext: 'Det planerade inlämningsdatumet ligger utanför ansökningsperioderna ({{windows}}). Välj ett datum inom en period. Nästa period öppnar {{next}}.',
  },
  'WIN-02': {
    title: 'Förberedelse kan sökas när som helst',
    anyTime: '{{component}} kan sökas när som helst under året; inlämningsdatumet kontrolleras inte mot någon ansökningsperiod.',
  },
  'WIN-03': {
    title: 'Kända sista ansökningsdagar (15 februari, 15 april)',
    noDeadline: 'Det finns ingen känd sista ansökningsdag efter inlämningsdatumet {{year}} (kända: {{known}}); höstomgångar är inte bekräftade. Nästa kända är {{next}} – fråga ICLD.',
  },
  'WIN-04': {
    title: 'Inga ansökningar under systembytet (jan–mars 2023)',
    closed: 'ICLD tog inte emot nya ansökningar {{from}} – {{to}}, innan det nya ansökningssystemet öppnade. Välj ett senare inlämningsdatum eller kontakta ICLD först.',
  },
};
