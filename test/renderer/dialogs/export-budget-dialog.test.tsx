import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../core/result';
import { runAction } from '../../../renderer/actions/registry';
import { Notices } from '../../../renderer/app';
import { DialogHost } from '../../../renderer/dialogs/dialog-host';
import { appStore } from '../../../renderer/state/app-state';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';

const DIR = '/home/anna/Utkast';

/** Opens a draft and, through its action (the menu's and the key's), the budget export. */
async function openBudgetExport() {
  appStore.set({ mode: 'electron', draftsDir: DIR, screen: 'editor' });
  openDraft({ ...newDraft(), title: 'Delaktighet i Mombasa' }, `${DIR}/Delaktighet i Mombasa.kpdraft`);
  render(<><DialogHost /><Notices /></>);
  expect(runAction('draft.exportBudget')).toBe(true);
  return screen.findByRole('dialog', { name: 'Exportera budget (.xlsx)' });
}

describe('budget spreadsheet export', () => {
  it('asks where to save the .xlsx, exports in the chosen language and offers to open it', async () => {
    fakeBridge.answer('dialog:export-xlsx', () => ok({ path: `${DIR}/Delaktighet i Mombasa.xlsx`, replaceConfirmed: false }));
    fakeBridge.answer('export:xlsx', (req) => ok({ path: req.path }));
    const dialog = await openBudgetExport();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Språk i kalkylbladet' }), 'en-GB');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera…' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fakeBridge.requests('dialog:export-xlsx')).toEqual([{ suggestedName: 'Delaktighet i Mombasa.xlsx' }]);
    const [sent] = fakeBridge.requests('export:xlsx');
    expect(sent).toMatchObject({ path: `${DIR}/Delaktighet i Mombasa.xlsx`, language: 'en-GB', replace: false });
    expect(await screen.findByText(`Budgetkalkylbladet sparades: ${DIR}/Delaktighet i Mombasa.xlsx`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Öppna kalkylbladet' })).toBeTruthy();
  });

  it('asks before replacing a file the save dialog did not ask about', async () => {
    fakeBridge.answer('dialog:export-xlsx', () => ok({ path: `${DIR}/budget.xlsx` }));
    fakeBridge.answer('export:xlsx', (req) => (req.replace ? ok({ path: req.path }) : err('target-exists', 'exists', req.path)));
    const dialog = await openBudgetExport();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera…' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Ersätt/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fakeBridge.requests('export:xlsx').map((r) => r.replace)).toEqual([false, true]);
  });
});
