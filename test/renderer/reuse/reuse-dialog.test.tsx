import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { newPartner } from '../../../core/draft/new-draft';
import { err, ok } from '../../../core/result';
import { runAction } from '../../../renderer/actions/registry';
import { DialogHost } from '../../../renderer/dialogs/dialog-host';
import { appStore } from '../../../renderer/state/app-state';
import { docStore } from '../../../renderer/state/doc-state';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';

const DIR = '/home/anna/Utkast';

function earlier(): Draft {
  const d = newDraft();
  return {
    ...d,
    title: 'Bitola 2022',
    modifiedAt: '2022-11-20T08:00:00.000Z',
    partners: [newPartner({ id: 'p-bitola', organisation: 'Bitola kommun', country: 'MK', role: 'partner' })],
    team: [
      { id: 'm1', name: 'Elena Petrovska', role: 'Samordnare', side: 'p-bitola', kind: 'civil_servant', politicalSide: null, coordinator: true, icldContact: false, projectManager: false },
      { id: 'm2', name: 'Karin Ek', role: 'Kommunalråd', side: 'swedish', kind: 'politician', politicalSide: 'majority', coordinator: false, icldContact: false, projectManager: false },
    ],
    budget: [
      { id: 'b1', category: 'international_travel', side: 'swedish', year: 1, amountOre: 4_500_000, description: 'Resa till Bitola', activityId: 'a1' },
      { id: 'b2', category: 'venue_rent', side: 'p-bitola', year: 2, amountOre: 1_200_050, description: 'Lokal för workshop', activityId: null },
    ],
  };
}

function openWithSources() {
  const open = { ...newDraft(), partners: [newPartner({ id: 'q-partner', organisation: 'Kisumu County', country: 'KE', role: 'partner' })] };
  openDraft(open, `${DIR}/ny.kpdraft`);
  appStore.set({ screen: 'editor' });
  fakeBridge.answer('reuse:list', () => ok({ entries: [
    { path: `${DIR}/ny.kpdraft`, origin: 'recent', title: 'Den öppna', modifiedAt: '2026-01-15T09:00:00.000Z' },
    { path: `${DIR}/bitola.kpdraft`, origin: 'recent', title: 'Bitola 2022', modifiedAt: '2022-11-20T08:00:00.000Z', partner: 'Bitola kommun (MK)' },
    { path: `${DIR}/trasig.kpdraft`, origin: 'folder', title: '', problem: { code: 'file-corrupt', message: 'truncated', path: `${DIR}/trasig.kpdraft` } },
  ] }));
  fakeBridge.answer('reuse:read', (req) => (req.path.endsWith('bitola.kpdraft') ? ok({ path: req.path, draft: earlier() }) : err('file-not-found', 'gone', req.path)));
  render(<DialogHost />);
  runAction('draft.reuse');
  return screen.findByRole('dialog', { name: 'Infoga från tidigare ansökan' });
}

describe('"Infoga från tidigare ansökan"', () => {
  it('lists the other drafts, with why one cannot be opened, and not the open draft itself', async () => {
    const dialog = await openWithSources();
    const list = await within(dialog).findByRole('listbox', { name: 'Dina ansökningar' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.querySelector('.kp-reuse-source-title')?.textContent)).toEqual(['Bitola 2022', 'trasig.kpdraft']);
    expect(options[1]!.getAttribute('aria-disabled')).toBe('true');
    expect(options[1]!.textContent).toContain('Kan inte öppnas:');
  });

  it('inserts team members with new ids, asks which party an unmatched side is, and one undo takes them away', async () => {
    const dialog = await openWithSources();
    await userEvent.click(await within(dialog).findByText('Bitola 2022', { selector: '.kp-reuse-source-title' }));
    await userEvent.click(await within(dialog).findByRole('tab', { name: 'Team (2)' }));
    await userEvent.click(within(dialog).getByLabelText(/Elena Petrovska/));
    await userEvent.click(within(dialog).getByLabelText(/Karin Ek/));
    const insert = within(dialog).getByRole('button', { name: 'Infoga' });
    // Bitola kommun (MK) is neither organisation nor country of a party here: the user says which.
    expect(insert).toHaveProperty('disabled', true);
    await userEvent.selectOptions(within(dialog).getByLabelText('Vilken part är Bitola kommun (MK) i den här ansökan?'), 'q-partner');
    await userEvent.click(insert);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const d = docStore.get().draft!;
    expect(d.team.map((m) => [m.name, m.side])).toEqual([['Elena Petrovska', 'q-partner'], ['Karin Ek', 'swedish']]);
    expect(d.team.map((m) => m.id)).not.toContain('m1');
    expect(d.reused.map((r) => [r.part, r.ids, r.sourceFile, r.sourceTitle, r.sourceModifiedAt])).toEqual([
      ['team', d.team.map((m) => m.id), `${DIR}/bitola.kpdraft`, 'Bitola 2022', '2022-11-20T08:00:00.000Z'],
    ]);

    runAction('edit.undo');
    expect(docStore.get().draft!.team).toEqual([]);
    expect(docStore.get().draft!.reused).toEqual([]);
  });

  it('inserts budget lines, each on the party of the open draft from the same country, without asking', async () => {
    const dialog = await openWithSources();
    // The open draft's partner is now from North Macedonia too (another municipality).
    docStore.set((st) => ({ draft: { ...st.draft!, partners: [{ ...st.draft!.partners[0]!, organisation: 'Ohrid kommun', country: 'MK' }] } }));
    await userEvent.click(await within(dialog).findByText('Bitola 2022', { selector: '.kp-reuse-source-title' }));
    await userEvent.click(await within(dialog).findByRole('tab', { name: 'Budget (2)' }));
    expect(within(dialog).getByLabelText(/Lokal för workshop/).closest('label')?.textContent).toMatch(/12\s000,50 kr, år 2/);
    await userEvent.click(within(dialog).getByLabelText(/Resa till Bitola/));
    await userEvent.click(within(dialog).getByLabelText(/Lokal för workshop/));
    expect(within(dialog).queryByText(/Vilken part är/)).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Infoga' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const d = docStore.get().draft!;
    expect(d.budget.map((l) => [l.description, l.side, l.amountOre, l.activityId])).toEqual([
      ['Resa till Bitola', 'swedish', 4_500_000, null], ['Lokal för workshop', 'q-partner', 1_200_050, null],
    ]);
    expect(d.reused.map((r) => [r.part, r.ids])).toEqual([['budget', d.budget.map((l) => l.id)]]);
  });

  it('says why a draft that can no longer be read cannot be used', async () => {
    const dialog = await openWithSources();
    // The file went away after the list was made.
    fakeBridge.answer('reuse:read', (req) => err('file-not-found', 'gone', req.path));
    await userEvent.click(await within(dialog).findByText('Bitola 2022', { selector: '.kp-reuse-source-title' }));
    expect((await within(dialog).findByText(/Kan inte öppnas:/, { selector: '.kp-reuse-detail *' })).textContent).toMatch(/Kan inte öppnas: .+/);
  });
});
