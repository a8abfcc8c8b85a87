/** What the rules about the parties' people say, in English. */
export const peopleRulesEn = {
  people: {
    contact: {
      missing: '{{party}} names no contact person. Give their name, title, e-mail and phone.',
      missingUnnamed: 'A party names no contact person. Give their name, title, e-mail and phone.',
    },
    signatory: {
      missing: '{{party}} names no authorised signatory. Say who signs for the organisation.',
      missingUnnamed: 'A party names no authorised signatory. Say who signs for the organisation.',
    },
  },
  'PPL-01': { title: 'Every party has a contact person' },
  'PPL-02': { title: 'Every party has an authorised signatory' },
  'PPL-03': {
    title: 'ICLD’s contact in the team is one of the parties’ named people',
    notNamed: '{{name}} is marked as ICLD’s contact but is neither a contact person nor a signatory of any party. Check the name, or give the person as a contact person.',
  },
};
