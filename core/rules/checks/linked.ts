import type { Finding } from '../finding';
import { finding, single, type LinkedSummary, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field, formatSek } from '../read';
import type { Draft } from '../../draft/schema';
import { textIn } from '../../i18n/lookup';
import { ruleText } from '../rule-text';

/** The component a draft of `component` is submitted together with, if the programme pairs it. */
export function partnerComponent(component: unknown): string | null {
  if (component === 'project') return 'steering_group';
  if (component === 'steering_group') return 'project';
  return null;
}

/** The linked draft when the caller read it and it is of the component this draft pairs with. */
export function fittingLinked(d: Draft, ctx: RuleContext): LinkedSummary | null {
  const l = ctx.linked;
  if (l === null || l === 'missing' || d.linkedDraft === null || d.linkedDraft === undefined) return null;
  return l.component === partnerComponent(d.component) ? l : null;
}

const location = { kind: 'field', field: 'linkedDraft' } as const;

/** The name the user knows the linked draft by: its title as remembered, else its file name. */
function linkedName(d: Draft): string {
  const title = asString(field(d.linkedDraft, 'title')).trim();
  return title !== '' ? title : asString(field(d.linkedDraft, 'file')).split(/[\\/]/).pop() ?? '';
}

/** LNK-01: the linked draft can be read and is of the component submitted with this one. */
export const lnk01: RuleDefinition = {
  id: 'LNK-01',
  title: ruleText('rules.LNK-01.title'),
  units: single(['component', 'linkedDraft', 'linked'], (d, ctx) => {
    const expected = partnerComponent(d.component);
    if (ctx.linked === null || !d.linkedDraft || expected === null) return [];
    const name = linkedName(d);
    if (ctx.linked === 'missing') return [finding(ctx, { message: ruleText('rules.LNK-01.missing', () => ({ name })), location })];
    if (ctx.linked.component === expected) return [];
    const title = ctx.linked.title.trim() || name;
    return [finding(ctx, {
      message: ruleText(`rules.LNK-01.wrongComponent.${expected as 'project' | 'steering_group'}`, () => ({ title })),
      location,
    })];
  }),
};

function totalsByYear(lines: ReadonlyArray<unknown>, into: Map<number, number>): void {
  for (const line of lines) {
    const year = field(line, 'year');
    const ore = field(line, 'amountOre');
    if (typeof year === 'number' && typeof ore === 'number') into.set(year, (into.get(year) ?? 0) + ore);
  }
}

/** LNK-02: what this draft and its linked one ask for together, per project year (for information only). */
export const lnk02: RuleDefinition = {
  id: 'LNK-02',
  title: ruleText('rules.LNK-02.title'),
  units: single(['component', 'budget', 'linkedDraft', 'linked'], (d, ctx): Finding[] => {
    const linked = fittingLinked(d, ctx);
    if (!linked) return [];
    const byYear = new Map<number, number>();
    totalsByYear(asArray(d.budget), byYear);
    totalsByYear(linked.budget, byYear);
    if (byYear.size === 0) return [];
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const list = (l: 'sv' | 'en') => years.map((y) => textIn(l, 'rules.LNK-02.year', { year: y, amount: formatSek(byYear.get(y)!, l) })).join(', ');
    const other = partnerComponent(d.component)!;
    return [finding(ctx, {
      severity: 'info',
      message: ruleText(`rules.LNK-02.combined.${other as 'project' | 'steering_group'}`, (l) => ({ title: linked.title.trim() || linkedName(d), years: list(l) })),
      location: { kind: 'budget-total' },
    })];
  }),
};
