import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPlan } from '../../../core/import/plan';
import { err, ok } from '../../../core/result';
import { currentDraft } from '../../../renderer/actions/draft-commands';
import { runAction } from '../../../renderer/actions/registry';
import { DialogHost } from '../../../renderer/dialogs/dialog-host';
import { installDocxDrop } from '../../../renderer/import/docx-drop';
import { importDroppedDocx } from '../../../renderer/import/import-commands';
import { appStore } from '../../../renderer/state/app-state';
import { docStore } from '../../../renderer/state/doc-state';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';
import { updateFields } from '../../../renderer/state/doc-state';

const FILE = '/home/anna/Utkast/ansokan-2025.docx';
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

const plan: ImportPlan = {
  title: 'Unga i Mombasa',
  language: 'sv-SE',
  sections: {
    summary: [p('Projektet stärker ungas inflytande i Mombasa och Växjö.')],
    challenge: [p('Ungdomsråden når få unga utanför stadskärnan.'), p('Andra stycket.')],
  },
  unplaced: [p('Bilaga: kontaktlista')],
  budget: [{
    id: 'table-1',
    heading: 'Budget',
    lines: [
      { year: 1, category: 'international_travel', side: '', amountOre: 4_500_000, description: 'Resa till Mombasa' },
      { year: 2, category: 'venue_rent', side: '', amountOre: 1_200_000, description: 'Lokal för workshop' },
    ],
    text: [p('Resa till Mombasa 45 000'), p('Lokal för workshop 12 000')],
  }],
  parties: [],
  comments: [{ author: 'Karin Ek', initials: 'KE', date: '2025-03-01T10:00:00Z', body: 'Lägg till siffror.', quote: 'Ungdomsråden' }],
  droppedImages: 0,
  droppedLinks: 0,
  ownExport: false,
};

async function openPreview() {
  appStore.set({ mode: 'electron', screen: 'start' });
  fakeBridge.answer('dialog:open-docx', () => ok({ path: FILE }));
  fakeBridge.answer('import:docx', () => ok({ kind: 'plan', plan }));
  render(<DialogHost />);
  runAction('draft.importDocx');
  const dialog = await screen.findByRole('dialog', { name: 'Importera Word-dokument' });
  await within(dialog).findByRole('button', { name: 'Importera som nytt utkast' });
  return dialog;
}

const rowOf = (dialog: HTMLElement, id: string) => dialog.querySelector<HTMLElement>(`[data-kp-import-section="${id}"]`)!;

