import type { Severity } from './finding';
import { indexPack } from './pack-index';
import type { BudgetLimit, Confidence, RuleConfig, RulePack, SectionRule } from './pack-schema';
import { capSeverity } from './rule';

/**
 * The severity of the finding a breach gives, for the checks that report it and for the UI that
 * marks the same breach in place (the counter, the underline, the ceiling bar): one computation,
 * so a mark and its finding can never disagree.
 */

function breach(config: RuleConfig, wanted: Severity, datum: Confidence): Severity {
  return capSeverity(config.severity, wanted, [config.confidence, datum]);
}

/** Over a ceiling: the rule's severity; over a guide value (riktpunkt): at most a warning. */
export function ceilingBreachSeverity(config: RuleConfig, limit: Pick<BudgetLimit, 'kind' | 'confidence'>): Severity {
  return breach(config, limit.kind === 'max' ? 'error' : 'warning', limit.confidence);
}

/** Work input over its guide value: at most a warning. */
export function workInputBreachSeverity(config: RuleConfig, limit: Pick<BudgetLimit, 'confidence'>): Severity {
  return breach(config, 'warning', limit.confidence);
}

/** Text over a section's word limit: a warning when the limit is soft, the rule's severity when hard. */
export function wordLimitBreachSeverity(config: RuleConfig, rule: Pick<SectionRule, 'limit' | 'confidence'>): Severity {
  return breach(config, rule.limit === 'hard' ? 'error' : 'warning', rule.confidence);
}

/** How an edition applies a rule, or undefined when it does not (then no finding can arise). */
export function ruleConfig(pack: RulePack, ruleId: string): RuleConfig | undefined {
  return indexPack(pack).rule.get(ruleId);
}
