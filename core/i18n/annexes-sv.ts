/** The annexes and prerequisites card, and the people of each party, in Swedish. */
export const annexesSv = {
  legend: 'Bilagor',
  hint: 'Bilagorna laddas upp i ICLD:s webbformulär. Här noterar du hur långt varje bilaga har kommit och var filen finns; filen kopieras inte in i utkastet.',
  state: 'Status',
  states: { missing: 'Saknas', draft: 'Utkast', signed: 'Klar/undertecknad' },
  file: 'Fil',
  noFile: 'Ingen fil vald',
  chooseFile: 'Välj fil…',
  changeFile: 'Byt fil…',
  removeFile: 'Ta bort filkopplingen för {{annex}}',
  fileFound: 'finns',
  fileMissing: 'hittas inte längre',
  pickTitle: 'Välj filen för {{annex}}',
  none: 'Den här ansökningstypen har inga bilagor i utgåvan.',
  prerequisitesLegend: 'Förutsättningar',
  prerequisite: { priorInception: 'Vi har genomfört en förberedelse', existingPartnership: 'Partnerskapet finns sedan tidigare (tidigare projekt)' },
  /** The same, as a name that fits in a sentence of a notice. */
  prerequisiteShort: { priorInception: 'Genomförd förberedelse', existingPartnership: 'Befintligt partnerskap' },
  year: 'År',
  reference: 'ICLD:s diarienummer',
  referencePlaceholder: 'T.ex. 2022-0147',
  people: {
    contact: 'Kontaktperson', signatory: 'Behörig firmatecknare',
    name: 'Namn', title: 'Titel', email: 'E-post', phone: 'Telefon',
    partnerType: 'Typ av organisation',
  },
};
