/**
 * What the component, duration and prerequisite rules say, in Swedish, keyed by rule id. Component
 * names, the list of components and the month limits come from the pack.
 */
export const componentRulesSv = {
  'COMP-01': {
    title: 'Ansökningstypen finns i utgåvan',
    unknown: 'Ansökningstypen ”{{component}}” finns inte i den här utgåvan. Välj en av: {{components}}.',
    unconfirmed: 'Det är inte bekräftat att ansökningstypen {{component}} finns i den här utgåvan. Fråga ICLD innan ni lägger tid på ansökan.',
    notOffered: 'Ansökningstypen {{component}} kan inte sökas i den här utgåvan. Välj en av: {{components}}.',
  },
  duration: {
    endsBeforeStart: 'Periodens slutdatum ligger före startdatumet. Rätta datumen.',
    tooLong: 'Perioden är {{months}} månader; {{componentLower}} får vara högst {{maxMonths}} månader. Korta perioden.',
    tooShort: 'Perioden är {{months}} månader; {{componentLower}} brukar vara minst {{minMonths}} månader. Kontrollera datumen.',
  },
  'DUR-01': { title: 'Förberedelse pågår högst cirka ett år' },
  'DUR-02': { title: 'Ett projekt pågår 12–36 månader' },
  prerequisite: {
    priorInception: 'Ett nytt partnerskap brukar först söka förberedelse. Ange om ni har haft en förberedelse eller ett tidigare partnerskap, annars fråga ICLD.',
    existingPartnership: '{{component}} är avsedd för befintliga partnerskap. Ange det partnerskap ni bygger vidare på, eller fråga ICLD.',
  },
  'PRE-01': { title: 'Projektplaneringsverktyget är ifyllt' },
  'PRE-02': { title: 'Förberedelse före projekt i nya partnerskap' },
  'PRE-03': { title: 'Projekt åtföljs av styrgruppsansökan' },
  'PRE-04': { title: 'Utveckling/breddning och spridning bygger på befintligt partnerskap' },
};
