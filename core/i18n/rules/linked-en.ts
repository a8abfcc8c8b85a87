/** What the rules about a linked application say, in English. */
export const linkedRulesEn = {
  'LNK-01': {
    title: 'The linked application can be read and is of the right kind',
    missing: 'The linked application “{{name}}” cannot be read. Choose the file again or remove the link.',
    wrongComponent: {
      steering_group: 'The linked application “{{title}}” is not a steering-group application. Choose the right draft or remove the link.',
      project: 'The linked application “{{title}}” is not a project application. Choose the right draft or remove the link.',
    },
  },
  'LNK-02': {
    title: 'Project and steering group together per year',
    year: 'year {{year}} {{amount}}',
    combined: {
      steering_group: 'Together with the steering-group application “{{title}}”: {{years}}.',
      project: 'Together with the project application “{{title}}”: {{years}}.',
    },
  },
};
