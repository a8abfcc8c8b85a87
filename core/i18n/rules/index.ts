import { applicantRulesEn } from './applicant-en';
import { applicantRulesSv } from './applicant-sv';
import { budgetLimitRulesEn } from './budget-limits-en';
import { budgetLimitRulesSv } from './budget-limits-sv';
import { budgetLineRulesEn } from './budget-lines-en';
import { budgetLineRulesSv } from './budget-lines-sv';
import { componentRulesEn } from './component-en';
import { componentRulesSv } from './component-sv';
import { coreAreaRulesEn } from './core-areas-en';
import { countryRulesEn } from './countries-en';
import { countryRulesSv } from './countries-sv';
import { coreAreaRulesSv } from './core-areas-sv';
import { documentRulesEn } from './documents-en';
import { documentRulesSv } from './documents-sv';
import { fieldRulesEn } from './fields-en';
import { fieldRulesSv } from './fields-sv';
import { teamRulesEn } from './team-en';
import { teamRulesSv } from './team-sv';
import { windowRulesEn } from './windows-en';
import { windowRulesSv } from './windows-sv';

/**
 * What the rules say, keyed by rule id, one file per checks module (core/rules/checks/team.ts →
 * team-sv.ts, team-en.ts). Rules not listed here still write their messages inline.
 */
export const rulesSv = { ...applicantRulesSv, ...teamRulesSv, ...coreAreaRulesSv, ...documentRulesSv, ...fieldRulesSv, ...budgetLimitRulesSv, ...windowRulesSv, ...budgetLineRulesSv, ...componentRulesSv, ...countryRulesSv };
export const rulesEn = { ...applicantRulesEn, ...teamRulesEn, ...coreAreaRulesEn, ...documentRulesEn, ...fieldRulesEn, ...budgetLimitRulesEn, ...windowRulesEn, ...budgetLineRulesEn, ...componentRulesEn, ...countryRulesEn };
