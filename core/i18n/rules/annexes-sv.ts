/** What the annex and prerequisite rules say, in Swedish. Annex names come from the pack. */
export const annexRulesSv = {
  annex: {
    missing: {
      letter_of_intent: 'Ingen undertecknad avsiktsförklaring (Letter of Intent) finns bland bilagorna. Skanna in den undertecknade och markera den som undertecknad.',
      planning_tool: 'Resultatet från ICLD:s projektplaneringsverktyg finns inte bland bilagorna. Fyll i verktyget tillsammans med partnern och bifoga resultatet.',
      steering_group_application: 'En projektansökan brukar åtföljas av en ansökan för styrgruppen. Lägg till styrgruppsansökan bland bilagorna eller koppla styrgruppsutkastet.',
    },
    missingOther: '{{annex}} finns inte bland bilagorna. Lägg till den.',
    draft: '{{annex}} är bara ett utkast. Markera bilagan som undertecknad när den slutliga versionen finns.',
  },
  prerequisiteYear: {
    priorInception: {
      details: 'Ange år och ICLD:s diarienummer för förberedelsen, så att ICLD hittar den.',
      later: 'Förberedelsen är angiven till {{year}}, efter det planerade inlämningsåret {{submitted}}. Kontrollera året.',
    },
    existingPartnership: {
      details: 'Ange år och ICLD:s diarienummer för det tidigare partnerskapet, så att ICLD hittar det.',
      later: 'Partnerskapet är angivet från {{year}}, efter det planerade inlämningsåret {{submitted}}. Kontrollera året.',
    },
  },
};
