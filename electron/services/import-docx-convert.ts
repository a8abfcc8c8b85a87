import mammoth from 'mammoth';
import { categoryLabels, planImport } from '../../core/import/plan-import';
import type { ImportPlan } from '../../core/import/plan';
import { readComments, readTitle } from '../../core/import/word-parts';
import { headingVariants } from '../../templates';
import { loadApplicationTemplate, loadRulePacks } from './templates';
import { readParts } from './import-docx-check';

/**
 * Converts a checked Word document into an import plan: mammoth turns the body into HTML (tracked
 * insertions kept, deletions left out: the changes taken as accepted; images replaced by empty
 * ones, which the cleaner drops; no external file ever read, mammoth's own default), then the
 * shared cleaner and core/import sort it into sections. Comments and the title come from their own
 * parts. Runs in the import worker (import-docx-worker.ts), never on the thread that serves a window.
 */

/** The largest comments or document part read for comments (a long application's is a few MB). */
const PART_LIMIT = 64 * 1024 * 1024;

export async function convertDocx(bytes: Buffer): Promise<ImportPlan> {
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      styleMap: ["p[style-name='Title'] => h1.title:fresh"],
    },
  );
  const parts = await readParts(bytes, ['word/comments.xml', 'word/document.xml', 'docProps/core.xml'], PART_LIMIT);
  const comments = parts.has('word/comments.xml') ? readComments(parts.get('word/comments.xml')!, parts.get('word/document.xml') ?? '') : [];
  const title = readTitle(parts.get('docProps/core.xml') ?? '');
  return planImport(result.value, { title, comments }, {
    template: loadApplicationTemplate(),
    variants: headingVariants,
    categories: categoryLabels(loadRulePacks()),
  });
}
