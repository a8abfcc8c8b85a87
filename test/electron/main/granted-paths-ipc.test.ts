import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { startApp } from '../../../electron/main/app-main';
import { FakeBrowserWindow, fakeEvent, invokeEvent, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron-store', async () => (await import('./fake-electron')).createFakeElectronStore());
const fake = electron as unknown as FakeElectron;

// Main serves files only by the paths it handed out; a renderer that names any other path (a bug,
// or content that took over the page) gets `forbidden` and nothing is read or written.
const home = mkdtempSync(join(tmpdir(), 'kp-granted-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const at = (...parts: string[]) => join(home, ...parts);
let draft: Draft;

beforeAll(async () => {
  for (const d of ['outside', 'chosen', 'share', 'launch']) mkdirSync(at(d), { recursive: true });
  fake.app.paths = { userData: at('user-data'), documents: at('Documents') };
  const argv = process.argv;
  process.argv = ['/opt/KP Drafter/kp-drafter', at('launch', 'start.kpdraft')];
  startApp({ rendererDir: at('renderer'), preloadPath: at('preload', 'index.cjs') });
  process.argv = argv;
  await fake.app.becomeReady();
  FakeBrowserWindow.all[0]!.webContents.finishLoad();
  const created = (await call('draft:new', {})) as { value: { draft: Draft } };
  draft = created.value.draft;
  for (const file of [at('outside', 'secret.kpdraft'), at('chosen', 'a.kpdraft'), at('share', 'original.kpdraft'), at('share', 'other.kpdraft'), at('launch', 'start.kpdraft')]) {
    writeFileSync(file, serializeDraft({ ...draft, title: file }));
  }
});

const call = (channel: string, req: unknown) => fake.ipcMain.handlers.get(channel)!(invokeEvent(FakeBrowserWindow.all[0]!.webContents), req);
const forbidden = { ok: false, error: { code: 'forbidden' } };

describe('paths a renderer names in Electron', () => {
  it('refuses to open, save over, export to or merge from a path main never handed out', async () => {
    expect(await call('draft:open', { path: '/etc/passwd.kpdraft' })).toMatchObject(forbidden);
    expect(await call('draft:open', { path: join(homedir(), '.ssh', 'x.kpdraft') })).toMatchObject(forbidden);
    expect(await call('draft:open', { path: at('outside', 'secret.kpdraft') })).toMatchObject({ ...forbidden, error: { path: at('outside', 'secret.kpdraft') } });
    const before = readFileSync(at('outside', 'secret.kpdraft'), 'utf8');
    expect(await call('draft:save', { path: at('outside', 'secret.kpdraft'), draft })).toMatchObject(forbidden);
    expect(await call('draft:save', { path: at('outside', 'planted.kpdraft'), draft })).toMatchObject(forbidden);
    expect(await call('export:docx', { path: at('outside', 'planted.docx'), draft, allowErrors: true })).toMatchObject(forbidden);
    expect(await call('review:merge', { draft, paths: [at('outside', 'secret.kpdraft')] })).toMatchObject(forbidden);
    expect(await call('review:set-role', { path: at('outside', 'secret.kpdraft'), role: 'reviewer' })).toMatchObject(forbidden);
    // Nor read one to reuse parts of it.
    expect(await call('reuse:read', { path: at('outside', 'secret.kpdraft') })).toMatchObject(forbidden);
    // Nor say what a folder holds, not even which copy names are taken.
    expect(await call('draft:conflict-info', { path: at('outside', 'secret.kpdraft') })).toMatchObject(forbidden);
    // Nor does it list folders: Electron chooses files in the native dialogs.
    expect(await call('files:list', { dir: homedir() })).toMatchObject({ ok: false, error: { code: 'not-available' } });
    expect(readFileSync(at('outside', 'secret.kpdraft'), 'utf8')).toBe(before);
    expect(existsSync(at('outside', 'planted.kpdraft'))).toBe(false);
    expect(existsSync(at('outside', 'planted.docx'))).toBe(false);
  });

  it('reads for reuse the drafts it listed itself (the recent files and the drafts folder)', async () => {
    const inFolder = at('Documents', 'KP Drafter', 'förra året.kpdraft');
    writeFileSync(inFolder, serializeDraft({ ...draft, title: 'Förra året' }));
    expect(await call('reuse:read', { path: inFolder })).toMatchObject(forbidden);
    const listed = (await call('reuse:list', {})) as { ok: true; value: { entries: Array<{ path: string; problem?: unknown }> } };
    const readable = listed.value.entries.filter((e) => !e.problem);
    expect(readable.map((e) => e.path)).toContain(inFolder);
    for (const e of readable) expect(await call('reuse:read', { path: e.path })).toMatchObject({ ok: true, value: { path: e.path } });
  });

  it('reads the draft linked to one the user opened, and no other', async () => {
    const steering = at('share', 'styrgrupp.kpdraft');
    writeFileSync(steering, serializeDraft({ ...draft, title: 'Styrgrupp', component: 'steering_group' }));
    expect(await call('linked:read', { path: steering })).toMatchObject(forbidden);
    writeFileSync(at('chosen', 'linked.kpdraft'), serializeDraft({ ...draft, title: 'Projekt', linkedDraft: { file: steering, title: 'Styrgrupp' } }));
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [at('chosen', 'linked.kpdraft')] });
    await call('dialog:open-draft', {});
    expect(await call('draft:open', { path: at('chosen', 'linked.kpdraft') })).toMatchObject({ ok: true });
    expect(await call('linked:read', { path: steering })).toMatchObject({ ok: true, value: { title: 'Styrgrupp', component: 'steering_group' } });
    expect(await call('linked:read', { path: at('outside', 'secret.kpdraft') })).toMatchObject(forbidden);
  });

  it('accepts what a dialog returned: open, save there again, Save As and export', async () => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [at('chosen', 'a.kpdraft')] });
    expect(await call('dialog:open-draft', {})).toEqual({ ok: true, value: { path: at('chosen', 'a.kpdraft') } });
    expect(await call('draft:open', { path: at('chosen', 'a.kpdraft') })).toMatchObject({ ok: true, value: { path: at('chosen', 'a.kpdraft') } });
    expect(await call('draft:save', { path: at('chosen', 'a.kpdraft'), draft })).toMatchObject({ ok: true });
    // After a conflict, "keep both" may write the copy main named beside it.
    const copy = await call('draft:conflict-info', { path: at('chosen', 'a.kpdraft') });
    expect(copy).toEqual({ ok: true, value: { path: at('chosen', 'a (2).kpdraft'), gone: false } });
    expect(await call('draft:save', { path: at('chosen', 'a (2).kpdraft'), draft, expected: null })).toMatchObject({ ok: true });

    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: at('outside', 'saved-as.kpdraft') });
    expect(await call('dialog:save-draft', { suggestedName: 'x' })).toMatchObject({ ok: true, value: { path: at('outside', 'saved-as.kpdraft') } });
    expect(await call('draft:save', { path: at('outside', 'saved-as.kpdraft'), draft })).toMatchObject({ ok: true });
    expect(existsSync(at('outside', 'saved-as.kpdraft'))).toBe(true);

    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: at('outside', 'word.docx') });
    expect(await call('dialog:export-docx', { suggestedName: 'x' })).toMatchObject({ ok: true });
    expect(await call('export:docx', { path: at('outside', 'word.docx'), draft, allowErrors: true })).toMatchObject({ ok: true });
  });

  it('accepts the files a reviewer picked in the dialog for merging comments', async () => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [at('outside', 'secret.kpdraft')] });
    await call('dialog:open-review-copies', {});
    expect(await call('review:merge', { draft, paths: [at('outside', 'secret.kpdraft')] })).toMatchObject({ ok: true });
  });

  it('accepts the file of the command line, of a second launch and of a drop on the window', async () => {
    expect(await call('draft:open', { path: at('launch', 'start.kpdraft') })).toMatchObject({ ok: true });
    expect(await call('draft:open', { path: at('share', 'original.kpdraft') })).toMatchObject(forbidden);
    fake.app.emit('second-instance', fakeEvent(), ['kp-drafter', at('share', 'original.kpdraft')], home, {});
    expect(await call('draft:open', { path: at('share', 'original.kpdraft') })).toMatchObject({ ok: true });
    expect(await call('review:set-role', { path: at('share', 'original.kpdraft'), role: 'reviewer' })).toMatchObject({ ok: true });

    const dropped = at('outside', 'dropped.kpdraft');
    writeFileSync(dropped, serializeDraft(draft));
    expect(await call('draft:open', { path: dropped })).toMatchObject(forbidden);
    const contents = FakeBrowserWindow.all[0]!.webContents;
    fake.app.emit('web-contents-created', fakeEvent(), contents);
    contents.emit('will-navigate', fakeEvent({ url: `file://${dropped}` }));
    expect(await call('draft:open', { path: dropped })).toMatchObject({ ok: true });
  });

  it('lets a reviewer copy go to a new file beside the opened draft, but not over another file there', async () => {
    const copy = at('share', 'original – granskning Eva.kpdraft');
    expect(await call('draft:save', { path: copy, draft })).toMatchObject({ ok: true, value: { path: copy } });
    // Once written it is the window's file: saving it again (now it exists) is allowed.
    expect(await call('draft:save', { path: copy, draft })).toMatchObject({ ok: true });
    const other = readFileSync(at('share', 'other.kpdraft'), 'utf8');
    expect(await call('draft:save', { path: at('share', 'other.kpdraft'), draft })).toMatchObject(forbidden);
    expect(readFileSync(at('share', 'other.kpdraft'), 'utf8')).toBe(other);
  });
});
