import { z } from 'zod';
import { BlockElement } from '../draft/rich-text';
import { DocumentLanguage } from '../draft/schema';

/**
 * What an imported Word document holds, sorted for the import preview before anything lands in a
 * draft: text per template section, the blocks no heading placed, tables offered as budget lines,
 * and the document's comments. The preview shows it and the user's choices (edition, component,
 * which budget tables, whether to take the comments) turn it into a new draft
 * (core/import/build-draft.ts). It crosses from the import service to the renderer, so it has a
 * schema of its own like everything on the IPC contract.
 */

const ShortText = z.string().max(1000);

/** One line of a table read as a budget, as the table said it (labels, not ids). */
export const CandidateLine = z.strictObject({
  year: z.number().int().min(1).max(10),
  /** The cost category id the label was recognised as, or the label itself when it was not. */
  category: z.string().max(100),
  /** The party the line is for, as the table names it ("" when it has no such column). */
  side: ShortText,
  amountOre: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  description: ShortText,
});
export type CandidateLine = z.infer<typeof CandidateLine>;

/** A table that looks like a budget (amounts by category and year), offered as budget lines. */
export const BudgetCandidate = z.strictObject({
  id: z.string().min(1).max(100),
  /** The heading the table stood under, to tell the tables apart in the preview. */
  heading: ShortText,
  lines: z.array(CandidateLine).min(1).max(5000),
  /** The table as text: where it goes (not placed) when the user does not take it as budget lines. */
  text: z.array(BlockElement).max(5000),
});
export type BudgetCandidate = z.infer<typeof BudgetCandidate>;

/** A Word comment: who wrote it, when, what it says and the text it was on. */
export const ImportedComment = z.strictObject({
  author: z.string().max(200),
  initials: z.string().max(10),
  /** As Word wrote it (ISO 8601), or null when the comment has no date. */
  date: z.string().max(100).nullable(),
  body: z.string().max(20000),
  quote: z.string().max(20000),
});
export type ImportedComment = z.infer<typeof ImportedComment>;

/** A person from the document's table of parties (the app's own export writes one). */
export const ImportedParty = z.strictObject({
  organisation: ShortText,
  role: z.enum(['applicant', 'partner', 'eu_partner', 'swedish_coapplicant']),
  country: ShortText,
});
export type ImportedParty = z.infer<typeof ImportedParty>;

export const ImportPlan = z.strictObject({
  /** The document's title (its properties, else its first title paragraph); "" when it has none. */
  title: ShortText,
  /** Which language the document reads as (the headings it uses). */
  language: DocumentLanguage,
  /** Section id → the blocks found under its heading, in document order. */
  sections: z.record(z.string().max(100), z.array(BlockElement).max(5000)),
  /** Blocks before the first recognised heading and under headings that name no section. */
  unplaced: z.array(BlockElement).max(5000),
  budget: z.array(BudgetCandidate).max(200),
  parties: z.array(ImportedParty).max(21),
  comments: z.array(ImportedComment).max(5000),
  /** How many images and links were left out (external or not web/mail), for the preview's notice. */
  droppedImages: z.number().int().min(0),
  droppedLinks: z.number().int().min(0),
  /** The document was exported by this app (its sections carry their marks). */
  ownExport: z.boolean(),
});
export type ImportPlan = z.infer<typeof ImportPlan>;
