import { z } from 'zod';
import { ComponentId, type Draft } from '../../draft/schema';
import type { Finding } from '../finding';
import type { DraftPart, RuleContext, RuleDefinition } from '../rule';
import { catalogue } from '../../i18n/catalogue';
import { textIn } from '../../i18n/lookup';
import type { RuleTextKey } from '../rule-text';
import { parseDate } from '../read';

type Text = { sv: string; en: string };
type Lang = 'sv' | 'en';

/** Every plan rule names the components it applies to: the matrix matters to a project, the visits to an inception. */
export const PlanParams = z.strictObject({ components: z.array(ComponentId).min(1) });
export type PlanParams = z.infer<typeof PlanParams>;

/**
 * A rule on the results framework, the activity plan, the risks or their links to the budget:
 * one unit reading `reads` (and the component), silent for components its pack entry does not list.
 */
export function planRule<P extends z.ZodType<PlanParams>>(
  id: string, title: Text, params: P, reads: readonly DraftPart[], check: (d: Draft, ctx: RuleContext, p: z.infer<P>) => Finding[],
): RuleDefinition {
  return {
    id, title, params,
    units: (_pack, config) => {
      const p = params.parse(config.params) as z.infer<P>;
      return [{ key: id, reads: ['component', ...reads], run: (d, ctx) => (p.components.includes(d.component) ? check(d, ctx, p) : []) }];
    },
  };
}

/** What a finding calls a part of the plan: "Resultat 1.2 ”Fler unga i …”", "Activity 1.1.1". */
export type PlanKind = 'overall' | 'objective' | 'result' | 'indicator' | 'activity' | 'risk';
const kindKey: Record<PlanKind, RuleTextKey> = {
  overall: 'rules.plan.overall', objective: 'rules.plan.objective', result: 'rules.plan.result',
  indicator: 'rules.plan.indicator', activity: 'rules.plan.activity', risk: 'rules.plan.risk',
};

const SNIPPET = 40;

/** The start of a text, for naming an item in a message (the number alone says where it is). */
export function snippet(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > SNIPPET ? `${t.slice(0, SNIPPET - 1).trimEnd()}…` : t;
}

export function itemName(kind: PlanKind, number: string, text: string, lang: Lang): string {
  const name = textIn(lang, kindKey[kind], { number });
  const s = snippet(text);
  return s ? textIn(lang, 'rules.plan.quoted', { name, text: s }) : name;
}

/** Params for a message about one item: {{item}}. */
export const named = (kind: PlanKind, number: string, text: string) => (lang: Lang) => ({ item: itemName(kind, number, text, lang) });

/** "mars 2024" / "March 2024": project month `m` (1 = the month the period starts). */
export function projectMonthName(periodStart: unknown, m: number, lang: Lang): string {
  const start = parseDate(periodStart);
  if (!start) return String(m);
  const index = start.m - 1 + (m - 1);
  const month = (catalogue[lang].rules.dates.months as Record<number, string>)[(index % 12) + 1] ?? '';
  return `${month} ${start.y + Math.floor(index / 12)}`;
}

/** Joins names as running text: "a, b och c" / "a, b and c". */
export function listed(parts: string[], lang: Lang): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${textIn(lang, 'rules.dates.and')}${parts.at(-1)!}`;
}
