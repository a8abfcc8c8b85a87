import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { exportDocx, stopExportWorker, warmExportWorker } from '../../electron/services/export-docx';
import { sampleApplication } from './sample-application';

// The export builds in a worker thread, so the window's thread stays free: shown by the mechanism
// (the built worker is started and the job is posted to it), not by timing it. How long the
// calling thread waits is the export benchmark's (npm run bench).
const seen = vi.hoisted(() => ({ workers: [] as string[], jobs: 0 }));
vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof import('node:worker_threads')>();
  class Watched extends real.Worker {
    constructor(url: string | URL, options?: import('node:worker_threads').WorkerOptions) {
      super(url, options);
      seen.workers.push(String(url));
    }
    override postMessage(message: unknown, transfer?: readonly import('node:worker_threads').Transferable[]) {
      seen.jobs++;
      super.postMessage(message, transfer as never);
    }
  }
  return { ...real, Worker: Watched };
});

afterAll(() => stopExportWorker());

describe('exportDocx: off the calling thread', () => {
  it('builds the document in the built export worker and writes what it returns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kp-export-thread-'));
    try {
      const path = join(dir, 'a.docx');
      const r = await exportDocx(sampleApplication(), path, {}, { rules: { errorCount: () => 0, packInfo: () => undefined } });
      expect(r.ok).toBe(true);
      expect(seen.workers).toEqual([expect.stringMatching(/out\/main\/export-docx-worker\.js$/)]);
      expect(seen.jobs).toBe(1);
      expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('has a worker started ahead (the export dialog opened) build once, and the export after it gets its own document', async () => {
    stopExportWorker();
    seen.workers.length = 0;
    seen.jobs = 0;
    const dir = await mkdtemp(join(tmpdir(), 'kp-export-thread-'));
    try {
      warmExportWorker();
      const path = join(dir, 'b.docx');
      const r = await exportDocx(sampleApplication(), path, {}, { rules: { errorCount: () => 0, packInfo: () => undefined } });
      expect(r.ok).toBe(true);
      expect(seen.workers).toHaveLength(1);
      expect(seen.jobs).toBe(2);
      const xml = await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string');
      expect(xml).toContain(sampleApplication().title);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
