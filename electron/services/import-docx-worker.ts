// The import worker: converts one Word document into an import plan off the thread that serves a
// window, under the memory limit its starter set (import-docx.ts). One document per worker: a
// document that exhausts the limit or the time takes only its own worker with it.
import { parentPort } from 'node:worker_threads';
import { convertDocx } from './import-docx-convert';

parentPort?.once('message', ({ bytes }: { bytes: Uint8Array }) => {
  convertDocx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (plan) => parentPort?.postMessage({ ok: true, plan }),
    (e: unknown) => parentPort?.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) }),
  );
});
