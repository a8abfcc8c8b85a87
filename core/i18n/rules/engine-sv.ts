/** What the rule engine itself says, in Swedish: when a rule met data it could not read. */
export const engineRulesSv = {
  engine: { damaged: 'Regeln kunde inte kontrolleras eftersom en del av utkastet är skadad.' },
};
