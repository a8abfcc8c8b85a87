import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../core/result';
import { Notices } from '../../../renderer/app';
import { DialogHost } from '../../../renderer/dialogs/dialog-host';
import { appStore, openDialog } from '../../../renderer/state/app-state';
import { sample } from '../../core/rules/helpers';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';

const DIR = '/home/anna/Utkast';

/** Opens a draft and the export dialog, in Electron (native save dialog) or browser mode (in-app picker). */
async function openExport(draft = newDraft(), mode: 'electron' | 'web' = 'electron') {
  appStore.set({ mode, draftsDir: DIR });
  openDraft({ ...draft, title: 'Delaktighet i Mombasa' }, `${DIR}/Delaktighet i Mombasa.kpdraft`);
  render(<><DialogHost /><Notices /></>);
  // The pre-flight list counts the findings of the open draft: wait for its first check.
  await waitFor(() => expect(document.documentElement.dataset.kpCheckedRevision).toBeDefined());
  openDialog({ kind: 'export' });
  return screen.findByRole('dialog', { name: 'Exportera Word' });
}

describe('export dialog', () => {
  it('suggests the open file\'s own name, not one made from the title', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: null }));
    appStore.set({ mode: 'electron', draftsDir: DIR });
    openDraft({ ...newDraft(), title: 'En helt annan titel' }, `${DIR}/ansokan-2027.kpdraft`);
    render(<><DialogHost /><Notices /></>);
    openDialog({ kind: 'export' });
    const dialog = await screen.findByRole('dialog', { name: 'Exportera Word' });
    await userEvent.click(within(dialog).getByRole('button', { name: /^Exportera/ }));
    await waitFor(() => expect(fakeBridge.requests('dialog:export-docx')).toEqual([{ suggestedName: 'ansokan-2027.docx' }]));
  });

  it('lists the draft\'s errors and offers to export anyway, marking the export as allowed with errors', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: `${DIR}/Delaktighet i Mombasa.docx` }));
    fakeBridge.answer('export:docx', (req) => ok({ path: req.path }));
    const dialog = await openExport();

    const preflight = within(dialog).getByRole('region', { name: 'Innan du exporterar' });
    expect(within(preflight).getByText(/^✖ \d+ fel$/)).toBeTruthy();
    expect(within(preflight).getByText(/Du kan exportera ändå, men dokumentet markeras som utkast med fel/)).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera ändå…' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fakeBridge.requests('dialog:export-docx')).toEqual([{ suggestedName: 'Delaktighet i Mombasa.docx' }]);
    const [sent] = fakeBridge.requests('export:docx');
    expect(sent).toMatchObject({ path: `${DIR}/Delaktighet i Mombasa.docx`, allowErrors: true, withComments: false, language: 'sv-SE', replace: false });
    expect(screen.getByRole('status').textContent).toContain(`Word-dokumentet sparades: ${DIR}/Delaktighet i Mombasa.docx`);
  });

  it('says all is well for a draft without problems and exports it in the language and with the comments chosen', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: '/tmp/out.docx' }));
    fakeBridge.answer('export:docx', (req) => ok({ path: req.path }));
    // Before the sample's planned submission date (2020-10-05), which is then still ahead (WIN-05).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2020, 8, 1, 10, 0));
    const dialog = await openExport(sample('icld-kp-2020'));
    vi.useRealTimers();

    expect(within(dialog).getByText('✓ Inga fel eller varningar.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /Exportera ändå/ })).toBeNull();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Dokumentspråk' }), 'Engelska');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Inkludera kommentarer' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera…' }));

    await waitFor(() => expect(fakeBridge.requests('export:docx')).toHaveLength(1));
    expect(fakeBridge.requests('export:docx')[0]).toMatchObject({ language: 'en-GB', withComments: true, allowErrors: false });
  });

  it('opens the exported document from the notice', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: '/tmp/out.docx' }));
    fakeBridge.answer('export:docx', (req) => ok({ path: req.path }));
    fakeBridge.answer('export:show', () => ok({}));
    const dialog = await openExport();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera ändå…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Öppna dokumentet' }));

    await waitFor(() => expect(fakeBridge.requests('export:show')).toEqual([{ path: '/tmp/out.docx', how: 'open' }]));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('stays open and says why when Word holds the file, so the user can try again', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: '/tmp/out.docx' }));
    fakeBridge.answer('export:docx', () => err('file-locked', 'EBUSY'));
    const dialog = await openExport();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera ändå…' }));

    expect((await screen.findByRole('alert')).textContent).toContain('”out.docx” är öppet i ett annat program, till exempel Word.');
    expect(screen.getByRole('dialog', { name: 'Exportera Word' })).toBe(dialog);
    expect((within(dialog).getByRole('button', { name: 'Exportera ändå…' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks before replacing a document that turned out to exist, and replaces it only when told to', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: '/tmp/out.docx' }));
    fakeBridge.answer('export:docx', (req) => (req.replace ? ok({ path: req.path }) : err('target-exists', 'exists', req.path)));
    const dialog = await openExport();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera ändå…' }));
    const question = await within(dialog).findByRole('alertdialog', { name: 'Ersätt ”out.docx”?' });
    await userEvent.click(within(question).getByRole('button', { name: 'Ersätt' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fakeBridge.requests('export:docx').map((r) => r.replace)).toEqual([false, true]);
  });

  it('in browser mode lists the folder\'s documents and warns before a name already there is written over', async () => {
    fakeBridge.answer('files:list', (req) => ok({
      dir: req.dir ?? DIR, parent: '/home/anna',
      entries: [{ name: 'Delaktighet i Mombasa.docx', path: `${DIR}/Delaktighet i Mombasa.docx`, isDirectory: false, modifiedAt: '2026-01-10T10:00:00.000Z' }],
    }));
    fakeBridge.answer('export:docx', (req) => ok({ path: req.path }));
    const dialog = await openExport(newDraft(), 'web');

    expect(await within(dialog).findByRole('button', { name: /Delaktighet i Mombasa\.docx/ })).toBeTruthy();
    expect(within(dialog).getByText('Delaktighet i Mombasa.docx finns redan och kommer att ersättas.')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera ändå' }));
    expect(fakeBridge.requests('export:docx')).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ersätt' }));
    await waitFor(() => expect(fakeBridge.requests('export:docx')).toHaveLength(1));
    expect(fakeBridge.requests('export:docx')[0]).toMatchObject({ path: `${DIR}/Delaktighet i Mombasa.docx`, replace: true });
  });

  it('closes on Avbryt without exporting', async () => {
    const dialog = await openExport();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeBridge.requests('export:docx')).toHaveLength(0);
    expect(fakeBridge.requests('export:prepare')).toHaveLength(1);
  });
});
