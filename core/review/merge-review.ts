import type { Draft } from '../draft/schema';
import { mergeAnnotations, type MergeReport } from './merge';
import { mergeSuggestions, type SuggestionMergeReport } from './merge-suggestions';

/**
 * Merging reviewers' returned copies: their comments (merge.ts) and their suggested changes
 * (merge-suggestions.ts) into the author's draft. Pure.
 */

/** What a merge did, for comments and suggestions apart. */
export interface ReviewMergeReport {
  comments: MergeReport;
  suggestions: SuggestionMergeReport;
}

export interface ReviewMergeResult {
  sections: Draft['sections'];
  annotations: Draft['annotations'];
  report: ReviewMergeReport;
}

/** Merges the comments and suggestions of `copies` into `base`. Neither is changed. */
export function mergeReview(base: Draft, copies: readonly Draft[]): ReviewMergeResult {
  const comments = mergeAnnotations(base, copies);
  const suggestions = mergeSuggestions({ ...base, annotations: comments.annotations }, copies);
  return { sections: suggestions.sections, annotations: suggestions.annotations, report: { comments: comments.report, suggestions: suggestions.report } };
}

/** Whether a merge changed anything in the draft. */
export function mergeChanged(report: ReviewMergeReport): boolean {
  return report.comments.added + report.comments.updated + report.suggestions.added > 0;
}
