import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/ipc/dispatch';
import { ok } from '../../core/result';
import { AppStore } from '../../electron/services/app-store';
import { exportDocx, stopExportWorker, type ExportRules } from '../../electron/services/export-docx';
import { createServiceHandlers } from '../../electron/services/handlers';
import { injectFault, makeUnwritable, tempFolder } from '../electron/services/draft-files-helpers';
import { tempNameFor } from '../../electron/services/draft-files-safe-write';
import { sampleApplication } from './sample-application';

/**
 * The Word file is the user's too: it may hold edits made in Word since the last export, be open
 * in Word right now, or sit in a folder that is read-only or has just been disconnected. The
 * export must then say which of these it is and leave the file, and the folder, as they were.
 */

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-export-write-'));
});
afterEach(() => cleanup());
afterAll(() => stopExportWorker());

const noErrors: ExportRules = { errorCount: () => 0, packInfo: () => undefined };
const fakeDocx = async () => ok(new Uint8Array(Buffer.from('PK new document')));
const EDITED_IN_WORD = 'PK the document as edited in Word';

describe('files beside the document', () => {
  it('sweeps what a killed export of ours left, and never a file of the user\'s', async () => {
    const path = join(dir, 'plan.docx');
    const leftover = join(dir, tempNameFor('plan.docx'));
    const users = join(dir, 'plan.docx.1');
    writeFileSync(leftover, 'PK half');
    writeFileSync(users, 'the user\'s own copy');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const f of [leftover, users]) utimesSync(f, hourAgo, hourAgo);
    expect((await exportDocx(sampleApplication(), path, {}, { rules: noErrors, build: fakeDocx })).ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['plan.docx', 'plan.docx.1']);
    expect(readFileSync(users, 'utf8')).toBe('the user\'s own copy');
  });
});

