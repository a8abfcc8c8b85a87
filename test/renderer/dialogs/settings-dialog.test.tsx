import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../core/result';
import { defaultSettings, type Settings } from '../../../core/settings';
import { runAction } from '../../../renderer/actions/registry';
import { DialogHost } from '../../../renderer/dialogs/dialog-host';
import { i18next } from '../../../renderer/i18n';
import { appStore } from '../../../renderer/state/app-state';
import { fakeBridge } from '../support/fake-bridge';

/** Main's settings store, as the fake bridge answers for it. */
function storedSettings(initial: Partial<Settings> = {}) {
  let current: Settings = { ...defaultSettings, ...initial };
  appStore.set({ settings: current });
  fakeBridge.answer('settings:set', (patch) => ok((current = { ...current, ...patch })));
  return () => current;
}

async function openSettings() {
  render(<><button type="button">before</button><DialogHost /></>);
  screen.getByRole('button', { name: 'before' }).focus();
  act(() => void runAction('app.settings'));
  return screen.findByRole('dialog', { name: 'Inställningar' });
}
const field = (dialog: HTMLElement, name: string) => within(dialog).getByRole('textbox', { name }) as HTMLInputElement;

describe('the Settings dialog', () => {
  it('shows the stored settings, and Enter in a field saves the changes (name and organisation for new comments)', async () => {
    const stored = storedSettings({ authorName: 'Anna Ek', authorInitials: 'AE', backupCount: 7 });
    const dialog = await openSettings();
    expect(field(dialog, 'Namn').value).toBe('Anna Ek');
    expect(field(dialog, 'Antal säkerhetskopior per fil').value).toBe('7');
    expect((within(dialog).getByRole('checkbox', { name: 'Spara till filen automatiskt' }) as HTMLInputElement).checked).toBe(false);

    await userEvent.clear(field(dialog, 'Namn'));
    await userEvent.type(field(dialog, 'Namn'), 'Lena Berg');
    await userEvent.clear(field(dialog, 'Initialer'));
    await userEvent.type(field(dialog, 'Organisation'), 'Kalix kommun');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Spara till filen automatiskt' }));
    await userEvent.type(field(dialog, 'Organisation'), '{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fakeBridge.requests('settings:set')).toHaveLength(1);
    // Initials left empty are made from the name, as Word does.
    expect(stored()).toMatchObject({ authorName: 'Lena Berg', authorInitials: 'LB', authorOrganisation: 'Kalix kommun', autosaveToFile: true, backupCount: 7 });
    expect(appStore.get().settings).toEqual(stored());
  });

  it('Escape (the dialog’s cancel) and Cancel store nothing, and the keyboard is back where it was', async () => {
    const stored = storedSettings({ authorName: 'Anna Ek' });
    let dialog = await openSettings();
    await userEvent.type(field(dialog, 'Namn'), ' Andersson');
    // What the browser sends a modal <dialog> on Escape (happy-dom has no key handling for it).
    act(() => void dialog.dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'before' }));

    act(() => void runAction('app.settings'));
    dialog = await screen.findByRole('dialog', { name: 'Inställningar' });
    expect(field(dialog, 'Namn').value).toBe('Anna Ek');
    await userEvent.type(field(dialog, 'Namn'), ' Andersson');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeBridge.requests('settings:set')).toEqual([]);
    expect(stored().authorName).toBe('Anna Ek');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'before' }));
  });

  it('refuses a backup count outside 0–100 with a message, keeping the dialog and what was typed', async () => {
    storedSettings();
    const dialog = await openSettings();
    const backups = field(dialog, 'Antal säkerhetskopior per fil');
    for (const bad of ['500', '-1', 'fem', '2,5']) {
      await userEvent.clear(backups);
      await userEvent.type(backups, bad);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
      expect(within(dialog).getByRole('alert').textContent).toBe('Skriv ett heltal från 0 till 100.');
      expect(backups.getAttribute('aria-invalid')).toBe('true');
      expect(backups.value).toBe(bad);
    }
    expect(fakeBridge.requests('settings:set')).toEqual([]);
    await userEvent.clear(backups);
    await userEvent.type(backups, '0{Enter}');
    await waitFor(() => expect(fakeBridge.requests('settings:set')).toMatchObject([{ backupCount: 0 }]));
  });

  it('binds the rules of new drafts: the edition in force by default, or a fixed edition', async () => {
    const stored = storedSettings();
    const dialog = await openSettings();
    const select = within(dialog).getByRole('combobox', { name: 'Regelverk för nya ansökningar' }) as HTMLSelectElement;
    expect(select.value).toBe('in-force');
    const fixed = [...select.options].find((o) => o.value !== 'in-force')!;
    await userEvent.selectOptions(select, fixed.value);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(stored().defaultEdition).toBe(fixed.value));
  });

  it('switches the interface language when saved, not before', async () => {
    storedSettings();
    const dialog = await openSettings();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Språk i appen' }), 'en');
    expect(i18next.language).toBe('sv');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(i18next.language).toBe('en'));
  });

  it('says when a language has no dictionary on this computer, and greys the languages out with spelling off', async () => {
    const stored = storedSettings();
    fakeBridge.answer('spelling:status', () => ok({ 'sv-SE': 'missing', 'en-GB': 'local' }));
    const dialog = await openSettings();
    expect(await within(dialog).findByText('Ingen svensk ordlista finns på den här datorn, så svensk text kontrolleras inte.')).toBeTruthy();
    expect(within(dialog).getByText('Ordlistan på den här datorn används.')).toBeTruthy();
    const english = within(dialog).getByRole('checkbox', { name: 'Engelska' }) as HTMLInputElement;
    await userEvent.click(english);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Kontrollera stavningen' }));
    expect(english.disabled).toBe(true);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(stored()).toMatchObject({ spellcheck: false, spellcheckLanguages: ['sv-SE'] }));
  });
});
