// The export worker: builds and packs one Word document off the main thread, so a long draft
// never freezes the window, then hands the bytes back (transferred, not copied) and exits.
import { parentPort } from 'node:worker_threads';
import { buildDocxBytes, type ExportJob } from './export-docx-build';

parentPort?.once('message', (job: ExportJob) => {
  buildDocxBytes(job).then(
    (bytes) => {
      // A Buffer may share its memory with others (Node's pool); only a whole ArrayBuffer can move.
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const out = whole ? new Uint8Array(bytes.buffer as ArrayBuffer) : new Uint8Array(bytes);
      parentPort?.postMessage({ ok: true, bytes: out }, [out.buffer]);
    },
    (e: unknown) => parentPort?.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) }),
  );
});
