import { cleanHtml, type CleanedHtml } from '../../core/html/clean';

/**
 * Cleans HTML from the clipboard into the editor's blocks: the shared cleaner (core/html/clean.ts),
 * the same code a Word document's import uses.
 */
export type CleanedPaste = CleanedHtml;

/** Cleans clipboard HTML into blocks. */
export function cleanPastedHtml(html: string): CleanedPaste {
  return cleanHtml(html);
}

export { blocksFromPlainText } from './plain-text';
