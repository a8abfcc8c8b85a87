import type { SectionRule } from '../pack-schema';
import type { QuickFix } from '../finding';
import { finding, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, field } from '../read';
import { ruleText } from '../rule-text';
import type { Draft } from '../../draft/schema';
import { listed } from './plan-rule';

/**
 * DOC-03: the Agenda 2030 link is stated as data. ICLD tags each partnership with the Sustainable
 * Development Goals it contributes to, so the goals are chosen in the draft (agenda2030.goals);
 * the text section still tells the story. Which components it applies to, and the section that
 * holds the story, are the pack's `sections` entries for DOC-03.
 */

const goalsOf = (d: Draft) => asArray(field(d.agenda2030, 'goals')).filter((g) => typeof g === 'number' && Number.isInteger(g) && g >= 1 && g <= 17);

/** Goal numbers the text names ("mål 11", "SDG 5", "Goal 16"), in order, each once. */
function goalsNamed(text: unknown): number[] {
  const parts: string[] = [];
  const walk = (n: unknown, depth: number): void => {
    if (depth > 200) return;
    if (Array.isArray(n)) { for (const x of n) walk(x, depth + 1); return; }
    const t = field(n, 'text');
    if (typeof t === 'string') parts.push(t);
    else walk(field(n, 'children'), depth + 1);
  };
  walk(text, 0);
  const out: number[] = [];
  for (const m of parts.join(' ').toLowerCase().matchAll(/(?<!\p{L})(?:sdg|mål|målet|goal)\s*(?:nr\.?\s*|nummer\s*|no\.?\s*)?(\d{1,2})(?!\d)/gu)) {
    const g = Number(m[1]);
    if (g >= 1 && g <= 17 && !out.includes(g)) out.push(g);
  }
  return out;
}

function chooseFix(goals: number[]): QuickFix {
  const sorted = [...goals].sort((a, b) => a - b);
  return { label: ruleText('rules.DOC-03.choose', (l) => ({ count: sorted.length, goals: listed(sorted.map(String), l) })), edits: [{ path: ['agenda2030', 'goals'], value: sorted }] };
}

function check(rule: SectionRule, d: Draft, ctx: RuleContext) {
  if (!rule.components.includes(d.component) || goalsOf(d).length > 0) return [];
  const text = field(field(d, 'sections'), rule.sectionId);
  const base = { location: { kind: 'agenda2030' } as const, sources: rule.sources, confidence: rule.confidence };
  // A written link is the story without the tags: advice, not a warning, and the goals it names are offered.
  if (ctx.hasWords(text, rule.minWords ?? 1)) {
    const named = goalsNamed(text);
    return [finding(ctx, { ...base, severity: 'info', message: ruleText('rules.DOC-03.noGoalsChosen'), ...(named.length ? { fix: chooseFix(named) } : {}) })];
  }
  return [finding(ctx, { ...base, message: ruleText('rules.DOC-03.noGoals') })];
}

export const doc03: RuleDefinition = {
  id: 'DOC-03',
  title: ruleText('rules.DOC-03.title'),
  units: (pack) => pack.sections.filter((s) => s.ruleId === 'DOC-03').map((s) => ({
    key: `DOC-03:${s.sectionId}`,
    reads: ['component', 'agenda2030', `section:${s.sectionId}`] as const,
    run: (d: Draft, ctx: RuleContext) => check(s, d, ctx),
  })),
};
