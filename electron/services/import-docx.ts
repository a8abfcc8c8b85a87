import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportPlan } from '../../core/import/plan';
import { MAX_IMPORT_BYTES, type ImportRefusal } from '../../core/import/refusal';
import { err, ok, type Result } from '../../core/result';
import { checkDocxBytes } from './import-docx-check';

/**
 * Imports a Word document as far as the preview: reads the file, checks it (import-docx-check.ts)
 * and converts it in a worker thread of its own with a time limit and a memory limit, so that a
 * hostile or pathological document can neither freeze nor exhaust the app. The answer is a plan
 * or a refusal reason; a file that cannot be read at all is an error.
 */

export type ImportOutcome = { kind: 'plan'; plan: ImportPlan } | { kind: 'refused'; reason: ImportRefusal };

export interface ImportLimits {
  /** How long a conversion may take. */
  timeMs: number;
  /** The worker's heap (old generation), in MB. */
  memoryMb: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { timeMs: 30_000, memoryMb: 512 };

/** Where the built worker is: beside the running bundle, or in out/main/ when these sources run directly (tests). */
export function importWorkerUrl(from: string = import.meta.url): URL {
  const beside = new URL('./import-docx-worker.js', from);
  if (beside.protocol !== 'file:' || existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../out/main/import-docx-worker.js', from);
}

/** Converts checked bytes in a fresh worker; refused as too complex when it runs out of time or memory. */
export function convertInWorker(bytes: Buffer, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<Result<ImportOutcome>> {
  return new Promise((resolve) => {
    const w = new Worker(importWorkerUrl(), { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 } });
    let settled = false;
    const finish = (r: Result<ImportOutcome>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void w.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish(ok({ kind: 'refused', reason: 'too-complex' })), limits.timeMs);
    w.on('message', (m: { ok: true; plan: unknown } | { ok: false; message: string }) => {
      if (!m.ok) return finish(ok({ kind: 'refused', reason: 'corrupt' }));
      const plan = ImportPlan.safeParse(m.plan);
      finish(plan.success ? ok({ kind: 'plan', plan: plan.data }) : err('unexpected', `the import plan did not validate: ${plan.error.issues[0]?.message ?? ''}`));
    });
    w.on('error', (e: Error & { code?: string }) => finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? ok({ kind: 'refused', reason: 'too-complex' }) : ok({ kind: 'refused', reason: 'corrupt' })));
    w.on('exit', () => finish(ok({ kind: 'refused', reason: 'too-complex' })));
    const copy = new Uint8Array(bytes);
    w.postMessage({ bytes: copy }, [copy.buffer]);
  });
}

/** Checks and converts the Word document at `path`. */
export async function importDocx(path: string, limits?: ImportLimits): Promise<Result<ImportOutcome>> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return err('file-not-found', 'not a file', path);
    size = s.size;
  } catch {
    return err('file-not-found', 'the file does not exist', path);
  }
  // Too large is refused before a byte is read into memory.
  if (size > MAX_IMPORT_BYTES) return ok({ kind: 'refused', reason: 'too-large' });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return err('file-unreadable', 'the file could not be read', path);
  }
  const refusal = await checkDocxBytes(bytes, basename(path));
  if (refusal) return ok({ kind: 'refused', reason: refusal });
  return convertInWorker(bytes, limits);
}
