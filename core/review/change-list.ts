import type { Annotation, Author, RowProposal } from '../draft/annotation';
import { openRowProposals } from './proposal-rows';
import type { FormattedText, RichText } from '../draft/rich-text';

/** The sign of a paragraph break in the change list's text (Word's paragraph mark). */
export const PILCROW = '¶';

/** One open suggestion as the change list shows it: what it adds and removes, who and when. */
export interface ChangeItem {
  id: string;
  sectionId: string;
  /** `replace` when one suggestion both removes and adds text (a word typed over another); `add-row` / `remove-row` for a proposed row (`proposal`). */
  kind: 'insert' | 'delete' | 'replace' | 'format' | RowProposal['kind'];
  inserted: string;
  deleted: string;
  /** The text a formatting suggestion reformats. */
  formatted: string;
  author: Author;
  createdAt: string;
  /** The proposed row or removal of an `add-row` / `remove-row` item (its id is the comment's). */
  proposal?: RowProposal;
}

/** The words a suggestion adds, removes or reformats (for a replacement: the words it adds). */
export const changedText = (i: ChangeItem): string => (i.kind === 'insert' || i.kind === 'replace' || i.kind === 'add-row' ? i.inserted : i.kind === 'format' ? i.formatted : i.deleted);

/** The open suggestions of one section, in text order, each once. */
export function sectionChanges(sectionId: string, value: RichText): ChangeItem[] {
  const byId = new Map<string, ChangeItem>();
  const visit = (leaf: FormattedText) => {
    const s = leaf.suggestion;
    if (!s) return;
    let item = byId.get(s.id);
    if (!item) byId.set(s.id, (item = { id: s.id, sectionId, kind: s.kind, inserted: '', deleted: '', formatted: '', author: s.author, createdAt: s.createdAt }));
    if (s.kind === 'insert') item.inserted += leaf.text;
    else if (s.kind === 'delete') item.deleted += leaf.text;
    else item.formatted += leaf.text;
    if (item.kind !== s.kind && s.kind !== 'format' && item.kind !== 'format') item.kind = 'replace';
  };
  // A suggested break (before a block or a list item) shows as a pilcrow where the break is, before the text after it.
  const walk = (node: { text?: string; suggestion?: FormattedText['suggestion']; children?: unknown[] }) => {
    if (typeof node.text === 'string') return visit(node as FormattedText);
    if (node.suggestion) visit({ text: PILCROW, suggestion: node.suggestion });
    for (const c of node.children ?? []) walk(c as typeof node);
  };
  value.forEach((b) => walk(b));
  return [...byId.values()];
}

/** Every open suggestion of a draft's sections, grouped by section in the order given (document order). */
export function listChanges(sectionOrder: readonly string[], sections: Readonly<Record<string, RichText | undefined>>): ChangeItem[] {
  return sectionOrder.flatMap((id) => {
    const value = sections[id];
    return value ? sectionChanges(id, value) : [];
  });
}

/**
 * The open proposed rows and removals among the comments, as items of the card section that shows
 * their table (`sectionOf`), in the words `describe` gives them; a table no section shows is left out.
 */
export function rowChanges(annotations: readonly Annotation[], sectionOf: (table: RowProposal['table']) => string | undefined, describe: (p: RowProposal) => string): ChangeItem[] {
  return openRowProposals(annotations).flatMap((a) => {
    const sectionId = sectionOf(a.proposal.table);
    if (!sectionId) return [];
    const words = describe(a.proposal);
    const added = a.proposal.kind === 'add-row';
    return [{ id: a.id, sectionId, kind: a.proposal.kind, inserted: added ? words : '', deleted: added ? '' : words, formatted: '', author: a.author, createdAt: a.createdAt, proposal: a.proposal }];
  });
}

/** The key the author filter uses for a person (name and initials, case and spacing ignored). */
export const changeAuthorKey = (a: Pick<Author, 'name' | 'initials'>) => `${a.name.trim().toLowerCase()}|${a.initials.trim().toLowerCase()}`;

/** The people who made the listed suggestions, each once, in order of first appearance. */
export function changeAuthors(items: readonly ChangeItem[]): Author[] {
  const seen = new Map<string, Author>();
  for (const i of items) if (!seen.has(changeAuthorKey(i.author))) seen.set(changeAuthorKey(i.author), i.author);
  return [...seen.values()];
}
