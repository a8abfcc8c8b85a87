import { annexRulesEn } from './annexes-en';
import { annexRulesSv } from './annexes-sv';
import { applicantRulesEn } from './applicant-en';
import { applicantRulesSv } from './applicant-sv';
import { budgetLimitRulesEn } from './budget-limits-en';
import { budgetLimitRulesSv } from './budget-limits-sv';
import { budgetLineRulesEn } from './budget-lines-en';
import { budgetLineRulesSv } from './budget-lines-sv';
import { componentRulesEn } from './component-en';
import { componentRulesSv } from './component-sv';
import { coreAreaRulesEn } from './core-areas-en';
import { coreAreaRulesSv } from './core-areas-sv';
import { countryRulesEn } from './countries-en';
import { countryRulesSv } from './countries-sv';
import { documentRulesEn } from './documents-en';
import { documentRulesSv } from './documents-sv';
import { engineRulesEn } from './engine-en';
import { engineRulesSv } from './engine-sv';
import { fieldRulesEn } from './fields-en';
import { fieldRulesSv } from './fields-sv';
import { linkedRulesEn } from './linked-en';
import { linkedRulesSv } from './linked-sv';
import { peopleRulesEn } from './people-en';
import { peopleRulesSv } from './people-sv';
import { planRulesEn } from './plan-en';
import { planRulesSv } from './plan-sv';
import { submissionRulesEn } from './submission-en';
import { submissionRulesSv } from './submission-sv';
import { teamRulesEn } from './team-en';
import { teamRulesSv } from './team-sv';
import { windowRulesEn } from './windows-en';
import { windowRulesSv } from './windows-sv';

/**
 * What the rules say (`rules.<rule id>.title` and its messages), one file per checks module
 * (core/rules/checks/team.ts → team-sv.ts, team-en.ts); texts several rules of a module share sit
 * under a lower-case group (rules.country, rules.section …).
 */
export const rulesSv = {
  ...annexRulesSv, ...applicantRulesSv, ...budgetLimitRulesSv, ...budgetLineRulesSv, ...componentRulesSv, ...coreAreaRulesSv,
  ...countryRulesSv, ...documentRulesSv, ...engineRulesSv, ...fieldRulesSv, ...linkedRulesSv, ...peopleRulesSv, ...planRulesSv, ...submissionRulesSv, ...teamRulesSv, ...windowRulesSv,
};
export const rulesEn = {
  ...annexRulesEn, ...applicantRulesEn, ...budgetLimitRulesEn, ...budgetLineRulesEn, ...componentRulesEn, ...coreAreaRulesEn,
  ...countryRulesEn, ...documentRulesEn, ...engineRulesEn, ...fieldRulesEn, ...linkedRulesEn, ...peopleRulesEn, ...planRulesEn, ...submissionRulesEn, ...teamRulesEn, ...windowRulesEn,
};
