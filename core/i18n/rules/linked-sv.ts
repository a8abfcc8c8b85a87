/** What the rules about a linked application say, in Swedish. */
export const linkedRulesSv = {
  'LNK-01': {
    title: 'Den länkade ansökan går att läsa och är av rätt slag',
    missing: 'Den länkade ansökan ”{{name}}” går inte att läsa. Välj filen på nytt eller ta bort länken.',
    wrongComponent: {
      steering_group: 'Den länkade ansökan ”{{title}}” är ingen styrgruppsansökan. Välj rätt utkast eller ta bort länken.',
      project: 'Den länkade ansökan ”{{title}}” är ingen projektansökan. Välj rätt utkast eller ta bort länken.',
    },
  },
  'LNK-02': {
    title: 'Projekt och styrgrupp tillsammans per år',
    year: 'år {{year}} {{amount}}',
    combined: {
      steering_group: 'Tillsammans med styrgruppsansökan ”{{title}}”: {{years}}.',
      project: 'Tillsammans med projektansökan ”{{title}}”: {{years}}.',
    },
  },
};
