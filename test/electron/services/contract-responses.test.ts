import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { mkdtemp, rm } from 'node:fs/promises';
import { copyFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, type Channel, type Req } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import type { Draft } from '../../../core/draft/schema';
import { createDialogHandlers } from '../../../electron/main/dialogs';
import { stringsFor } from '../../../electron/main/strings';
import { AppStore } from '../../../electron/services/app-store';
import { stopExportWorker } from '../../../electron/services/export-docx';
import { createWebHandlers } from '../../../electron/services/web/web-handlers';
import type { FakeElectron } from '../main/fake-electron';

// Every channel of the contract, answered by the real handlers (the services every shell shares,
// and main's native dialogs with Electron mocked at the edge): each answer must parse with the
// channel's own response schema, which is what the renderer's types promise it gets.

vi.mock('electron', async () => (await import('../main/fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

let dir: string;
let handlers: Partial<Handlers>;
const memory = () => {
  const kv = new Map<string, unknown>();
  return { get: (k: string) => kv.get(k), set: (k: string, v: unknown) => void kv.set(k, v) };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-contract-'));
  const web = createWebHandlers({ store: new AppStore(memory()), version: '0.0.0', draftsDir: dir, userDataDir: join(dir, 'user') });
  const dialogs = createDialogHandlers({} as BrowserWindow, () => stringsFor('sv'), dir);
  // Desktop-only channels come from main's handlers; the rest from the shared services.
  handlers = { ...web, ...dialogs };
});
afterAll(async () => {
  stopExportWorker();
  await rm(dir, { recursive: true, force: true });
});

/** Asks a channel as a window would (validated by dispatch) and checks the answer against its schema. */
async function ask<C extends Channel>(channel: C, req: Req<C>): Promise<unknown> {
  const r = await dispatch(handlers, channel, req, (e) => { throw e; });
  expect(r, `${channel}: ${JSON.stringify(r).slice(0, 300)}`).toMatchObject({ ok: true });
  const value = (r as { value: unknown }).value;
  const parsed = contract[channel].res.safeParse(value);
  expect(parsed.success, `${channel}: ${parsed.error?.message ?? ''}`).toBe(true);
  return value;
}

describe('every channel answers what its response schema says', () => {
  const asked = new Set<Channel>();
  const track = <C extends Channel>(c: C, req: Req<C>) => { asked.add(c); return ask(c, req); };

  it('in the order a user meets them: settings, a new draft, save, open, recovery, versions, review, export', async () => {
    await track('app:info', {});
    await track('settings:get', {});
    await track('settings:set', { authorName: 'Lena' });
    const { draft } = (await track('draft:new', {})) as { draft: Draft };
    const path = join(dir, 'a.kpdraft');
    await track('draft:save', { path, draft });
    await track('draft:save', { path, draft: { ...draft, title: 'Andra' }, overwrite: true });
    await track('draft:open', { path });
    await track('draft:conflict-info', { path });
    await track('files:list', { dir });
    await track('recent:list', {});
    await track('recovery:save', { key: 'w1-test', path, draft });
    await track('recovery:list', {});
    await track('recovery:load', { key: 'w1-test' });
    await track('recovery:discard', { key: 'w1-test' });
    const { entries } = (await track('versions:list', { path, draftId: draft.id, current: draft })) as { entries: Array<{ id: string }> };
    expect(entries.length).toBeGreaterThan(0);
    await track('versions:load', { id: entries[0]!.id });
    await track('versions:newest-readable', { path });
    await track('review:set-role', { path, role: 'reviewer' });
    await track('review:roles', {});
    await track('review:copy-path', { path, title: draft.title, reviewer: 'Lena', label: 'granskning' });
    await track('review:merge', { draft, paths: [path] });
    await track('export:prepare', {});
    await track('export:docx', { draft, path: join(dir, 'a.docx'), allowErrors: true });
    await track('export:xlsx', { draft, path: join(dir, 'a.xlsx') });
    await track('window:state', { title: 'a', dirty: false });
    await track('spelling:status', {});
    await track('spelling:document-language', { language: 'en-GB' });
    await track('reuse:list', {});
    await track('reuse:read', { path });
    await track('linked:read', { path });
    const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    await track('first-screen:keep', { path, sha256, html: '<div class="kp-editor-screen"></div>', uiLanguage: 'sv', role: 'author', panelOpen: true });
    const docx = join(dir, 'budget-table.docx');
    copyFileSync(join(__dirname, '../../fixtures/docx/budget-table.docx'), docx);
    await track('import:docx', { path: docx });
    await track('files:exist', { paths: [path, join(dir, 'gone.pdf')] });

    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'b') });
    await track('dialog:open-draft', {});
    await track('dialog:open-docx', {});
    await track('dialog:open-annex', { title: 'Letter of Intent' });
    await track('dialog:open-review-copies', {});
    await track('dialog:save-draft', { suggestedName: 'b' });
    await track('dialog:export-docx', { suggestedName: 'b' });
    await track('dialog:export-xlsx', { suggestedName: 'b' });

    // export:show opens the desktop's program: only its refusal for a file not exported here is safe to ask.
    const refused = await dispatch(handlers, 'export:show', { path: join(dir, 'elsewhere.docx'), how: 'folder' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    asked.add('export:show');

    expect([...asked].sort()).toEqual((Object.keys(contract) as Channel[]).sort());
  }, 120_000);
});
