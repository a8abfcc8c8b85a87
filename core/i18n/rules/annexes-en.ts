/** What the annex and prerequisite rules say, in English. Annex names come from the pack. */
export const annexRulesEn = {
  annex: {
    missing: {
      letter_of_intent: 'No signed Letter of Intent is among the annexes. Scan the signed letter and mark it as signed.',
      planning_tool: 'The output of ICLD’s project-planning tool is not among the annexes. Complete the tool with your partner and attach the result.',
      steering_group_application: 'A project application is usually accompanied by a steering-group application. Add it to the annexes or link the steering-group draft.',
    },
    missingOther: '{{annex}} is not among the annexes. Add it.',
    draft: '{{annex}} is only a draft. Mark the annex as signed once the final version exists.',
  },
  prerequisiteYear: {
    priorInception: {
      details: 'Give the year and ICLD’s reference number of the inception, so that ICLD can find it.',
      later: 'The inception is given as {{year}}, after the planned year of submission {{submitted}}. Check the year.',
    },
    existingPartnership: {
      details: 'Give the year and ICLD’s reference number of the earlier partnership, so that ICLD can find it.',
      later: 'The partnership is given as starting in {{year}}, after the planned year of submission {{submitted}}. Check the year.',
    },
  },
};
