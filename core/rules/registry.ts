import type { RuleDefinition } from './rule';
import { app01, app02, app03 } from './checks/applicant';
import { bud01, bud02, bud03, bud04, bud05, bud06, bud07, bud14 } from './checks/budget-limits';
import { bud08, bud09, bud10, bud11, bud12, bud13, doc06, rep01 } from './checks/budget-lines';
import { lnk01, lnk02 } from './checks/linked';
import { comp01, dur01, dur02, pre01, pre02, pre03, pre04 } from './checks/component';
import { core01, core02, obj01 } from './checks/core-areas';
import { cty01, cty02, cty03, cty04, cty05, cty06, cty07 } from './checks/countries';
import { doc01, doc02, doc04, doc05 } from './checks/documents';
import { doc03 } from './checks/agenda2030';
import { lf01, lf03, lf05, lf06, lf07, lf08, lf09 } from './checks/framework';
import { ap02, ap03, ap04, lf04 } from './checks/activities';
import { lf16 } from './checks/narrative';
import { ap06, ap07, ap09, ap10, ap11 } from './checks/plan-budget';
import { rk01, rk05 } from './checks/risks';
import { team01, team02, team03, team04, team05, team06 } from './checks/team';
import { win01, win02, win03, win04 } from './checks/windows';
import { fld01 } from './checks/fields';
import { win05 } from './checks/submission';
import { ppl01, ppl02, ppl03 } from './checks/people';

/** Every rule the engine implements, in the fact sheet's order. Packs choose which apply. */
export const ruleDefinitions: readonly RuleDefinition[] = [
  app01, app02, app03,
  cty01, cty02, cty03, cty04, cty05, cty06, cty07,
  core01, core02, obj01,
  comp01,
  win01, win02, win03, win04, win05,
  dur01, dur02,
  bud01, bud02, bud03, bud04, bud05, bud06, bud07, bud08, bud09, bud10, bud11, bud12, bud13, bud14,
  team01, team02, team03, team04, team05, team06,
  ppl01, ppl02, ppl03,
  pre01, pre02, pre03, pre04, lnk01, lnk02,
  doc01, doc02, doc03, doc04, doc05, doc06,
  rep01,
  lf01, lf03, lf04, lf05, lf06, lf07, lf08, lf09, lf16,
  ap02, ap03, ap04, ap06, ap07, ap09, ap10, ap11,
  rk01, rk05,
  fld01,
];

/** The implementation of a rule id, if the engine has one. */
export const ruleDefinition: ReadonlyMap<string, RuleDefinition> = new Map(ruleDefinitions.map((r) => [r.id, r]));