describe('exporting over an existing document', () => {
  it('never takes a folder of that name for a file to replace, even when told to replace', async () => {
    const path = join(dir, 'Mapp.docx');
    mkdirSync(path);
    writeFileSync(join(path, 'inside.txt'), 'kept');
    for (const ifExists of ['refuse', 'replace'] as const) {
      const r = await exportDocx(sampleApplication(), path, { ifExists }, { rules: noErrors, build: fakeDocx });
      expect(r).toMatchObject({ ok: false, error: { code: 'target-is-folder', path } });
    }
    expect(readdirSync(dir)).toEqual(['Mapp.docx']);
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('refuses to replace it unless told to, leaving it byte-identical; replaces it when told', async () => {
    const path = join(dir, 'ansökan.docx');
    writeFileSync(path, EDITED_IN_WORD);
    const refused = await exportDocx(sampleApplication(), path, { ifExists: 'refuse' }, { rules: noErrors, build: fakeDocx });
    expect(refused).toMatchObject({ ok: false, error: { code: 'target-exists', path } });
    expect(readFileSync(path, 'utf8')).toBe(EDITED_IN_WORD);
    expect(await exportDocx(sampleApplication(), path, { ifExists: 'replace' }, { rules: noErrors, build: fakeDocx })).toEqual({ ok: true, value: { path } });
    expect(readFileSync(path, 'utf8')).toBe('PK new document');
    expect(readdirSync(dir)).toEqual(['ansökan.docx']);
  });

  it('from the window, replaces only with the user’s confirmation (replace: true)', async () => {
    const kv = new Map<string, unknown>();
    const store = new AppStore({ get: (k: string) => kv.get(k), set: (k: string, v: unknown) => void kv.set(k, v) });
    const h = createServiceHandlers({ store, mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    const path = join(dir, 'ansökan.docx');
    writeFileSync(path, EDITED_IN_WORD);
    const draft = sampleApplication();
    expect(await dispatch(h, 'export:docx', { draft, path })).toMatchObject({ ok: false, error: { code: 'target-exists' } });
    expect(readFileSync(path, 'utf8')).toBe(EDITED_IN_WORD);
    expect(await dispatch(h, 'export:docx', { draft, path, replace: true })).toEqual({ ok: true, value: { path } });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(path, 'utf8')).not.toBe(EDITED_IN_WORD);
  });
});

describe('exporting where the document cannot be written', () => {
  it('reports a read-only folder as read-only, the old document unchanged and no temporary file left', async () => {
    const path = join(dir, 'ansökan.docx');
    writeFileSync(path, EDITED_IN_WORD);
    const undo = makeUnwritable(dir) ?? injectFault({ code: 'EACCES', on: 'open', match: (p) => p.startsWith(dir) });
    let r;
    try {
      r = await exportDocx(sampleApplication(), path, {}, { rules: noErrors, build: fakeDocx });
    } finally {
      undo();
    }
    expect(r).toMatchObject({ ok: false, error: { code: 'read-only', path } });
    expect(readFileSync(path, 'utf8')).toBe(EDITED_IN_WORD);
    expect(readdirSync(dir)).toEqual(['ansökan.docx']);
  });

  it('reports a folder that vanished while the document was being built, and leaves nothing behind', async () => {
    const folder = join(dir, 'USB-minnet');
    mkdirSync(folder);
    const path = join(folder, 'ansökan.docx');
    const unplugged = async () => {
      rmSync(folder, { recursive: true });
      return fakeDocx();
    };
    const r = await exportDocx(sampleApplication(), path, {}, { rules: noErrors, build: unplugged });
    expect(r).toMatchObject({ ok: false, error: { code: 'folder-not-found', path } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says the document is open in another program when Windows refuses it and Word’s owner file is beside it', async () => {
    const path = join(dir, 'Ansökan Mombasa.docx');
    writeFileSync(path, EDITED_IN_WORD);
    writeFileSync(join(dir, '~$sökan Mombasa.docx'), 'owner');
    const undo = injectFault({ code: 'EPERM', on: 'open', match: (p) => p.startsWith(dir) && p.includes('Ansökan') });
    let locked, readOnly;
    try {
      locked = await exportDocx(sampleApplication(), path, {}, { rules: noErrors, build: fakeDocx });
      rmSync(join(dir, '~$sökan Mombasa.docx'));
      // The same refusal without Word's owner file is a read-only file or folder.
      readOnly = await exportDocx(sampleApplication(), path, {}, { rules: noErrors, build: fakeDocx });
    } finally {
      undo();
    }
    expect(locked).toMatchObject({ ok: false, error: { code: 'file-locked', path, message: expect.stringMatching(/open in another program.*unchanged/) } });
    expect(readOnly).toMatchObject({ ok: false, error: { code: 'read-only', path } });
    expect(readFileSync(path, 'utf8')).toBe(EDITED_IN_WORD);
    expect(readdirSync(dir)).toEqual(['Ansökan Mombasa.docx']);
  });

  it('reports a file in use (EBUSY) as open in another program', async () => {
    const path = join(dir, 'a.docx');
    writeFileSync(path, EDITED_IN_WORD);
    const undo = injectFault({ code: 'EBUSY', on: 'open', match: (p) => p.startsWith(dir) && p.includes('a.docx') });
    let r;
    try {
      r = await exportDocx(sampleApplication(), path, {}, { rules: noErrors, build: fakeDocx });
    } finally {
      undo();
    }
    expect(r).toMatchObject({ ok: false, error: { code: 'file-locked', path } });
    expect(readFileSync(path, 'utf8')).toBe(EDITED_IN_WORD);
  });

  it('removes its temporary file when the disk fills up mid-write', async () => {
    const path = join(dir, 'a.docx');
    writeFileSync(path, EDITED_IN_WORD);
    const undo = injectFault({ code: 'ENOSPC', on: 'write', match: (p) => p.startsWith(dir) && p.includes('a.docx') && p !== path });
    let r;
    try {
      r = await exportDocx(sampleApplication(), path, {}, { rules: noErrors, build: fakeDocx });
    } finally {
      undo();
    }
    expect(r).toMatchObject({ ok: false, error: { code: 'disk-full', path } });
    expect(readFileSync(path, 'utf8')).toBe(EDITED_IN_WORD);
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
});