describe('the Word import preview', () => {
  it('shows per section what goes there, what is not placed, the budget table with its lines and the comments', async () => {
    const dialog = await openPreview();
    expect(fakeBridge.requests('import:docx')).toEqual([{ path: FILE }]);
    expect(within(rowOf(dialog, 'summary')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8 ord', 'Projektet stärker ungas inflytande i Mombasa och Växjö.']);
    expect(within(rowOf(dialog, 'challenge')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8 ord', 'Ungdomsråden når få unga utanför stadskärnan.']);
    expect(within(rowOf(dialog, 'risks')).getAllByRole('cell')[1]!.textContent).toBe('Inget hittades för det här avsnittet.');
    expect(dialog.querySelector('.kp-import-unplaced')!.textContent).toContain('Inte placerat: 1 stycke');
    const table = within(dialog).getByRole('checkbox', { name: 'Ta med som budgetrader: Budget (2 rader)' });
    expect(table).toHaveProperty('checked', true);
    expect(dialog.querySelector('[data-kp-import-budget="table-1"]')!.textContent).toContain('Resa till Mombasa');
    expect(within(dialog).getByRole('checkbox', { name: 'Ta med dokumentets kommentarer (1)' })).toHaveProperty('checked', true);
    expect((within(dialog).getByRole('combobox', { name: 'Ansökningstyp' }) as HTMLSelectElement).value).toBe('project');
  });

  it('opens a new unsaved draft with the accepted budget table as budget lines', async () => {
    const dialog = await openPreview();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Importera som nytt utkast' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const doc = docStore.get();
    expect({ path: doc.path, dirty: doc.dirty, screen: appStore.get().screen }).toEqual({ path: null, dirty: true, screen: 'editor' });
    const draft = currentDraft()!;
    expect(draft.budget.map((l) => [l.year, l.category, l.description, l.amountOre])).toEqual([
      [1, 'international_travel', 'Resa till Mombasa', 4_500_000],
      [2, 'venue_rent', 'Lokal för workshop', 1_200_000],
    ]);
    expect(draft.unplaced).toEqual([p('Bilaga: kontaktlista')]);
    expect(draft.annotations.map((a) => a.body)).toEqual(['Lägg till siffror.']);
  });

  it('puts a declined budget table under "Inte placerat" as text, and leaves out comments when told', async () => {
    const dialog = await openPreview();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Ta med som budgetrader: Budget (2 rader)' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Ta med dokumentets kommentarer (1)' }));
    expect(dialog.querySelector('.kp-import-unplaced')!.textContent).toContain('Inte placerat: 3 stycken');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Importera som nytt utkast' }));
    const draft = currentDraft()!;
    expect(draft.budget).toEqual([]);
    expect(draft.unplaced).toEqual([p('Bilaga: kontaktlista'), p('Resa till Mombasa 45 000'), p('Lokal för workshop 12 000')]);
    expect(draft.annotations).toEqual([]);
  });

  it('replaces an open draft with unsaved changes only when the user lets them go, and never writes over it', async () => {
    openDraft({ ...newDraft(), title: 'Delaktighet i Mombasa' }, '/home/anna/Utkast/mombasa.kpdraft');
    updateFields((d) => ({ ...d, title: 'Delaktighet i Mombasa och Borås' }), 'title');
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    window.confirm = confirm;
    const dialog = await openPreview();
    const go = within(dialog).getByRole('button', { name: 'Importera som nytt utkast' });
    await userEvent.click(go);
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining('Delaktighet i Mombasa och Borås'));
    expect({ title: docStore.get().draft?.title, path: docStore.get().path }).toEqual({ title: 'Delaktighet i Mombasa och Borås', path: '/home/anna/Utkast/mombasa.kpdraft' });
    await userEvent.click(go);
    expect({ title: docStore.get().draft?.title, path: docStore.get().path, dirty: docStore.get().dirty }).toEqual({ title: 'Unga i Mombasa', path: null, dirty: true });
    expect(fakeBridge.requests('draft:save')).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('says in one line why a file was refused, and opens nothing', async () => {
    appStore.set({ mode: 'electron', screen: 'start' });
    fakeBridge.answer('dialog:open-docx', () => ok({ path: FILE }));
    fakeBridge.answer('import:docx', () => ok({ kind: 'refused', reason: 'zip-bomb' }));
    render(<DialogHost />);
    runAction('draft.importDocx');
    const dialog = await screen.findByRole('dialog', { name: 'Importera Word-dokument' });
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Dokumentet packas upp till mycket mer än sin storlek och lästes inte (skydd mot skadliga filer).');
    expect(within(dialog).queryByRole('button', { name: 'Importera som nytt utkast' })).toBeNull();
    expect(docStore.get().draft).toBeNull();
  });

  it('says what happened when the file cannot be read at all', async () => {
    appStore.set({ mode: 'electron', screen: 'start' });
    fakeBridge.answer('dialog:open-docx', () => ok({ path: FILE }));
    fakeBridge.answer('import:docx', () => err('file-not-found', 'gone', FILE));
    render(<DialogHost />);
    runAction('draft.importDocx');
    const dialog = await screen.findByRole('dialog', { name: 'Importera Word-dokument' });
    const line = await within(dialog).findByRole('alert');
    expect(line.textContent).toContain('ansokan-2025.docx');
  });
});

/** A drop of files on the window, as the browser dispatches it (jsdom has no DataTransfer). */
function dropFiles(names: string[]): Event {
  const files = names.map((n) => new File(['x'], n));
  const drop = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files } });
  window.dispatchEvent(drop);
  return drop;
}

describe('dropping a Word document on the window', () => {
  it('opens the same preview for a path main sends (Electron)', async () => {
    appStore.set({ mode: 'electron', screen: 'start' });
    fakeBridge.answer('import:docx', () => ok({ kind: 'plan', plan }));
    render(<DialogHost />);
    importDroppedDocx(FILE);
    const dialog = await screen.findByRole('dialog', { name: 'Importera Word-dokument' });
    await within(dialog).findByRole('button', { name: 'Importera som nytt utkast' });
    expect(fakeBridge.requests('import:docx')).toEqual([{ path: FILE }]);
  });

  it('in browser mode, where a drop has no path, keeps the page and says to use the menu', () => {
    appStore.set({ mode: 'web', screen: 'start' });
    installDocxDrop();
    const drop = dropFiles(['ansokan.docx']);
    expect(drop.defaultPrevented).toBe(true);
    expect(appStore.get().notices.map((n) => n.text)).toEqual(['Ett släppt dokument kan inte läsas här. Välj Importera Word-dokument… (Ctrl+Skift+O) och välj filen i listan.']);
    expect(appStore.get().dialog).toBeNull();
  });
});
