// The rule engine's public API, shared by the renderer, main and the CLI.
export { checkDraft, type CheckOptions } from './engine';
export { createIncrementalChecker, type IncrementalChecker } from './incremental';
export { countWords, createWordCounter, hasAtLeastWords, textStats, type TextStats, type WordCounter } from './word-count';
export { parseRulePack, parseRulePacks, type PackError, type PackResult } from './load-pack';
export { listEditions, defaultEditionId, findPack, explainEditionSwitch, hasKnownCeilings, maxProjectYears, sectionLimits, type EditionSummary, type EditionSwitch } from './editions';
export { editionInForce, editionPeriod, localDay, newDraftEditionId, APPROXIMATE_MARGIN_DAYS, type DefaultEditionRule, type EditionInForce, type EditionPeriod } from './edition-in-force';
export { ceilingBreachSeverity, ruleConfig, wordLimitBreachSeverity, workInputBreachSeverity } from './breach-severity';
export { applicableLimits, budgetFacts, type AppliedLimit, type BudgetFacts } from './ceilings';
export { resolveCountry, normaliseName, type CountryLookup } from './pack-index';
export { ruleDefinitions } from './registry';
export { editionDateText } from './checks/submission';
export { describeRules, type RuleDescription } from './describe';
export { applyQuickFix } from './quick-fix';
export * from './finding';
export * from './pack-schema';
export { applicablePrerequisites, applySwitch, switchEffects, type SwitchEffects } from './switch-effects';
export { annexState } from './checks/annexes';
