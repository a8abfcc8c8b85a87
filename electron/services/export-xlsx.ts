import { stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { budgetWorkbookOf } from '../../core/budget-sheet/from-rule-pack';
import type { Draft, DocumentLanguage } from '../../core/draft/schema';
import { err, ok, type Result } from '../../core/result';
import { bundledPacks } from './export-docx';
import { exists, folderInTheWay, writeExport } from './export-write';
import { writeBudgetXlsx } from './export-xlsx-write';

/** What the user chose for the budget spreadsheet (or on the command line). */
export interface BudgetExportOptions {
  /** The language of the sheet's words and category names; the draft's document language by default. */
  language?: DocumentLanguage;
  /** As for the Word export: replace a file already there (the default, `kp`), or refuse (the app, until confirmed). */
  ifExists?: 'replace' | 'refuse';
}

/**
 * Exports a draft's budget as an .xlsx workbook, written atomically like the Word export (the
 * target is the old file or the whole new one). Unlike the Word export it is not refused over
 * open errors: the spreadsheet is where a budget over its ceiling gets worked on, and it says so.
 */
export async function exportBudgetXlsx(draft: Draft, path: string, o: BudgetExportOptions = {}, deps: { now?: () => Date } = {}): Promise<Result<{ path: string }>> {
  if (extname(path).toLowerCase() !== '.xlsx') return err('wrong-extension', 'a spreadsheet must be saved as an .xlsx file', path);
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory()) return err('folder-not-found', 'the folder no longer exists (it may have been moved, deleted or disconnected)', path);
  const folderThere = await folderInTheWay(path);
  if (folderThere) return folderThere;
  const replace = o.ifExists !== 'refuse';
  if (!replace && (await exists(path))) return err('target-exists', 'a file with this name already exists; confirm to replace it', path);
  const model = budgetWorkbookOf(draft, bundledPacks(), o.language ?? draft.documentLanguage);
  const bytes = await writeBudgetXlsx(model, deps.now?.() ?? new Date());
  const written = await writeExport(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { replace });
  return written.ok ? ok({ path }) : written;
}
