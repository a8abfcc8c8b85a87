import { parseDateText } from '../draft/date-text';
import { Draft } from '../draft/schema';
import { formatOre, parseAmountOre } from '../editor/amount';
import { parseField } from './field-anchor';

/**
 * Proposed values on fields: a reviewer's comment on a field can carry the value they would put
 * there (`proposal: { property?, value, was }`, format 5); the author accepts it into the field or
 * rejects it. Values are text as the field shows and takes it: amounts as "96 000", dates as
 * "2027-03-01", names and descriptions as typed.
 */

type Item = Record<string, unknown> & { id: string };

function itemsOf(draft: Draft, kind: 'budget' | 'team' | 'partner' | 'coreArea'): Item[] {
  switch (kind) {
    case 'budget': return draft.budget as unknown as Item[];
    case 'team': return draft.team as unknown as Item[];
    case 'partner': return draft.partners as unknown as Item[];
    case 'coreArea': return draft.coreAreas as unknown as Item[];
  }
}

const listKey = { budget: 'budget', team: 'team', partner: 'partners', coreArea: 'coreAreas' } as const;

/** A budget line's amount is kept in öre; it is proposed and shown in kronor. */
const isBudgetAmount = (kind: string, property: string | undefined) => kind === 'budget' && property === 'amount';

/** The field's current value as text, or null when it cannot take a proposed value. */
export function proposalCurrentValue(draft: Draft, field: string, property?: string): string | null {
  const f = parseField(field);
  if ('item' in f) {
    const item = itemsOf(draft, f.item).find((i) => i.id === f.id);
    if (!item || !property) return null;
    if (isBudgetAmount(f.item, property)) return typeof item.amountOre === 'number' ? formatOre(item.amountOre) : null;
    return typeof item[property] === 'string' ? (item[property] as string) : null;
  }
  let node: unknown = draft;
  for (const key of f.path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : null;
}

function setPath(node: unknown, path: readonly string[], value: string): unknown {
  if (path.length === 0) return value;
  const obj = node as Record<string, unknown>;
  return { ...obj, [path[0]!]: setPath(obj[path[0]!], path.slice(1), value) };
}

const DATE_PATHS = new Set(['period.start', 'period.end', 'submissionDate']);

/** A proposed date as the draft keeps it, written either way the interface shows dates. */
function proposedDate(text: string): string | null {
  for (const lang of ['sv', 'en'] as const) {
    const d = parseDateText(text, lang);
    if (d.kind === 'date') return d.iso;
  }
  return null;
}

/**
 * The draft with a proposed value put into its field, or null when the field is gone or the value
 * cannot be read into it (an amount or a date that is not one, or anything else the draft could
 * not hold). Never changes its input.
 */
export function applyProposal(draft: Draft, field: string, proposal: { property?: string; value: string }): Draft | null {
  const next = proposedDraft(draft, field, proposal);
  return next && Draft.safeParse(next).success ? next : null;
}

function proposedDraft(draft: Draft, field: string, proposal: { property?: string; value: string }): Draft | null {
  if (proposalCurrentValue(draft, field, proposal.property) === null) return null;
  const f = parseField(field);
  if (!('item' in f)) {
    const value = DATE_PATHS.has(f.path.join('.')) ? proposedDate(proposal.value) : proposal.value;
    return value === null ? null : (setPath(draft, f.path, value) as Draft);
  }
  let patch: Record<string, unknown>;
  if (isBudgetAmount(f.item, proposal.property)) {
    const amount = parseAmountOre(proposal.value);
    if (!amount.ok) return null;
    patch = { amountOre: amount.ore };
  } else {
    patch = { [proposal.property!]: proposal.value };
  }
  const list = itemsOf(draft, f.item).map((i) => (i.id === f.id ? { ...i, ...patch } : i));
  return { ...draft, [listKey[f.item]]: list } as Draft;
}
