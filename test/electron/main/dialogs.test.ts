import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { createDialogHandlers, safeFileName } from '../../../electron/main/dialogs';
import { stringsFor } from '../../../electron/main/strings';
import type { FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;
const win = {} as BrowserWindow;
const handlers = createDialogHandlers(win, () => stringsFor('sv'), '/home/u/Dokument/KP Drafter');

beforeEach(() => {
  fake.dialog.showOpenDialog.mockReset();
  fake.dialog.showSaveDialog.mockReset();
});

describe('native file dialogs', () => {
  it('open a .kpdraft from the drafts folder, modal to the window', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/u/a.kpdraft'] });
    expect(await handlers['dialog:open-draft']({})).toEqual({ ok: true, value: { path: '/home/u/a.kpdraft' } });
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        defaultPath: '/home/u/Dokument/KP Drafter',
        filters: [{ name: 'KP Drafter-utkast', extensions: ['kpdraft'] }],
        properties: ['openFile'],
      }),
    );
  });

  it('answer a cancelled dialog with a null path, not an error', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await handlers['dialog:open-draft']({})).toEqual({ ok: true, value: { path: null } });
    expect(await handlers['dialog:save-draft']({ suggestedName: 'x' })).toEqual({ ok: true, value: { path: null } });
    expect(await handlers['dialog:export-docx']({ suggestedName: 'x' })).toEqual({ ok: true, value: { path: null } });
  });

  it('suggest a safe file name and add the extension the user left off', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/u/Ansökan' });
    expect(await handlers['dialog:save-draft']({ suggestedName: 'Gävle/Kisumu: "demokrati"' })).toEqual({
      ok: true,
      value: { path: '/home/u/Ansökan.kpdraft' },
    });
    expect(fake.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: '/home/u/Dokument/KP Drafter/Gävle Kisumu demokrati.kpdraft',
      filters: [{ name: 'KP Drafter-utkast', extensions: ['kpdraft'] }],
    });
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/u/Ansökan.DOCX' });
    expect(await handlers['dialog:export-docx']({ suggestedName: '' })).toEqual({ ok: true, value: { path: '/home/u/Ansökan.DOCX', replaceConfirmed: true } });
    expect(fake.dialog.showSaveDialog.mock.calls[1]![1]).toMatchObject({
      defaultPath: '/home/u/Dokument/KP Drafter/Namnlöst utkast.docx',
      filters: [{ name: 'Word-dokument', extensions: ['docx'] }],
    });
  });

  it('say an export name was confirmed only when the dialog itself checked it: not when the extension was added after it', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/u/Ansökan' });
    expect(await handlers['dialog:export-docx']({ suggestedName: 'Ansökan' })).toEqual({ ok: true, value: { path: '/home/u/Ansökan.docx', replaceConfirmed: false } });
    expect(fake.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ properties: expect.arrayContaining(['showOverwriteConfirmation']) });
  });

  it('never lets a suggested name climb out of the folder or end in dots', () => {
    expect(safeFileName('../../etc/passwd', 'x')).toBe('.. .. etc passwd');
    expect(safeFileName('...', 'Namnlöst')).toBe('Namnlöst');
    expect(safeFileName('Plan. ', 'x')).toBe('Plan');
    expect(safeFileName('a\u0000b\nc', 'x')).toBe('a b c');
  });
});
