import type { SameKeys } from '../same-keys';
import type { windowRulesSv } from './windows-sv';

/** What the application-window rules say, in English (see windows-sv.ts). */
export const windowRulesEn: SameKeys<typeof windowRulesSv> = {
  dates: {
    months: {
      1: 'January', 2: 'February', 3: 'March', 4: 'April', 5: 'May', 6: 'June',
      7: 'July', 8: 'August', 9: 'September', 10: 'October', 11: 'November', 12: 'December',
    },
    day: '{{day}} {{month}}',
    dayInYear: '{{day}} {{month}} {{year}}',
    range: '{{from}}–{{to}}',
    and: ' and ',
  },
  'WIN-01': {
    title: 'Submission date within an application window',
    outside: 'The planned submission date is outside the application windows ({{windows}}). Choose a date inside a window.',
    outsideNext: 'The planned submission date is outside the application windows ({{windows}}). Choose a date inside a window. The next window opens on {{next}}.',
  },
  'WIN-02': {
    title: 'An inception can be applied for at any time',
    anyTime: '{{component}} can be applied for at any time of year; the submission date is not checked against a window.',
  },
  'WIN-03': {
    title: 'Known last application days (15 February, 15 April)',
    noDeadline: 'There is no known last application day after the submission date in {{year}} (known: {{known}}); autumn rounds are not confirmed. The next known one is {{next}} – ask ICLD.',
  },
  'WIN-04': {
    title: 'No applications during the system change (Jan–Mar 2023)',
    closed: 'ICLD accepted no new applications from {{from}} to {{to}}, before the new application system opened. Choose a later submission date or contact ICLD first.',
  },
};
