import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../../renderer/actions/registry';
import { UnplacedTray } from '../../../renderer/cards/unplaced-tray';
import { sectionValue } from '../../../renderer/editor/session';
import { appStore } from '../../../renderer/state/app-state';
import { docStore } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

function openImported() {
  openDraft({ ...newDraft(), unplaced: [p('Inledning från Word-filen.'), { type: 'heading-two', children: [{ text: 'Bilaga B' }] }] });
  appStore.set({ screen: 'editor' });
  render(<UnplacedTray />);
  return screen.getByRole('region', { name: 'Inte placerat' });
}

const blocks = (tray: HTMLElement) => within(tray).queryAllByRole('listitem').map((li) => li.querySelector('.kp-unplaced-preview p')?.textContent);

describe('the "Inte placerat" tray', () => {
  it('shows each waiting block with its kind, and is not there when nothing waits', async () => {
    const tray = openImported();
    expect(within(tray).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['Stycke: Inledning från Word-filen.', 'Underrubrik: Bilaga B']);
    expect(within(tray).getByText('2 delar kvar')).toBeTruthy();
    docStore.set((s) => ({ draft: { ...s.draft!, unplaced: [] } }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Inte placerat' })).toBeNull());
  });

  it('moves a block to the section chosen in the list, and one undo puts it back in the tray', async () => {
    const tray = openImported();
    await userEvent.click(within(tray).getAllByRole('button', { name: 'Flytta till avsnitt…' })[0]!);
    const picker = await screen.findByRole('dialog', { name: 'Flytta till avsnitt' });
    await userEvent.click(within(picker).getByRole('option', { name: 'Utmaning' }));
    await waitFor(() => expect(blocks(tray)).toEqual(['Bilaga B']));
    expect(sectionValue('challenge')).toEqual([p('Inledning från Word-filen.')]);

    runAction('edit.undo');
    await waitFor(() => expect(blocks(tray)).toEqual(['Inledning från Word-filen.', 'Bilaga B']));
    expect(sectionValue('challenge')).toEqual([p('')]);
  });

  it('moves the chosen blocks together, in the tray\'s order', async () => {
    const tray = openImported();
    for (const box of within(tray).getAllByRole('checkbox', { name: 'Välj' }).reverse()) await userEvent.click(box);
    await userEvent.click(within(tray).getByRole('button', { name: 'Flytta 2 valda till avsnitt…' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Flytta till avsnitt' })).getByRole('option', { name: 'Sammanfattning' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Inte placerat' })).toBeNull());
    expect(sectionValue('summary')).toEqual([p('Inledning från Word-filen.'), { type: 'heading-two', children: [{ text: 'Bilaga B' }] }]);
  });

  it('removes a block the user does not want, undoably', async () => {
    const tray = openImported();
    await userEvent.click(within(tray).getAllByRole('button', { name: 'Ta bort' })[1]!);
    expect(blocks(tray)).toEqual(['Inledning från Word-filen.']);
    runAction('edit.undo');
    await waitFor(() => expect(blocks(tray)).toEqual(['Inledning från Word-filen.', 'Bilaga B']));
  });
});
