import { z } from 'zod';
import type { Finding } from '../finding';
import { finding, type RuleContext, type RuleDefinition } from '../rule';
import { field } from '../read';
import { ruleText } from '../rule-text';
import { PlanParams } from './plan-rule';
import type { Draft } from '../../draft/schema';
import { activityNumbersFor, frameworkOf, numbersFor } from './plan-read';

/**
 * LF-16: the story and the structure agree where it can be told cheaply. A text section that
 * names a numbered result ("resultat 1.3", "result 1.3") or activity ("aktivitet 1.2.1") the plan
 * does not have is reported, so a renumbered or forgotten item is caught before a reviewer does.
 */

const Lf16Params = PlanParams.extend({
  sections: z.array(z.string().min(1)).min(1),
  /** Word stems (lower case, either language) that introduce a result's or an activity's number. */
  resultTerms: z.array(z.string().min(2)).min(1),
  activityTerms: z.array(z.string().min(2)).min(1),
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Calls `visit` with the text of every leaf of a rich text (each block read apart, never joined). */
function eachText(node: unknown, visit: (text: string) => void, depth = 0): void {
  if (depth > 200) return;
  if (Array.isArray(node)) {
    for (const n of node) eachText(n, visit, depth + 1);
    return;
  }
  const t = field(node, 'text');
  if (typeof t === 'string') visit(t);
  else eachText(field(node, 'children'), visit, depth + 1);
}

export const lf16: RuleDefinition = {
  id: 'LF-16',
  title: ruleText('rules.LF-16.title'),
  params: Lf16Params,
  units: (_pack, config) => {
    const p = Lf16Params.parse(config.params);
    const terms = (list: string[]) => list.map((t) => escape(t.toLowerCase())).join('|');
    // A term at the start of a word, its inflection, then a number of two or three parts not followed by more.
    const pattern = new RegExp(`(?<!\\p{L})(?:(${terms(p.resultTerms)})|(${terms(p.activityTerms)}))\\p{L}*\\s+(\\d{1,2}(?:\\.\\d{1,2}){1,2})(?!\\.?\\d)`, 'gu');
    return [{
      key: config.id,
      reads: ['component', 'framework', 'activities', ...p.sections.map((s) => `section:${s}` as const)],
      run: (d: Draft, ctx: RuleContext) => (p.components.includes(d.component) ? check(d, ctx, p, pattern) : []),
    }];
  },
};

/** A numbered result or activity a text names, in the order named (each number once). */
interface Reference { number: string; isResult: boolean }

/**
 * The references of a section's text, by the text object itself: LF-16 re-runs on every edit of
 * an activity, and reading a long text again each time would cost more than all the other checks
 * of such a keystroke (texts are replaced, never changed in place, when they are edited).
 */
const referencesByText = new WeakMap<object, Map<RegExp, Reference[]>>();

function referencesIn(text: unknown, pattern: RegExp): Reference[] {
  if (typeof text !== 'object' || text === null) return readReferences(text, pattern);
  let byPattern = referencesByText.get(text);
  if (!byPattern) referencesByText.set(text, (byPattern = new Map()));
  let refs = byPattern.get(pattern);
  if (!refs) byPattern.set(pattern, (refs = readReferences(text, pattern)));
  return refs;
}

function readReferences(text: unknown, pattern: RegExp): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  eachText(text, (leaf) => {
    // Most paragraphs hold no numbered reference at all; they are passed over without the pattern.
    if (!/\d\.\d/.test(leaf)) return;
    for (const m of leaf.toLowerCase().matchAll(pattern)) {
      const number = m[3]!;
      const isResult = m[1] !== undefined;
      if (number.split('.').length !== (isResult ? 2 : 3) || seen.has(number)) continue;
      seen.add(number);
      out.push({ number, isResult });
    }
  });
  return out;
}

function check(d: Draft, ctx: RuleContext, p: z.infer<typeof Lf16Params>, pattern: RegExp): Finding[] {
  const fw = frameworkOf(d, ctx);
  // Before the matrix has objectives, LF-01 speaks for the whole framework.
  if (fw.objectives.length === 0) return [];
  const known = new Set([...numbersFor(d, ctx).values(), ...activityNumbersFor(d, ctx).values()]);
  return p.sections.flatMap((sectionId) => referencesIn(field(field(d, 'sections'), sectionId), pattern)
    .filter((r) => !known.has(r.number))
    .map((r) => finding(ctx, {
      location: { kind: 'section', sectionId },
      message: ruleText(r.isResult ? 'rules.LF-16.noResult' : 'rules.LF-16.noActivity', () => ({ number: r.number })),
    })));
}
