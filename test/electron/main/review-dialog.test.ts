import { describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { createDialogHandlers } from '../../../electron/main/dialogs';
import { stringsFor } from '../../../electron/main/strings';
import type { FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;
const win = {} as BrowserWindow;
const handlers = createDialogHandlers(win, () => stringsFor('sv'), '/home/u/Dokument/KP Drafter');

describe("the dialog for reviewers' copies", () => {
  it('picks several .kpdraft files at once, modal to the window; cancelling picks none', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/u/lena.kpdraft', '/home/u/omar.kpdraft'] });
    expect(await handlers['dialog:open-review-copies']({})).toEqual({ ok: true, value: { paths: ['/home/u/lena.kpdraft', '/home/u/omar.kpdraft'] } });
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({
      title: 'Importera kommentarer och förslag från granskares kopior',
      defaultPath: '/home/u/Dokument/KP Drafter',
      filters: [{ name: 'KP Drafter-utkast', extensions: ['kpdraft'] }],
      properties: ['openFile', 'multiSelections'],
    }));
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await handlers['dialog:open-review-copies']({})).toEqual({ ok: true, value: { paths: [] } });
  });
});
