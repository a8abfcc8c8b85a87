import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { err, ok, type Result } from '../../core/result';
import type { ExportJob } from './export-docx-build';

/** How long an idle export worker stays up for the next export. */
const IDLE_MS = 60_000;

type Reply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };
type Pending = (r: Result<Uint8Array>) => void;

/**
 * Where the built export worker is: beside the bundle that starts it (the app, `kp`, browser mode
 * all run from out/main/), or, when these sources are imported directly (tests, benchmarks), in
 * the project's out/main/, which the build writes (`npm test` and bin/kp.mjs build it first).
 */
export function workerUrl(from: string = import.meta.url): URL {
  const beside = new URL('./export-docx-worker.js', from);
  if (beside.protocol !== 'file:' || existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../out/main/export-docx-worker.js', from);
}

function startWorker(): Worker {
  // A smaller young generation than V8's default keeps the peak memory of long exports some 25 MB
  // lower, at no measurable cost in time.
  return new Worker(workerUrl(), { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
}

/**
 * One export worker, started on first use (or by `warm`) and kept for the next export until it
 * has been idle for a minute: starting it (loading docx) costs more
 * than building most documents. Jobs run one after another. A worker that fails is dropped and
 * the jobs it held get an error; the next export starts a fresh one. An idle worker never keeps
 * the process alive (the `kp` command exits as soon as its export is written).
 */
class ExportWorkerPool {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  private get(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker();
    w.on('message', (m: Reply) => {
      const done = this.pending.get(m.id);
      this.pending.delete(m.id);
      done?.(m.ok ? ok(m.bytes) : err('export-failed', `the Word document could not be built (${m.message})`));
      this.settle();
    });
    const fail = (message: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const jobs = [...this.pending.values()];
      this.pending.clear();
      for (const done of jobs) done(err('export-failed', message));
      void w.terminate();
    };
    w.on('error', (e) => fail(`the Word document could not be built (${e.message})`));
    w.on('exit', (code) => fail(`the export stopped unexpectedly (exit code ${code})`));
    this.worker = w;
    this.settle();
    return w;
  }

  /** Keeps the process alive only while jobs are pending, and ends the worker after a quiet minute. */
  private settle() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const w = this.worker;
    if (!w) return;
    if (this.pending.size > 0) {
      w.ref();
      return;
    }
    w.unref();
    this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
    this.idleTimer.unref();
  }

  /** Builds and packs one document in the worker. */
  run(job: ExportJob): Promise<Result<Uint8Array>> {
    return new Promise((resolve) => {
      const w = this.get();
      const id = this.nextId++;
      this.pending.set(id, resolve);
      this.settle();
      w.postMessage({ id, job });
    });
  }

  /**
   * Starts the worker ahead of an export (e.g. when the export dialog opens). A fresh worker then
   * builds `primer()` once, its result dropped: the first real export finds docx's code not only
   * loaded but compiled, and takes about as long as the ones after it.
   */
  warm(primer?: () => ExportJob) {
    const fresh = !this.worker;
    this.get();
    if (fresh && primer) void this.run(primer());
  }

  /** Ends the worker now; pending jobs get an error. */
  stop() {
    const w = this.worker;
    if (!w) return;
    this.worker = undefined;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const done of jobs) done(err('cancelled', 'the export was stopped'));
    void w.terminate();
  }
}

const pool = new ExportWorkerPool();

/** Builds and packs a document in the export worker; the calling thread stays free. */
export const buildInWorker = (job: ExportJob) => pool.run(job);
/** Starts the export worker ahead of time (and has a fresh one build `primer()`), so the next export does not wait for it. */
export const warmExportWorker = (primer?: () => ExportJob) => pool.warm(primer);
/** Ends the export worker (on quit, or in tests). */
export const stopExportWorker = () => pool.stop();
