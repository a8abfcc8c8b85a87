import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import { err, ok } from '../../../core/result';
import { Notices } from '../../../renderer/app';
import { DialogHost } from '../../../renderer/dialogs/dialog-host';
import { reviewStore } from '../../../renderer/review/review-state';
import { changesStore } from '../../../renderer/review/changes-state';
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

const comment = (id: string, anchor: Annotation['anchor'], body: string): Annotation => ({
  id, author: { name: 'Anna Berg', initials: 'AB' }, body, createdAt: '2026-11-30T10:00:00.000Z', editedAt: null,
  anchor, resolved: false, replies: [],
});

describe('export dialog', () => {
  afterEach(() => vi.unstubAllGlobals());

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

  it('counts the errors of a draft opened a moment ago, before its first check ran, and exports it as allowed with errors', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: `${DIR}/Ny.docx` }));
    fakeBridge.answer('export:docx', (req) => ok({ path: req.path }));
    // A window too busy to become idle: the first check of a draft just opened waits.
    vi.stubGlobal('requestIdleCallback', () => 0);
    appStore.set({ mode: 'electron', draftsDir: DIR });
    render(<><DialogHost /><Notices /></>);
    openDraft(newDraft(), `${DIR}/Ny.kpdraft`);
    expect(document.documentElement.dataset.kpCheckedRevision).toBeUndefined();
    openDialog({ kind: 'export' });
    const dialog = await screen.findByRole('dialog', { name: 'Exportera Word' });
    expect(within(dialog).getByText(/^✖ \d+ fel$/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera ändå…' }));
    await waitFor(() => expect(fakeBridge.requests('export:docx')).toHaveLength(1));
    expect(fakeBridge.requests('export:docx')[0]).toMatchObject({ allowErrors: true });
  });

  it('says all is well for a draft without problems and exports it in the language and with the comments chosen', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: '/tmp/out.docx' }));
    fakeBridge.answer('export:docx', (req) => ok({ path: req.path }));
    // Before the sample's planned submission date (2020-10-05), which is then still ahead (WIN-05).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2020, 8, 1, 10, 0));
    const dialog = await openExport(sample('icld-kp-2020'));
    vi.useRealTimers();

    expect(within(dialog).getByText('✓ Inga fel, varningar eller öppna kommentarer.')).toBeTruthy();
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

  it('lists the open comments (not the resolved ones), and a comment\'s link closes the dialog and shows it in the panel', async () => {
    // Before the sample's planned submission date, so that the comments are all there is to say (WIN-05).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2020, 8, 1, 10, 0));
    const dialog = await openExport({ ...sample('icld-kp-2020'), annotations: [
      comment('c1', { kind: 'section', sectionId: 'challenge' }, 'Saknar siffror om valdeltagandet.'),
      comment('c2', { kind: 'field', field: 'title' }, 'Titeln är lång.'),
      { ...comment('c3', { kind: 'field', field: 'title' }, 'Redan löst.'), resolved: true },
    ] });
    vi.useRealTimers();

    const group = within(dialog).getByText(/^2 öppna kommentarer$/, { selector: '.kp-preflight-heading' }).closest('li')!;
    const links = within(group as HTMLElement).getAllByRole('button');
    expect(links.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Anna Berg: Titeln är lång.'),
      expect.stringContaining('Anna Berg: Saknar siffror om valdeltagandet.'),
    ]);
    expect(within(dialog).queryByText(/Redan löst/)).toBeNull();
    expect(within(dialog).getByText('2 öppna kommentarer', { selector: '.kp-preflight-summary' })).toBeTruthy();
    expect(within(dialog).queryByText(/Inga fel, varningar eller öppna kommentarer/)).toBeNull();
    expect(within(dialog).getByText(/Kommentarerna följer bara med i dokumentet om du väljer ”Inkludera kommentarer”/)).toBeTruthy();

    await userEvent.click(links[1]!);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(reviewStore.get()).toMatchObject({ activeId: 'c1', panelTab: 'comments' }));
  });

  it('lists the open suggestions with who made them, and a suggestion\'s link closes the dialog and selects its words', async () => {
    const author = { name: 'Karin Ek', initials: 'KE' };
    const at = '2026-11-20T10:15:00+01:00';
    const dialog = await openExport({ ...newDraft(), sections: { ...newDraft().sections, summary: [{ type: 'paragraph', children: [
      { text: 'Vi stärker ' }, { text: 'ungas ', suggestion: { id: 's-1', kind: 'insert', author, createdAt: at } },
      { text: 'delaktighet' }, { text: ' i Mombasa', suggestion: { id: 's-2', kind: 'delete', author, createdAt: at } }, { text: '.' },
    ] }] } });
    const group = within(dialog).getByText(/2 ändringsförslag att ta ställning till$/, { selector: '.kp-preflight-heading' }).closest('li')!;
    const links = within(group as HTMLElement).getAllByRole('button');
    expect(links.map((b) => b.textContent)).toEqual([
      'Infoga ”ungas” – Karin Ek, Sammanfattning',
      'Ta bort ”i Mombasa” – Karin Ek, Sammanfattning',
    ]);
    await userEvent.click(links[0]!);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(changesStore.get().activeId).toBe('s-1'));
  });

  it('lists errors, unreadable fields and warnings apart, each by its rule and message', async () => {
    const draft = newDraft();
    const dialog = await openExport({ ...draft, invalidInputs: { 'period.start': '?' } });

    const heading = (re: RegExp) => within(dialog).getByText(re, { selector: '.kp-preflight-heading' });
    expect(heading(/^✖ \d+ fel$/)).toBeTruthy();
    expect(heading(/^✖ 1 ogiltigt fält$/)).toBeTruthy();
    const invalid = heading(/ogiltigt fält/).closest('li')!;
    expect(within(invalid as HTMLElement).getAllByRole('button').map((b) => b.getAttribute('data-kp-rule'))).toEqual(['FLD-01']);
    const errors = heading(/^✖ \d+ fel$/).closest('li')!;
    expect(within(errors as HTMLElement).getAllByRole('button').every((b) => b.getAttribute('data-kp-rule') !== 'FLD-01')).toBe(true);
  });

  it('shows that a long export is under way and keeps the button from starting a second one', async () => {
    let finish: () => void = () => {};
    fakeBridge.answer('dialog:export-docx', () => ok({ path: '/tmp/out.docx' }));
    fakeBridge.answer('export:docx', (req) => new Promise((resolve) => { finish = () => resolve(ok({ path: req.path })); }));
    const dialog = await openExport();
    const button = within(dialog).getByRole('button', { name: 'Exportera ändå…' }) as HTMLButtonElement;
    expect(within(dialog).queryByRole('progressbar')).toBeNull();

    await userEvent.click(button);

    expect(await within(dialog).findByRole('progressbar', { name: 'Exporterar Word-dokumentet…' }, { timeout: 3000 })).toBeTruthy();
    expect(button.disabled).toBe(true);
    finish();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fakeBridge.requests('export:docx')).toHaveLength(1);
  });

  it('is laid out as a desktop dialog: Avbryt beside Exportera, the checkbox beside its words, Enter exports', async () => {
    fakeBridge.answer('dialog:export-docx', () => ok({ path: null }));
    const dialog = await openExport(sample('icld-kp-2020'));
    const row = within(dialog).getByRole('button', { name: 'Exportera…' }).parentElement!;
    expect(within(row).getAllByRole('button').map((b) => b.textContent)).toEqual(['Avbryt', 'Exportera…']);
    const box = within(dialog).getByRole('checkbox', { name: 'Inkludera kommentarer' });
    expect(box.closest('label')!.textContent).toBe('Inkludera kommentarer');

    box.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(fakeBridge.requests('dialog:export-docx')).toHaveLength(1));
  });

  it('closes on Avbryt without exporting', async () => {
    const dialog = await openExport();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeBridge.requests('export:docx')).toHaveLength(0);
    expect(fakeBridge.requests('export:prepare')).toHaveLength(1);
  });
});
