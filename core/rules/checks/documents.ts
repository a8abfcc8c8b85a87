import type { SectionRule } from '../pack-schema';
import { finding, type RuleContext, type RuleDefinition } from '../rule';
import { field } from '../read';
import type { Draft } from '../../draft/schema';
import { planPartFilled, type PlanPart } from '../../draft/plan-parts';
import { componentNeedsRule } from './annexes';
import { wordLimitBreachSeverity } from '../breach-severity';
import { textIn, type CatalogueKey } from '../../i18n/lookup';
import { ruleText } from '../rule-text';

type Text = { sv: string; en: string };

/** What to do, per rule, when a section is missing or thin. */
const hint: Record<string, CatalogueKey> = { 'DOC-04': 'rules.DOC-04.hint', 'DOC-05': 'rules.DOC-05.hint' };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function checkSection(rule: SectionRule, d: Draft, ctx: RuleContext) {
  if (!rule.components.includes(d.component)) return [];
  const text = field(field(d, 'sections'), rule.sectionId);
  const location = { kind: 'section', sectionId: rule.sectionId } as const;
  const base = { location, sources: rule.sources, confidence: rule.confidence };
  const hintKey = hint[rule.ruleId] ?? 'rules.section.fillIn';
  const named = (lang: 'sv' | 'en') => ({ label: rule.label[lang], labelLower: lowerFirst(rule.label[lang]), hint: textIn(lang, hintKey) });
  // Most checks need only "at least n words"; the exact count is taken only for the message.
  if (rule.minWords !== undefined && !ctx.hasWords(text, rule.minWords)) {
    if (rule.orPlan && planPartFilled(d, rule.orPlan)) return [];
    const words = ctx.words(text);
    const minWords = rule.minWords;
    return [finding(ctx, { ...base,
      message: ruleText(words === 0 ? 'rules.section.missing' : 'rules.section.short', (lang) => ({ ...named(lang), count: words, minWords })) })];
  }
  // Over a soft limit warns; over a hard limit is an error (both capped by the edition's severity;
  // the editor's underline takes the same severity from wordLimitBreachSeverity).
  if (rule.maxWords !== undefined && ctx.hasWords(text, rule.maxWords + 1)) {
    const words = ctx.words(text);
    const over = words - rule.maxWords;
    const maxWords = rule.maxWords;
    return [finding(ctx, { ...base, severity: wordLimitBreachSeverity(ctx.config, rule),
      message: ruleText('rules.section.over', (lang) => ({ ...named(lang), words, maxWords, count: over })) })];
  }
  return [];
}

/** What the draft's plan parts are read from, for the incremental checker. */
const PLAN_READS: Record<PlanPart, readonly ('framework' | 'activities' | 'risks' | 'agenda2030')[]> = {
  objectives: ['framework'], indicators: ['framework'], activities: ['activities'], risks: ['risks'], goals: ['agenda2030'],
};

/** A word rule on text sections: one cached unit per section the pack lists for it. */
function sectionRule(id: string, title: Text): RuleDefinition {
  return {
    id, title,
    units: (pack) => pack.sections.filter((s) => s.ruleId === id).map((s) => ({
      key: `${id}:${s.sectionId}`,
      reads: ['component', `section:${s.sectionId}`, ...(s.orPlan ? PLAN_READS[s.orPlan] : [])] as const,
      run: (d: Draft, ctx: RuleContext) => checkSection(s, d, ctx),
    })),
  };
}

/** DOC-01: the summary stays within 200 words. */
export const doc01 = sectionRule('DOC-01', ruleText('rules.DOC-01.title'));
/** DOC-04: the LFA elements are present. */
export const doc04 = sectionRule('DOC-04', ruleText('rules.DOC-04.title'));
/** DOC-05: the mutual benefit is described. */
export const doc05 = sectionRule('DOC-05', ruleText('rules.DOC-05.title'));
/** DOC-02: a signed Letter of Intent is attached. */
export const doc02 = componentNeedsRule('DOC-02', ruleText('rules.DOC-02.title'));
