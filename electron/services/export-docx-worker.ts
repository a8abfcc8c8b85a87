// The export worker: builds and packs Word documents off the main thread, so a long draft never
// freezes the window. It stays up between exports (the service ends it when idle) and answers each
// job with its id, handing the bytes back transferred, not copied.
import { parentPort } from 'node:worker_threads';
import { buildDocxBytes, type ExportJob } from './export-docx-build';

parentPort?.on('message', ({ id, job }: { id: number; job: ExportJob }) => {
  buildDocxBytes(job).then(
    (bytes) => {
      // A Buffer may share its memory with others (Node's pool); only a whole ArrayBuffer can move.
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const out = whole ? new Uint8Array(bytes.buffer as ArrayBuffer) : new Uint8Array(bytes);
      parentPort?.postMessage({ id, ok: true, bytes: out }, [out.buffer]);
    },
    (e: unknown) => parentPort?.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) }),
  );
});
