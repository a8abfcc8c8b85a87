import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../../../core/ipc/contract';
import { err, ok } from '../../../core/result';
import { App } from '../../../renderer/app';
import { openDraftCommand } from '../../../renderer/actions/draft-commands';
import { appStore } from '../../../renderer/state/app-state';
import { resetRoleMemory } from '../../../renderer/review/roles';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft } from '../support/drafts';

const DIR = '/home/anna/Utkast';
const file = (name: string, isDirectory = false): FileEntry => ({ name, path: `${DIR}/${name}`, isDirectory, modifiedAt: '2026-01-10T10:00:00.000Z' });
const VERSION = `v${'1'.repeat(32)}`;

/** Browser mode's start screen with the in-app picker opened on the drafts folder ("Öppna…"). */
async function openPicker(entries: FileEntry[]) {
  fakeBridge.answer('files:list', (req) => ok({ dir: req.dir ?? DIR, parent: '/home/anna', entries: (req.dir ?? DIR) === DIR ? entries : [] }));
  appStore.set({ screen: 'start', mode: 'web', draftsDir: DIR });
  render(<App />);
  await openDraftCommand();
  return screen.findByRole('dialog', { name: 'Öppna utkast' });
}

describe('open dialog (browser mode)', () => {
  it('lists the drafts of the folder and opens the one chosen in the editor', async () => {
    fakeBridge.answer('draft:open', (req) => ok({ path: req.path, draft: { ...newDraft(), title: 'Delaktighet i Mombasa' } }));
    const dialog = await openPicker([file('Arkiv', true), file('Delaktighet i Mombasa.kpdraft'), file('anteckningar.txt')]);

    const folder = await within(dialog).findByRole('list', { name: `Mapp: ${DIR}` });
    const listed = await within(folder).findAllByRole('button');
    expect(listed.map((b) => b.textContent?.replace(/ · .*/, '').trim())).toEqual(['Arkiv', 'Delaktighet i Mombasa.kpdraft']);
    // Drawn icons, not emoji that a system without an emoji font shows as boxes.
    expect(listed.map((b) => b.querySelector('svg')?.getAttribute('data-kp-icon'))).toEqual(['folder', 'file']);
    await userEvent.click(listed[1]!);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna' }));

    expect(await screen.findByDisplayValue('Delaktighet i Mombasa')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeBridge.requests('draft:open')).toEqual([{ path: `${DIR}/Delaktighet i Mombasa.kpdraft` }]);
  });

  it('opens as author a file once opened for review: the role follows how the user opens it', async () => {
    const path = `${DIR}/Delaktighet i Mombasa.kpdraft`;
    resetRoleMemory([[path, 'reviewer']]);
    fakeBridge.answer('draft:open', (req) => ok({ path: req.path, draft: { ...newDraft(), title: 'Delaktighet i Mombasa' } }));
    const dialog = await openPicker([file('Delaktighet i Mombasa.kpdraft')]);
    await userEvent.dblClick(await within(dialog).findByRole('button', { name: /Delaktighet i Mombasa\.kpdraft/ }));

    const title = await screen.findByDisplayValue('Delaktighet i Mombasa');
    expect(screen.getByRole('button', { name: /Författare/ })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect((title as HTMLTextAreaElement).readOnly).toBe(false);
    expect(fakeBridge.requests('review:set-role')).toEqual([{ path, role: 'author' }]);
    resetRoleMemory();
  });

  it('goes into a folder and back up', async () => {
    const dialog = await openPicker([file('Arkiv', true)]);

    await userEvent.click(await within(dialog).findByRole('button', { name: /Arkiv/ }));
    expect(await within(dialog).findByText('Inga utkast i den här mappen.')).toBeTruthy();
    expect(within(dialog).getByText(`Mapp: ${DIR}/Arkiv`)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: '↑ Upp en nivå' }));

    await waitFor(() => expect(fakeBridge.requests('files:list').at(-1)).toEqual({ dir: '/home/anna' }));
  });

  it('says a damaged file could not be read and offers its newest readable backup, opened as unsaved work', async () => {
    fakeBridge.answer('draft:open', (req) => err('file-corrupt', 'truncated', req.path));
    fakeBridge.answer('versions:newest-readable', () => ok({ entry: { id: VERSION, kind: 'backup', takenAt: '2026-01-09T15:30:00.000Z', sizeBytes: 2048, words: 120, readable: true } }));
    fakeBridge.answer('versions:load', () => ok({ draft: { ...newDraft(), title: 'Delaktighet i Mombasa' } }));
    const dialog = await openPicker([file('Delaktighet i Mombasa.kpdraft')]);

    await userEvent.dblClick(await within(dialog).findByRole('button', { name: /Delaktighet i Mombasa\.kpdraft/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Filen ”Delaktighet i Mombasa.kpdraft” kunde inte läsas: den verkar avbruten eller skadad. Originalet är orört.');
    await userEvent.click(within(alert).getByRole('button', { name: /^Öppna senaste läsbara säkerhetskopia/ }));

    expect(await screen.findByDisplayValue('Delaktighet i Mombasa')).toBeTruthy();
    expect(fakeBridge.requests('versions:load')).toEqual([{ id: VERSION }]);
    expect(screen.getByText('Inte sparat')).toBeTruthy();
  });
});
