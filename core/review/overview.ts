import { PROPOSABLE_TABLES, type Annotation, type Author } from '../draft/annotation';
import type { Draft } from '../draft/schema';
import { parseField, type FieldItemKind } from './field-anchor';
import { pointToOffset, projectText } from './plain-text';
import { resolveAnchor, type Placement } from './reanchor';
import { rangeEdges } from './text-anchor';
import { sameAuthor } from './threads';

/**
 * What the comments panel and the status bar show: the threads in document order (section by
 * section, then by position in the text), filtered by status and author, with orphans last, and
 * the counts. Pure; the caller passes the sections of the draft's template in their order.
 */

/** Which threads to list. */
export interface ThreadFilter {
  /** Default 'all'. */
  status?: 'open' | 'resolved' | 'all';
  /** Only threads this person started or replied to. */
  author?: Author;
}

/** A listed thread: the annotation, where it is now, and the section it belongs to (if any). */
export interface ThreadItem {
  annotation: Annotation;
  placement: Placement;
  sectionId: string | null;
}

/** The listed threads and the counts over the whole draft (not just the filtered list). */
export interface ReviewOverview {
  items: ThreadItem[];
  counts: { total: number; open: number; resolved: number; orphans: number };
  /** Everyone who wrote a comment or reply, in order of appearance (for the author filter). */
  authors: Author[];
}

/** The template section kind where comments on each kind of list item are shown. */
export const ITEM_SECTION_KIND: Record<FieldItemKind, string> = {
  budget: 'budget',
  team: 'team',
  partner: 'parties',
  coreArea: 'core_areas',
  activity: 'activity_plan',
  risk: 'risk_register',
};

function sectionOf(a: Annotation, sections: ReadonlyArray<{ id: string; kind: string }>): string | null {
  const anchor = a.anchor;
  if (anchor.kind !== 'field') return anchor.sectionId;
  const f = parseField(anchor.field);
  // A comment on a whole table that takes proposed rows is shown with its card.
  const kind = 'item' in f ? f.item : (PROPOSABLE_TABLES as readonly string[]).includes(anchor.field) ? (anchor.field as FieldItemKind) : null;
  if (!kind) return null; // plain fields (title, applicant …) come before all sections
  return sections.find((s) => s.kind === ITEM_SECTION_KIND[kind])?.id ?? null;
}

function involves(a: Annotation, author: Author): boolean {
  return sameAuthor(a.author, author) || a.replies.some((r) => sameAuthor(r.author, author));
}

/** Lists the draft's threads for the comments panel. */
export function reviewOverview(
  draft: Draft,
  sections: ReadonlyArray<{ id: string; kind: string }>,
  filter: ThreadFilter = {},
): ReviewOverview {
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const projections = new Map<string, ReturnType<typeof projectText>>();
  const offsetIn = (item: ThreadItem): number => {
    const a = item.placement.annotation.anchor;
    if (a.kind !== 'text' || item.placement.status !== 'placed') return -1; // section and field comments first
    let p = projections.get(a.sectionId);
    if (!p) projections.set(a.sectionId, (p = projectText(draft.sections[a.sectionId]!)));
    return pointToOffset(p, rangeEdges(a)[0]) ?? -1;
  };
  const all = draft.annotations.map((annotation, index) => {
    const item: ThreadItem = { annotation, placement: resolveAnchor(annotation, draft), sectionId: sectionOf(annotation, sections) };
    const rank = item.sectionId === null ? -1 : (order.get(item.sectionId) ?? sections.length);
    return { item, key: [item.placement.status === 'orphan' ? 1 : 0, rank, offsetIn(item), index] };
  });
  all.sort((x, y) => compareKeys(x.key, y.key));

  const status = filter.status ?? 'all';
  const items = all
    .map((x) => x.item)
    .filter((i) => status === 'all' || i.annotation.resolved === (status === 'resolved'))
    .filter((i) => !filter.author || involves(i.annotation, filter.author));

  const authors: Author[] = [];
  for (const a of draft.annotations) {
    for (const who of [a.author, ...a.replies.map((r) => r.author)]) {
      if (!authors.some((x) => sameAuthor(x, who))) authors.push(who);
    }
  }
  const open = draft.annotations.filter((a) => !a.resolved).length;
  return {
    items,
    counts: {
      total: draft.annotations.length,
      open,
      resolved: draft.annotations.length - open,
      orphans: all.filter((x) => x.item.placement.status === 'orphan').length,
    },
    authors,
  };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The id of the thread after (or before) `currentId` in a listing, wrapping around; the first (or
 * last) when `currentId` is null or not listed; null for an empty listing.
 */
export function adjacentThread(items: readonly ThreadItem[], currentId: string | null, direction: 'next' | 'previous'): string | null {
  if (items.length === 0) return null;
  const i = items.findIndex((x) => x.annotation.id === currentId);
  const step = direction === 'next' ? 1 : -1;
  if (i === -1) return items[direction === 'next' ? 0 : items.length - 1]!.annotation.id;
  return items[(i + step + items.length) % items.length]!.annotation.id;
}
