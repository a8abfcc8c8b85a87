import { importDocx } from './import-docx';
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { Handlers } from '../../core/ipc/dispatch';
import type { Draft } from '../../core/draft/schema';
import { buildNewDraft } from '../../core/draft/new-draft';
import { err, ok, type Result } from '../../core/result';
import type { AppStore } from './app-store';
import { writeDraftFile } from './draft-files';
import { readDraftFileOrAhead } from './draft-read-ahead';
import { exportDocx, warmExportWorker } from './export-docx';
import { exportBudgetXlsx } from './export-xlsx';
import { mergeReviewFromFiles } from './merge-review';
import { createRecoveryArea } from './recovery';
import { withFileTimes } from './recent-times';
import { reviewCopyPath } from './review-copy';
import { conflictInfo } from './conflict-info';
import { defaultEdition, loadApplicationTemplate } from './templates';
import { createVersionStore } from './versions';
import { listReuseSources, readLinkedDraft, readReuseSource } from './reuse-sources';
import { createFirstScreenStore } from './first-screen';

/** "Mombasa County (KE), Västra Götalandsregionen (SE)": who the draft is with, for the recent list. */
export function partnerLine(draft: Draft): string {
  return draft.partners
    .filter((p) => p.organisation.trim())
    .map((p) => (p.country ? `${p.organisation.trim()} (${p.country})` : p.organisation.trim()))
    .join(', ')
    .slice(0, 300);
}

export interface ServiceDeps {
  store: AppStore;
  mode: 'electron' | 'web';
  version: string;
  draftsDir: string;
  userDataDir: string;
  /** Opens a file in its default program or shows it in its folder (the shell's way); absent where it cannot. */
  showFile?: ShowFile;
}

export type ShowFile = (path: string, how: 'open' | 'folder') => Promise<Result<Record<string, never>>>;

/**
 * The handlers every shell shares (Electron main and the browser-mode server). Shell-specific
 * channels (native dialogs, window state, the in-app file picker) are added by each shell.
 */
export function createServiceHandlers(d: ServiceDeps): Partial<Handlers> {
  const remember = (path: string, draft: Draft) => {
    const partner = partnerLine(draft);
    d.store.addRecent({ path, title: draft.title || basename(path), modifiedAt: new Date().toISOString(), ...(partner ? { partner } : {}) });
  };

  const recovery = createRecoveryArea(d.userDataDir);
  const versions = createVersionStore(d.userDataDir, recovery);
  // Only what this run exported may be opened from the window: never any file it names.
  const exported = new Set<string>();
  const firstScreens = createFirstScreenStore(d.userDataDir);

  return {
    'app:info': async () => ok({ mode: d.mode, version: d.version, platform: process.platform, draftsDir: d.draftsDir }),
    'settings:get': async () => ok(d.store.getSettings()),
    'settings:set': async (patch) => ok(d.store.setSettings(patch)),
    'draft:new': async (req) =>
      ok({
        draft: buildNewDraft({
          template: loadApplicationTemplate(),
          editionId: req.editionId ?? defaultEdition(d.store.getSettings().defaultEdition, req.submissionDate),
          component: req.component ?? 'project',
          documentLanguage: req.documentLanguage ?? 'sv-SE',
          submissionDate: req.submissionDate ?? null,
          now: new Date(),
          newId: randomUUID,
        }),
      }),
    'draft:open': async ({ path }) => {
      const r = await readDraftFileOrAhead(path);
      if (!r.ok) return r;
      remember(path, r.value.draft);
      return ok({ path, draft: r.value.draft, fingerprint: r.value.fingerprint });
    },
    'draft:save': async ({ path, draft, expected, overwrite }) => {
      // The file's previous content goes to the recovery area first (the last N versions).
      const backups = { userDataDir: d.userDataDir, keep: d.store.getSettings().backupCount };
      // Unless the user chose to replace it, the file must still hold what this window last saw.
      const check = overwrite || expected === undefined ? {} : { expected };
      const r = await writeDraftFile(path, draft, { backups, ...check });
      if (!r.ok) return r;
      remember(path, draft);
      return ok({ path, savedAt: r.value.savedAt, fingerprint: r.value.fingerprint });
    },
    'recent:list': async () => ok(await withFileTimes(d.store.getRecent())),
    // Autosave goes here, never to the user's file (the renderer saves to the file itself only
    // when settings.autosaveToFile is on).
    'recovery:list': async () => recovery.list(),
    'recovery:save': async ({ key, path, draft, fingerprint, reason }) => recovery.save(key, path, draft, fingerprint, reason),
    'recovery:load': async ({ key }) => recovery.load(key),
    'recovery:discard': async ({ key }) => recovery.discard(key),
    'export:prepare': async () => {
      warmExportWorker();
      return ok({});
    },
    'import:docx': async ({ path }) => importDocx(path),
    'export:docx': async ({ draft, path, replace, ...o }) => {
      // The window replaces an existing file only when the user confirmed it (`replace`).
      const r = await exportDocx(draft, path, { ...o, ifExists: replace ? 'replace' : 'refuse' });
      if (r.ok) exported.add(r.value.path);
      return r;
    },
    'export:xlsx': async ({ draft, path, replace, language }) => {
      const r = await exportBudgetXlsx(draft, path, { language, ifExists: replace ? 'replace' : 'refuse' });
      if (r.ok) exported.add(r.value.path);
      return r;
    },
    'export:show': async ({ path, how }) => {
      if (!exported.has(path)) return err('forbidden', 'only a document exported in this session can be opened from here', path);
      if (!d.showFile) return err('not-available', 'opening files is not available here', path);
      return d.showFile(path, how);
    },
    'files:exist': async ({ paths }) => ok({ exists: await Promise.all(paths.map(isFile)) }),
    'review:roles': async () => ok(d.store.getReviewRoles()),
    'review:set-role': async ({ path, role }) => {
      d.store.setReviewRole(path, role);
      return ok({});
    },
    'review:copy-path': async ({ path, ...naming }) => reviewCopyPath(path, naming),
    // The comments and the sections that gained suggestions come back; the renderer puts them into the open draft (nothing is saved here).
    'review:merge': async ({ draft, paths }) => {
      const r = await mergeReviewFromFiles(draft, paths);
      if (!r.ok) return r;
      const merged = r.value.draft;
      const sections = Object.fromEntries(Object.entries(merged.sections).filter(([id, v]) => v !== draft.sections[id]));
      return ok({ annotations: merged.annotations, sections, report: r.value.report.comments, suggestions: r.value.report.suggestions });
    },
    'draft:conflict-info': async ({ path }) => conflictInfo(path),
    // Earlier versions: backups and recovery copies, by opaque ids only (see versions.ts).
    'versions:list': async (req) => versions.list(req),
    'versions:load': async ({ id }) => versions.load(id),
    'versions:newest-readable': async ({ path }) => versions.newestReadable(path),
    // Earlier drafts, read only to take parts of them into the open one: never opened or remembered.
    'reuse:list': async () => listReuseSources(d.draftsDir, d.store.getRecent(), partnerLine),
    'reuse:read': async ({ path }) => readReuseSource(path),
    // The application submitted with the open one, read only so that its checks see both.
    'linked:read': async ({ path }) => readLinkedDraft(path),
    'first-screen:keep': async (screen) => firstScreens.keep(screen),
  };
}

/** True when `path` is absolute and names a file that is there now. */
async function isFile(path: string): Promise<boolean> {
  if (!isAbsolute(path)) return false;
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
