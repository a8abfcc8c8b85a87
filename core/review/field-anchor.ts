import type { Anchor } from '../draft/annotation';
import type { Draft } from '../draft/schema';

/**
 * Comments on structured parts of a draft. A field anchor names its target as `kind:<id>` for
 * items of a list (a budget line, a team member, a partner, a core area, an activity of the plan, a
 * risk of the register) or as a dotted path for a plain field ("title", "applicant.organisation",
 * "period.start"). A whole table that takes proposed rows is named by its table ("budget", "activity").
 */

/** A comment's anchor on a field or list item. */
export type FieldAnchor = Extract<Anchor, { kind: 'field' }>;

/** List items a comment can point at, and the draft list that holds them. */
export const FIELD_ITEM_KINDS = ['budget', 'team', 'partner', 'coreArea', 'activity', 'risk'] as const;
/** One kind of list item. */
export type FieldItemKind = (typeof FIELD_ITEM_KINDS)[number];

/** The anchor of a budget line, team member, partner, core area, activity or risk, by its id. */
export function itemAnchor(kind: FieldItemKind, id: string): FieldAnchor {
  return { kind: 'field', field: `${kind}:${id}` };
}

/** The anchor of a plain field by its dotted path in the draft, e.g. "applicant.organisation". */
export function fieldAnchor(path: string): FieldAnchor {
  return { kind: 'field', field: path };
}

/** The anchor of a whole section. */
export function sectionAnchor(sectionId: string): Extract<Anchor, { kind: 'section' }> {
  return { kind: 'section', sectionId };
}

/** A field reference split into its parts: a list item (kind and id) or a dotted path. */
export type ParsedField = { item: FieldItemKind; id: string } | { path: string[] };

/** Splits a field reference; unknown `x:y` prefixes are read as paths. */
export function parseField(field: string): ParsedField {
  const colon = field.indexOf(':');
  if (colon > 0) {
    const kind = field.slice(0, colon);
    if ((FIELD_ITEM_KINDS as readonly string[]).includes(kind)) {
      return { item: kind as FieldItemKind, id: field.slice(colon + 1) };
    }
  }
  return { path: field.split('.') };
}

/** True when the draft still has what the field reference points at. */
export function fieldTargetExists(draft: Draft, field: string): boolean {
  const f = parseField(field);
  if ('item' in f) {
    switch (f.item) {
      case 'budget':
        return draft.budget.some((b) => b.id === f.id);
      case 'team':
        return draft.team.some((t) => t.id === f.id);
      case 'partner':
        return draft.partners.some((p) => p.id === f.id);
      case 'coreArea':
        return draft.coreAreas.some((c) => c.id === f.id);
      case 'activity':
        return draft.activities.some((a) => a.id === f.id);
      case 'risk':
        return draft.risks.some((r) => r.id === f.id);
    }
  }
  // The activity plan and the risk register are named by their tables, not by the draft's lists.
  if (field === 'activity' || field === 'risk') return true;
  // An annex is shown by kind whether or not the draft has an entry for it yet (no entry: missing).
  if (f.path[0] === 'annexes' && f.path.length === 2) return true;
  let node: unknown = draft;
  for (const key of f.path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}
