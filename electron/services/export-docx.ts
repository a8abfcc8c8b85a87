import { stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { docxPackInfo } from '../../core/docx/from-rule-pack';
import type { DocxPackInfo } from '../../core/docx/pack-info';
import { namesFromPacks, type ProgrammeNames } from '../../core/docx/programme-names';
import type { Draft, DocumentLanguage } from '../../core/draft/schema';
import { err, ok, type Result } from '../../core/result';
import { checkDraft, findPack, parseRulePacks, type RulePack } from '../../core/rules';
import { rulePacks } from '../../templates';
import type { ExportJob } from './export-docx-build';
import { buildNewDraft } from '../../core/draft/new-draft';
import { buildInWorker, warmExportWorker as startWorker } from './export-docx-pool';
import { exists, folderInTheWay, writeExport } from './export-write';
import { loadApplicationTemplate } from './templates';

export { stopExportWorker } from './export-docx-pool';

/** What the user chose in the export dialog (or on the command line). */
export interface ExportOptions {
  language?: DocumentLanguage;
  withComments?: boolean;
  /** Open suggestions as Word revisions; without it the document has the author's own text. */
  withSuggestions?: boolean;
  /** Export even though the draft has errors against the programme rules ("export anyway"). */
  allowErrors?: boolean;
  /**
   * What to do with a file already at the path: replace it (the default, and `kp export`'s
   * documented behaviour) or refuse with target-exists (the app, until the user confirmed).
   */
  ifExists?: 'replace' | 'refuse';
}

/** What the export looks up about a draft's programme edition. */
export interface ExportRules {
  /** Error findings of the draft (they block the export unless allowed). */
  errorCount(draft: Draft): number;
  /** Names and ceilings for the document, when the draft's edition is known. */
  packInfo(draft: Draft): DocxPackInfo | undefined;
}

/** Injected by tests; the defaults check against the bundled rule packs, use the clock and the worker. */
export interface ExportDeps {
  rules?: ExportRules;
  now?: () => Date;
  build?: (job: ExportJob) => Promise<Result<Uint8Array>>;
}

let packs: RulePack[] | undefined;
let names: ProgrammeNames | undefined;
/** The bundled rule packs, validated once. An invalid pack set is a build error, caught by its own tests. */
export function bundledPacks(): RulePack[] {
  if (!packs) {
    const r = parseRulePacks(rulePacks);
    packs = r.ok ? r.value : [];
  }
  return packs;
}

/** Checks drafts against the rule pack of their own edition. */
export const bundledRules: ExportRules = {
  errorCount(draft) {
    const pack = findPack(bundledPacks(), draft.editionId);
    return pack ? checkDraft(draft, pack).filter((f) => f.severity === 'error').length : 0;
  },
  packInfo(draft) {
    const pack = findPack(bundledPacks(), draft.editionId);
    return pack ? docxPackInfo(pack, draft) : undefined;
  },
};

/** Every bundled edition's names, for ids the draft's own pack does not name. */
function bundledNames(): ProgrammeNames {
  names ??= namesFromPacks(bundledPacks());
  return names;
}

/** An empty draft's export, built once by a fresh worker to compile docx's code ahead of a real one. */
function primerJob(): ExportJob {
  const template = loadApplicationTemplate();
  const now = new Date(0);
  const draft = buildNewDraft({
    template,
    editionId: '',
    component: template.sections[0]?.components[0] ?? 'project',
    documentLanguage: 'sv-SE',
    now,
    newId: () => 'primer',
  });
  return { draft, template, language: draft.documentLanguage, withComments: false, withSuggestions: false, openErrors: 0, names: bundledNames(), now: now.toISOString() };
}

/**
 * Starts the export worker ahead of an export (the export dialog opened) and has it build an
 * empty draft, so the user's first export costs about what the ones after it do.
 */
export const warmExportWorker = (): void => startWorker(primerJob);

/**
 * Exports a draft as a Word document: refuses when the draft has errors against its edition's
 * rules (unless allowed, and then the document says it is a draft with open errors), builds and
 * packs it off the calling thread, and writes it atomically, so the target never holds a
 * half-written file and an existing file there stays as it was when anything fails. An existing
 * file is kept with `ifExists: 'refuse'` (the app asks the user first), so edits made in Word
 * are never lost to an export that nobody asked to overwrite them.
 */
export async function exportDocx(draft: Draft, path: string, o: ExportOptions = {}, deps: ExportDeps = {}): Promise<Result<{ path: string }>> {
  if (extname(path).toLowerCase() !== '.docx') {
    return err('wrong-extension', 'a Word document must be saved as a .docx file', path);
  }
  // A missing folder is reported at once, before the document is built.
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory()) return err('folder-not-found', 'the folder no longer exists (it may have been moved, deleted or disconnected)', path);
  const replace = o.ifExists !== 'refuse';
  const folderThere = await folderInTheWay(path);
  if (folderThere) return folderThere;
  if (!replace && (await exists(path))) return err('target-exists', 'a file with this name already exists; confirm to replace it', path);
  // The worker loads docx while this thread checks the draft: a first export (`kp export`) then
  // waits for the slower of the two, not for both.
  if (!deps.build) startWorker();
  const rules = deps.rules ?? bundledRules;
  const openErrors = rules.errorCount(draft);
  if (openErrors > 0 && !o.allowErrors) {
    const what = openErrors === 1 ? '1 error' : `${openErrors} errors`;
    return err('export-refused', `the draft has ${what} against the programme rules; fix them first or choose to export anyway`, path);
  }
  const built = await (deps.build ?? buildInWorker)({
    draft,
    template: loadApplicationTemplate(),
    language: o.language ?? draft.documentLanguage,
    withComments: o.withComments ?? false,
    withSuggestions: o.withSuggestions ?? false,
    openErrors,
    pack: rules.packInfo(draft),
    names: bundledNames(),
    now: (deps.now?.() ?? new Date()).toISOString(),
  });
  if (!built.ok) return { ok: false, error: { ...built.error, path } };
  const bytes = Buffer.from(built.value.buffer, built.value.byteOffset, built.value.byteLength);
  const written = await writeExport(path, bytes, { replace });
  return written.ok ? ok({ path }) : written;
}
