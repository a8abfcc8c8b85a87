import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { docxPackInfo } from '../../core/docx/from-rule-pack';
import type { DocxPackInfo } from '../../core/docx/pack-info';
import type { Draft, DocumentLanguage } from '../../core/draft/schema';
import { err, ok, type Result } from '../../core/result';
import { checkDraft, findPack, parseRulePacks, type RulePack } from '../../core/rules';
import { rulePacks } from '../../templates';
import { writeAtomic } from './draft-files-safe-write';
import type { ExportJob } from './export-docx-build';

/** What the user chose in the export dialog (or on the command line). */
export interface ExportOptions {
  language?: DocumentLanguage;
  withComments?: boolean;
  /** Export even though the draft has errors against the programme rules ("export anyway"). */
  allowErrors?: boolean;
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
/** The bundled rule packs, validated once. An invalid pack set is a build error, caught by its own tests. */
function bundledPacks(): RulePack[] {
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

/**
 * Starts the export worker. The built app ships it as export-docx-worker.js next to the main
 * bundle; run from the TypeScript sources (the `kp` command, browser mode, tests) it is loaded
 * through tsx, registered inside the worker.
 */
function startWorker(): Worker {
  const built = new URL('./export-docx-worker.js', import.meta.url);
  if (built.protocol === 'file:' && existsSync(fileURLToPath(built))) return new Worker(built);
  const source = new URL('./export-docx-worker.ts', import.meta.url).href;
  // tsx's ESM register API (require.resolve would give its CommonJS build, which a worker cannot import).
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`,
    { eval: true },
  );
}

/** Builds and packs the document in a worker thread; the caller's thread stays free. */
export function buildInWorker(job: ExportJob): Promise<Result<Uint8Array>> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: Result<Uint8Array>) => {
      if (settled) return;
      settled = true;
      resolve(r);
      void worker.terminate();
    };
    const worker = startWorker();
    worker.once('message', (m: { ok: true; bytes: Uint8Array } | { ok: false; message: string }) =>
      done(m.ok ? ok(m.bytes) : err('export-failed', `the Word document could not be built (${m.message})`)),
    );
    worker.once('error', (e) => done(err('export-failed', `the Word document could not be built (${e.message})`)));
    worker.once('exit', (code) => done(err('export-failed', `the export stopped unexpectedly (exit code ${code})`)));
    worker.postMessage(job);
  });
}

/**
 * Exports a draft as a Word document: refuses when the draft has errors against its edition's
 * rules (unless allowed, and then the document says it is a draft with open errors), builds and
 * packs it off the calling thread, and writes it atomically, so the target never holds a
 * half-written file and an existing file there stays as it was when anything fails.
 */
export async function exportDocx(draft: Draft, path: string, o: ExportOptions = {}, deps: ExportDeps = {}): Promise<Result<{ path: string }>> {
  if (extname(path).toLowerCase() !== '.docx') {
    return err('wrong-extension', 'a Word document must be saved as a .docx file', path);
  }
  // A missing folder is reported at once, before the document is built.
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory()) return err('folder-not-found', 'the folder no longer exists (it may have been moved, deleted or disconnected)', path);
  const rules = deps.rules ?? bundledRules;
  const openErrors = rules.errorCount(draft);
  if (openErrors > 0 && !o.allowErrors) {
    const what = openErrors === 1 ? '1 error' : `${openErrors} errors`;
    return err('export-refused', `the draft has ${what} against the programme rules; fix them first or choose to export anyway`, path);
  }
  const built = await (deps.build ?? buildInWorker)({
    draft,
    language: o.language ?? draft.documentLanguage,
    withComments: o.withComments ?? false,
    openErrors,
    pack: rules.packInfo(draft),
    now: (deps.now?.() ?? new Date()).toISOString(),
  });
  if (!built.ok) return { ok: false, error: { ...built.error, path } };
  const written = await writeAtomic(path, Buffer.from(built.value.buffer, built.value.byteOffset, built.value.byteLength));
  return written.ok ? ok({ path }) : written;
}
