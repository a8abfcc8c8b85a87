import type { Annotation } from '../draft/annotation';
import type { RichText } from '../draft/rich-text';
import type { Draft } from '../draft/schema';
import { breakKey, detachedAnchor, keptBreak, keptSuggestion, keptSuggestionOf } from './kept-suggestion';
import { blockAnchor, breakElements, copyBreaks, newParagraphOf, paragraphAt, placeBreak, remapAfterSplit, type CopyBreak } from './merge-breaks';
import { projectText } from './plain-text';
import { suggestionConflicts } from './suggestion-conflicts';
import { remapAfterSuggesting } from './suggestion-remap';
import { layoutOf, markupOffset, runText, suggestionRuns, type Layout, type SuggestionRun } from './suggestion-layout';
import { locateRun, placeDeletion, placeFormat, placeInsertion, runQuote, type AuthorRange, type FromThisCopy } from './suggestion-transplant';
import { suggestionIds } from './suggestions';
import { textAnchorAt, type TextAnchor } from './text-anchor';

/**
 * Merging the suggestions of reviewers' returned copies into the author's draft. A reviewer's copy
 * is the author's text as it was sent plus suggestion marks, so each suggestion is found by its
 * context in that text and placed where the same context is in the author's text now. Suggestions
 * are matched by id (or by the same change at the same place by the same reviewer), so merging a
 * copy twice adds nothing. Nothing is dropped: a suggestion whose text is gone, or that falls on
 * words someone else already suggested removing, is kept as a comment (kept-suggestion.ts).
 * Suggested paragraph breaks are placed after the words (merge-breaks.ts); each is counted apart
 * from its words, under `<id>:break`, as `draftSuggestionIds` lists it.
 */

/** Why a suggestion could not be placed on the text. */
export type SuggestionOrphanReason = 'section-missing' | 'quote-not-found';

/** What merging suggestions did. */
export interface SuggestionMergeReport {
  /** Suggestions that were not in the draft and now are (as marks, or kept as comments). */
  added: number;
  /** Suggestions of the copies that the draft already had (each counted once). */
  alreadyPresent: number;
  /** Of the added suggestions, those on the same words as another reviewer's. */
  conflicting: number;
  /** Of the added suggestions, those whose text is no longer in the draft (kept as orphan comments). */
  orphaned: number;
  orphans: Array<{ id: string; reason: SuggestionOrphanReason }>;
}

export interface SuggestionMergeResult {
  sections: Draft['sections'];
  annotations: Annotation[];
  report: SuggestionMergeReport;
}

/** The ids of every suggestion a draft holds, as marks or kept as comments. */
export function draftSuggestionIds(draft: Pick<Draft, 'sections' | 'annotations'>): Set<string> {
  // The words' suggestions by their ids, a paragraph break under its own key: the words typed
  // into a new paragraph later share the break's id and are still new.
  const ids = new Set(Object.values(draft.sections).flatMap((v) => suggestionRuns(layoutOf(v)).map((r) => r.mark.id)));
  for (const v of Object.values(draft.sections)) for (const b of breakElements(v)) ids.add(breakKey(b.suggestion!.id));
  for (const a of draft.annotations) {
    const id = keptSuggestionOf(a);
    if (id) ids.add(id);
  }
  return ids;
}

type Outcome = 'added' | 'present' | SuggestionOrphanReason;

/** The merge in progress: the draft's sections and comments as they become. */
class Merge {
  sections: Record<string, RichText>;
  annotations: Annotation[];
  constructor(private readonly base: Draft) {
    this.sections = { ...base.sections };
    this.annotations = [...base.annotations];
  }

  private keep(a: Annotation): void {
    if (!this.annotations.some((x) => x.id === a.id)) this.annotations.push(a);
  }

  /** Places one run of a copy's section (whose author text is `copyText`); `mine` tells the copy's own suggestions. */
  place(sectionId: string, run: SuggestionRun, copyText: string, mine: FromThisCopy, paragraph?: string): Outcome {
    const value = Object.hasOwn(this.sections, sectionId) ? this.sections[sectionId] : undefined;
    const lang = this.base.documentLanguage;
    if (!value) {
      this.keep(keptSuggestion(run.mark, runText(run), detachedAnchor(sectionId, runQuote(run, copyText)), lang));
      return 'section-missing';
    }
    const layout = layoutOf(value);
    const at = locateRun(run, copyText, layout.authorText);
    if (!at) {
      this.keep(keptSuggestion(run.mark, runText(run), detachedAnchor(sectionId, runQuote(run, copyText)), lang));
      return 'quote-not-found';
    }
    const kind = run.mark.kind;
    const placed =
      kind === 'insert' ? placeInsertion(value, run, at, mine, paragraph === undefined ? undefined : paragraphAt(value, layout, paragraph, at.start)) : kind === 'delete' ? placeDeletion(value, run.mark, at, mine) : placeFormat(value, run, at, mine);
    if (placed.status === 'present') return 'present';
    if (placed.status === 'added') {
      this.sections[sectionId] = placed.value;
      this.annotations = remapAfterSuggesting(this.annotations, sectionId, value, placed.value);
    } else this.keep(keptSuggestion(run.mark, runText(run), this.anchorOn(value, layout, sectionId, at), lang));
    return 'added';
  }

