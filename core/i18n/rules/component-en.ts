import type { SameKeys } from '../same-keys';
import type { componentRulesSv } from './component-sv';

/** What the component, duration and prerequisite rules say, in English (see component-sv.ts). */
export const componentRulesEn: SameKeys<typeof componentRulesSv> = {
  'COMP-01': {
    title: 'The component exists in the edition',
    unknown: 'The component "{{component}}" does not exist in this edition. Choose one of: {{components}}.',
    unconfirmed: 'It is not confirmed that the component {{component}} exists in this edition. Ask ICLD before you put time into the application.',
    notOffered: 'The component {{component}} cannot be applied for in this edition. Choose one of: {{components}}.',
  },
  duration: {
    endsBeforeStart: 'The period ends before it starts. Correct the dates.',
    tooLong: 'The period is {{months}} months; {{componentLower}} may last at most {{maxMonths}} months. Shorten the period.',
    tooShort: 'The period is {{months}} months; {{componentLower}} usually lasts at least {{minMonths}} months. Check the dates.',
  },
  'DUR-01': { title: 'An inception lasts at most about one year' },
  'DUR-02': { title: 'A project lasts 12–36 months' },
  prerequisite: {
    priorInception: 'A new partnership usually applies for an inception first. State whether you had an inception or an earlier partnership, or ask ICLD.',
    existingPartnership: '{{component}} is meant for existing partnerships. State the partnership you build on, or ask ICLD.',
  },
  'PRE-01': { title: 'The project-planning tool is completed' },
  'PRE-02': { title: 'Inception before a project in new partnerships' },
  'PRE-03': { title: 'A project comes with a steering-group application' },
  'PRE-04': { title: 'Development/expansion and dissemination build on an existing partnership' },
};
