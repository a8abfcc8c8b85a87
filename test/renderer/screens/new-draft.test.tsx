import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err } from '../../../core/result';
import { App } from '../../../renderer/app';
import { newDraftCommand } from '../../../renderer/actions/new-draft-command';
import { appStore } from '../../../renderer/state/app-state';
import { updateFields } from '../../../renderer/state/doc-state';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';

/** The window as it starts with no draft open: the start screen, where a new application is chosen. */
function start() {
  appStore.set({ screen: 'start' });
  render(<App />);
  return screen.getByRole('region', { name: 'Ny ansökan' });
}

const select = (within_: HTMLElement, name: string) => within(within_).getByRole('combobox', { name }) as HTMLSelectElement;

describe('new application', () => {
  // A fixed day: which edition is in force depends on it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 10, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers the components, the edition in force today, each edition with where it stands, and Swedish as the document language', () => {
    const card = start();

    const components = within(card).getAllByRole('radio') as HTMLInputElement[];
    expect(components.map((c) => c.labels?.[0]?.querySelector('strong')?.textContent)).toEqual(
      ['Förberedelse', 'Projekt', 'Styrgrupp', 'Trepartssamarbete – EU-länder', 'Flerpartssamarbete', 'Utveckling/breddning', 'Spridning']);
    expect(components.find((c) => c.checked)?.value).toBe('project');
    expect(within(select(card, 'Regelverk')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'ICLD 2016 (resultatramverk 2016) — äldre utgåva',
      'ICLD 2019 (nya riktlinjer) — äldre utgåva',
      'ICLD 2020 (riktlinjer fastställda 2020-02-26) — äldre utgåva',
      'ICLD 2023 (fyra kluster) — i kraft',
      'ICLD 2023, senare uppdatering — datum okänt',
    ]);
    expect(select(card, 'Regelverk').selectedOptions[0]!.textContent).toBe('ICLD 2023 (fyra kluster) — i kraft');
    expect(within(card).getByText('ICLD 2023 — gäller ansökningar från omkring april 2023')).toBeTruthy();
    expect(select(card, 'Dokumentspråk').selectedOptions[0]!.textContent).toBe('Svenska');
  });

  it('creates the draft with the component, edition and language chosen and opens it', async () => {
    const card = start();

    await userEvent.click(within(card).getByRole('radio', { name: /^Förberedelse/ }));
    await userEvent.selectOptions(select(card, 'Regelverk'), 'ICLD 2020 (riktlinjer fastställda 2020-02-26) — äldre utgåva');
    await userEvent.selectOptions(select(card, 'Dokumentspråk'), 'Engelska');
    await userEvent.click(within(card).getByRole('button', { name: 'Skapa ansökan' }));

    expect(fakeBridge.requests('draft:new')).toEqual([{ component: 'inception', editionId: 'icld-kp-2020', documentLanguage: 'en-GB' }]);
    expect(await screen.findByText('Regelverk ICLD 2020 (riktlinjer fastställda 2020-02-26)')).toBeTruthy();
    expect(screen.getByText('Dokumentspråk Engelska')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Ny ansökan' })).toBeNull();
  });

  it('starts with the fixed edition the settings name, and otherwise follows the planned submission date', async () => {
    appStore.set({ settings: { ...appStore.get().settings, defaultEdition: 'icld-kp-2016' } });
    const card = start();
    expect(select(card, 'Regelverk').value).toBe('icld-kp-2016');
    appStore.set({ settings: { ...appStore.get().settings, defaultEdition: 'in-force' } });
    await waitFor(() => expect(select(card, 'Regelverk').value).toBe('icld-kp-2023'));
    const date = within(card).getByLabelText('Planerat inlämningsdatum (valfritt)');
    fireEvent.change(date, { target: { value: '2021-09-20' } });
    expect(select(card, 'Regelverk').value).toBe('icld-kp-2020');
    expect(within(card).getByText('ICLD 2020 — gäller ansökningar från 26 februari 2020')).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Skapa ansökan' }));
    expect(fakeBridge.requests('draft:new')).toEqual([{ component: 'project', editionId: 'icld-kp-2020', documentLanguage: 'sv-SE', submissionDate: '2021-09-20' }]);
  });

  it('the line above describes the edition picked, and a planned date that has passed is said beside the field', () => {
    const card = start();
    fireEvent.change(select(card, 'Regelverk'), { target: { value: 'icld-kp-2020' } });
    expect(within(card).getByTestId('edition-in-force').textContent).toBe(
      'ICLD 2020 — äldre utgåva; gällde ansökningar 26 februari 2020 – omkring mars 2023. För nya ansökningar gäller ICLD 2023.');
    expect(within(card).queryByText(/ICLD 2023 — gäller ansökningar/)).toBeNull();
    expect(within(card).queryByTestId('planned-past')).toBeNull();

    const date = within(card).getByLabelText('Planerat inlämningsdatum (valfritt)');
    fireEvent.change(date, { target: { value: '2025-01-15' } });
    expect(within(card).getByTestId('edition-in-force').textContent).toBe(
      'ICLD 2020 — äldre utgåva; gällde ansökningar 26 februari 2020 – omkring mars 2023. För ansökningar som lämnas in 15 januari 2025 gäller ICLD 2023.');
    const past = within(card).getByTestId('planned-past');
    expect(past.textContent).toBe('Det planerade inlämningsdatumet 15 januari 2025 har redan passerat. Ange det datum då ansökan ska lämnas in.');
    expect(date.getAttribute('aria-describedby')?.split(' ')).toContain(past.id);

    // Back to the edition in force: the line is the in-force line again.
    fireEvent.change(select(card, 'Regelverk'), { target: { value: 'icld-kp-2023' } });
    expect(within(card).getByTestId('edition-in-force').textContent).toBe('ICLD 2023 — gäller ansökningar från omkring april 2023');
  });

  it('stays on the start screen and says what went wrong when no draft could be made', async () => {
    fakeBridge.answer('draft:new', () => err('unexpected', 'boom'));
    const card = start();

    await userEvent.click(within(card).getByRole('button', { name: 'Skapa ansökan' }));

    expect((await screen.findByRole('alert')).textContent).not.toBe('');
    expect(screen.getByRole('region', { name: 'Ny ansökan' })).toBe(card);
  });

  it('from an open draft with unsaved changes goes to the start screen only when the user lets the changes go', async () => {
    openDraft({ ...newDraft(), title: 'Delaktighet i Mombasa' });
    render(<App />);
    updateFields((d) => ({ ...d, title: 'Delaktighet i Mombasa och Borås' }), 'title');
    // The question is the window's own confirm box.
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    window.confirm = confirm;

    newDraftCommand();
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining('Du har osparade ändringar i ”Delaktighet i Mombasa och Borås”.'));
    expect(screen.queryByRole('region', { name: 'Ny ansökan' })).toBeNull();
    expect(await screen.findByDisplayValue('Delaktighet i Mombasa och Borås')).toBeTruthy();

    newDraftCommand();
    expect(await screen.findByRole('region', { name: 'Ny ansökan' })).toBeTruthy();
    vi.unstubAllGlobals();
  });
});
