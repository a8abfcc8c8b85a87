import type { Proposal } from '../draft/annotation';
import { parseDateText } from '../draft/date-text';
import { Draft } from '../draft/schema';
import { formatOre, parseAmountOre } from '../editor/amount';
import { parseField, type FieldItemKind } from './field-anchor';
import { rowProposalOutcome, type RowRefusal } from './proposal-rows';

/**
 * Proposed values on fields: a reviewer's comment on a field can carry the value they would put
 * there (`proposal: { property?, value, was }`, format 5); the author accepts it into the field or
 * rejects it. Values are text as the field shows and takes it: amounts as "96 000", dates as
 * "2027-03-01", names and descriptions as typed. A comment on a table or a row can carry a
 * proposed row or removal instead (format 6, proposal-rows.ts), decided the same way.
 */

type Item = Record<string, unknown> & { id: string };

const listKey = { budget: 'budget', team: 'team', partner: 'partners', coreArea: 'coreAreas', activity: 'activities', risk: 'risks' } as const satisfies Record<FieldItemKind, keyof Draft>;

const itemsOf = (draft: Draft, kind: FieldItemKind): Item[] => draft[listKey[kind]] as unknown as Item[];

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

/** Why a proposal cannot be accepted: a value the field cannot take, or a row the table cannot. */
export type ProposalRefusal = 'unreadable' | RowRefusal;

/** A value proposal as the field code reads it (format 5 files have no `kind`). */
type ValueLike = { kind?: 'value'; property?: string; value: string };

/**
 * The draft with a proposal put in (a value into its field, a row into or out of its table), or
 * why it cannot be: the field or row is gone, or the value or row could not be held by the draft.
 * The result is always a draft that can be saved. Never changes its input.
 */
export function tryProposal(draft: Draft, field: string, proposal: Proposal | ValueLike): { ok: true; draft: Draft } | { ok: false; reason: ProposalRefusal } {
  if ('row' in proposal) {
    const out = rowProposalOutcome(draft, field, proposal);
    if (!out.ok) return out;
    return Draft.safeParse(out.draft).success ? { ok: true, draft: out.draft } : { ok: false, reason: 'row-invalid' };
  }
  const next = proposedDraft(draft, field, proposal);
  return next && Draft.safeParse(next).success ? { ok: true, draft: next } : { ok: false, reason: 'unreadable' };
}

/** The draft with a proposal put in, or null when it cannot be (see `tryProposal`). */
export function applyProposal(draft: Draft, field: string, proposal: Proposal | ValueLike): Draft | null {
  const r = tryProposal(draft, field, proposal);
  return r.ok ? r.draft : null;
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
