/** The annexes and prerequisites card, and the people of each party, in English. */
export const annexesEn = {
  legend: 'Annexes',
  hint: 'The annexes are uploaded in ICLD’s online form. Note here how far each annex has come and where its file is; the file is not copied into the draft.',
  state: 'State',
  states: { missing: 'Missing', draft: 'Draft', signed: 'Final/signed' },
  file: 'File',
  noFile: 'No file chosen',
  chooseFile: 'Choose file…',
  changeFile: 'Change file…',
  removeFile: 'Forget the file of {{annex}}',
  fileFound: 'found',
  fileMissing: 'no longer found',
  pickTitle: 'Choose the file of {{annex}}',
  none: 'This component has no annexes in the edition.',
  prerequisitesLegend: 'Prerequisites',
  prerequisite: { priorInception: 'We have completed an inception phase (förberedelse)', existingPartnership: 'The partnership already exists (earlier project)' },
  /** The same, as a name that fits in a sentence of a notice. */
  prerequisiteShort: { priorInception: 'Completed inception', existingPartnership: 'Existing partnership' },
  year: 'Year',
  reference: 'ICLD reference number',
  referencePlaceholder: 'E.g. 2022-0147',
  people: {
    contact: 'Contact person', signatory: 'Authorised signatory',
    name: 'Name', title: 'Title', email: 'E-mail', phone: 'Phone',
    partnerType: 'Type of organisation',
  },
};
