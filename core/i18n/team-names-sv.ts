/**
 * The names of a team member's category and duties, in Swedish: one source for the app's team
 * table and the exported Word document, so both call a duty by the same name.
 */
export const teamNamesSv = {
  kinds: { politician: 'Politiker', civil_servant: 'Tjänsteperson', cso: 'Civilsamhälle', other: 'Annan' },
  coordinator: 'Samordnare',
  icldContact: 'ICLD-kontakt',
  projectManager: 'Projektledare',
};