  /** Places one suggested paragraph break of a copy's section (see placeBreak); `mine` tells the breaks placed from this copy. */
  placeBreak(sectionId: string, brk: CopyBreak, copyText: string, copyIds: ReadonlySet<string>, mine: FromThisCopy): Outcome {
    const value = Object.hasOwn(this.sections, sectionId) ? this.sections[sectionId] : undefined;
    const keep = (anchor?: TextAnchor) => this.keep(keptBreak(brk.mark, projectText([brk.node]).text, sectionId, this.base.documentLanguage, anchor));
    if (!value) {
      keep();
      return 'section-missing';
    }
    const placed = placeBreak(value, brk, copyText, copyIds, mine);
    if (placed.status === 'present') return 'present';
    if (placed.status === 'added') {
      this.sections[sectionId] = placed.value;
      if (placed.split !== undefined) this.annotations = remapAfterSplit(this.annotations, sectionId, value, placed.value, placed.split);
    } else keep(placed.status === 'collision' ? blockAnchor(value, sectionId, placed.block) ?? undefined : undefined);
    return 'added';
  }

  /** A live anchor on the author's text [start, end) of a section. */
  private anchorOn(value: RichText, layout: Layout, sectionId: string, at: AuthorRange) {
    return textAnchorAt(projectText(value), sectionId, markupOffset(layout, at.start, 'start'), markupOffset(layout, at.end, 'end'));
  }
}

/** One suggestion's outcome from all its runs: an orphaned part makes it an orphan, an added part added. */
const rank = (o: Outcome) => (o === 'present' ? 0 : o === 'added' ? 1 : 2);
const worst = (a: Outcome | undefined, b: Outcome): Outcome => (a !== undefined && rank(a) >= rank(b) ? a : b);

/**
 * Merges the suggestions of `copies` into `base` (its sections and comments). Pure: neither draft
 * is changed. Copies that are not of this draft's text simply find no places.
 */
export function mergeSuggestions(base: Draft, copies: readonly Draft[]): SuggestionMergeResult {
  const merge = new Merge(base);
  const known = draftSuggestionIds(base);
  const outcomes = new Map<string, Exclude<Outcome, 'present'>>();
  const present = new Set<string>();
  for (const copy of copies) {
    const inCopy = new Map<string, Outcome>();
    for (const [sectionId, value] of Object.entries(copy.sections)) {
      const layout = layoutOf(value);
      for (const run of suggestionRuns(layout)) {
        const id = run.mark.id;
        if (known.has(id)) {
          if (!outcomes.has(id)) present.add(id);
          continue;
        }
        const paragraph = newParagraphOf(value, layout, run.block, run.start);
        inCopy.set(id, worst(inCopy.get(id), merge.place(sectionId, run, layout.authorText, (x) => inCopy.has(x), paragraph)));
      }
      // After the words, so that a new paragraph is split off right where its words begin.
      const copyIds = new Set(suggestionIds(value));
      for (const brk of copyBreaks(value, layout)) {
        const key = breakKey(brk.mark.id);
        if (known.has(key)) {
          if (!outcomes.has(key)) present.add(key);
          continue;
        }
        inCopy.set(key, worst(inCopy.get(key), merge.placeBreak(sectionId, brk, layout.authorText, copyIds, (x) => inCopy.has(breakKey(x)))));
      }
    }
    for (const [id, outcome] of inCopy) {
      known.add(id);
      if (outcome === 'present') present.add(id);
      else outcomes.set(id, outcome);
    }
  }
  const sections = merge.sections;
  const annotations = merge.annotations;
  const conflicts = new Set(suggestionConflicts({ ...base, sections, annotations }));
  const orphans = [...outcomes].flatMap(([id, reason]) => (reason === 'added' ? [] : [{ id, reason }]));
  const report: SuggestionMergeReport = {
    added: outcomes.size,
    alreadyPresent: present.size,
    conflicting: [...outcomes.keys()].filter((id) => conflicts.has(id)).length,
    orphaned: orphans.length,
    orphans,
  };
  return { sections, annotations, report };
}
