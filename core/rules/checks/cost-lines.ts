import type { Draft } from '../../draft/schema';
import type { Finding, QuickFix } from '../finding';
import type { CostCategory } from '../pack-schema';
import { finding, type RuleContext } from '../rule';
import { asArray, asString, field } from '../read';
import { findCostWord } from '../cost-words';
import { ruleText, type RuleTextKey } from '../rule-text';

/** Removes the line wherever it is by then (named by id, not position). */
export function removeLineFix(lineId: string): QuickFix {
  return { label: ruleText('rules.category.removeLine'), edits: [{ path: ['budget', { id: lineId }], remove: true }] };
}

/**
 * The quick fix for a line of a category the edition does not pay for: move its amount to the
 * eligible category the pack names for it (salaries → work input), or else remove the line.
 */
export function ineligibleLineFix(cat: CostCategory, lineId: string, ctx: RuleContext): QuickFix {
  const target = cat.moveTo === undefined ? undefined : ctx.index.category.get(cat.moveTo);
  if (!target || target.status !== 'eligible') return removeLineFix(lineId);
  return {
    label: ruleText('rules.category.moveTo', (l) => ({ category: target[l] })),
    edits: [{ path: ['budget', { id: lineId }, 'category'], value: target.id }],
  };
}

/** What a found word says, per rule; other rules use the general text. */
const wordMessage: Record<string, RuleTextKey> = {
  'BUD-09': 'rules.BUD-09.word',
  'BUD-10': 'rules.BUD-10.word',
};

/**
 * Lines whose description names a cost the rule forbids ("Lön projektassistent") while their
 * category is another one. Reading intent from a word is an inference, so this only warns; the
 * line's own category, if it is the forbidden one, is reported by the category check instead.
 */
export function describedCosts(id: string, d: Draft, ctx: RuleContext): Finding[] {
  const lists = (ctx.pack.costKeywords ?? []).filter((k) => (ctx.index.category.get(k.category)?.reportedBy ?? 'BUD-12') === id);
  if (lists.length === 0) return [];
  const out: Finding[] = [];
  for (const line of asArray(d.budget)) {
    const lineId = asString(field(line, 'id'));
    const found = findCostWord(asString(field(line, 'description')), lists);
    if (!found || asString(field(line, 'category')) === found.keywords.category) continue;
    const cat = ctx.index.category.get(found.keywords.category)!;
    const message = ruleText(wordMessage[id] ?? 'rules.category.word', (l) => ({ word: found.word, category: cat[l], categoryLower: cat[l].toLowerCase() }));
    out.push(finding(ctx, {
      severity: 'warning',
      message,
      location: { kind: 'budget-line', lineId, field: 'description' },
      sources: [...cat.sources, ...found.keywords.sources],
      confidence: found.keywords.confidence,
      fix: removeLineFix(lineId),
    }));
  }
  return out;
}
