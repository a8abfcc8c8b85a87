import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asString, field } from '../read';
import type { Draft } from '../../draft/schema';
import type { Component } from '../pack-schema';
import { ruleText } from '../rule-text';
import { fittingLinked } from './linked';

/** The state the draft records for an annex kind; a kind it has no entry for is missing. */
export function annexState(d: Draft, kind: string): 'missing' | 'draft' | 'signed' {
  const list: unknown[] = Array.isArray(d.annexes) ? [...d.annexes] : [];
  const state = asString(field(list.find((a) => field(a, 'kind') === kind), 'state'));
  return state === 'draft' || state === 'signed' ? state : 'missing';
}

/** Annex kinds whose missing-message says what to do with that very annex; others get the general one. */
const TOLD = ['letter_of_intent', 'planning_tool', 'steering_group_application'] as const;
const told = (kind: string): kind is (typeof TOLD)[number] => (TOLD as readonly string[]).includes(kind);

function annexFindings(id: string, d: Draft, ctx: RuleContext, c: Component): Finding[] {
  return c.annexes.filter((a) => a.ruleId === id).flatMap((a) => {
    const state = annexState(d, a.kind);
    if (state === 'signed') return [];
    // A steering-group draft linked to this one is that application, whatever the annex list says.
    if (a.kind === 'steering_group_application' && fittingLinked(d, ctx)) return [];
    const kind = ctx.index.annexKind.get(a.kind);
    return [finding(ctx, {
      // A draft annex is on its way: one step less urgent than one that is missing.
      severity: state === 'draft' ? 'warning' : undefined,
      message: state === 'draft'
        ? ruleText('rules.annex.draft', (l) => ({ annex: kind?.[l] ?? a.kind }))
        : told(a.kind) ? ruleText(`rules.annex.missing.${a.kind}`) : ruleText('rules.annex.missingOther', (l) => ({ annex: kind?.[l] ?? a.kind })),
      location: { kind: 'field', field: `annexes.${a.kind}` },
      sources: a.sources, confidence: a.confidence,
    })];
  });
}

/** A prerequisite held, with its year and ICLD reference; what is not said is asked for, quietly. */
function heldDetails(d: Draft, ctx: RuleContext, key: 'priorInception' | 'existingPartnership'): Finding[] {
  const p = field(d.prerequisites, key);
  const year = field(p, 'year');
  const reference = asString(field(p, 'reference')).trim();
  const location = { kind: 'field', field: `prerequisites.${key}` } as const;
  const submitted = asString(d.submissionDate).slice(0, 4);
  if (typeof year === 'number' && /^\d{4}$/.test(submitted) && year > Number(submitted)) {
    return [finding(ctx, { severity: 'warning', message: ruleText(`rules.prerequisiteYear.${key}.later`, () => ({ year, submitted })), location })];
  }
  if (typeof year === 'number' && reference !== '') return [];
  return [finding(ctx, { severity: 'info', message: ruleText(`rules.prerequisiteYear.${key}.details`), location })];
}

function prerequisiteFindings(id: string, d: Draft, ctx: RuleContext, c: Component): Finding[] {
  return c.prerequisites.filter((p) => p.ruleId === id).flatMap((p) => {
    const held = (k: string) => field(field(d.prerequisites, k), 'held') === true;
    if (held(p.prerequisite)) return heldDetails(d, ctx, p.prerequisite);
    if (p.unless && held(p.unless)) return heldDetails(d, ctx, p.unless);
    return [finding(ctx, {
      message: ruleText(`rules.prerequisite.${p.prerequisite}`, (l) => ({ component: c[l] })),
      location: { kind: 'field', field: `prerequisites.${p.prerequisite}` },
      sources: p.sources, confidence: p.confidence,
    })];
  });
}

/**
 * A rule that checks what the component's pack entry lists under its id: the annexes it needs
 * (missing or only a draft) and the prerequisites it asks about (not held, or held without year
 * and ICLD reference).
 */
export function componentNeedsRule(id: string, title: RuleDefinition['title']): RuleDefinition {
  return {
    id, title,
    units: single(['component', 'annexes', 'prerequisites', 'submissionDate', 'linkedDraft', 'linked'], (d, ctx) => {
      const c = ctx.index.component.get(d.component as string);
      if (!c) return [];
      return [...annexFindings(id, d, ctx, c), ...prerequisiteFindings(id, d, ctx, c)];
    }),
  };
}
