import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../core/result';
import { AnnexesCard } from '../../../renderer/cards/annexes-card';
import { appStore } from '../../../renderer/state/app-state';
import { docStore } from '../../../renderer/state/doc-state';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';

const card = () => document.querySelector('[data-kp-linked]') as HTMLElement;
const shown = () => card().querySelector('[data-kp-linked-draft]')!.textContent;
const steering = { title: 'Styrgrupp Kisumu', component: 'steering_group', editionId: 'icld-kp-2020', budget: [{ year: 1, amountOre: 300_000_00 }] };

describe('linked application in the annexes card', () => {
  it('a project chooses its steering-group draft in the dialog, shows its title as found, and PRE-03 is met', async () => {
    appStore.set({ mode: 'electron' });
    fakeBridge.answer('dialog:open-draft', () => ok({ path: '/home/lena/ICLD/styrgrupp.kpdraft' }));
    fakeBridge.answer('linked:read', () => ok(steering));
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'project' }));
    render(<AnnexesCard />);
    expect(within(card()).getByText('Styrgruppsansökan som skickas in med denna')).toBeTruthy();
    const pre03 = () => document.querySelector('[data-kp-annex="steering_group_application"]')!.textContent;
    const asked = /åtföljas av en ansökan för styrgruppen/;
    await waitFor(() => expect(pre03()).toMatch(asked));
    fireEvent.click(within(card()).getByRole('button', { name: 'Välj utkast…' }));
    await waitFor(() => expect(shown()).toBe('Styrgrupp Kisumu (hittad)'));
    expect(docStore.get().draft!.linkedDraft).toEqual({ file: '/home/lena/ICLD/styrgrupp.kpdraft', title: 'Styrgrupp Kisumu' });
    expect(fakeBridge.requests('linked:read')[0]).toEqual({ path: '/home/lena/ICLD/styrgrupp.kpdraft' });
    await waitFor(() => expect(pre03()).not.toMatch(asked));
    fireEvent.click(within(card()).getByRole('button', { name: 'Ta bort länk' }));
    expect(docStore.get().draft!.linkedDraft).toBeNull();
    expect(shown()).toBe('Inget utkast valt');
  });

  it('says when the linked draft is of the wrong kind or cannot be read, and warns naming it', async () => {
    fakeBridge.answer('linked:read', () => ok({ ...steering, title: 'Ett annat projekt', component: 'project' }));
    openDraft({ ...newDraft({ editionId: 'icld-kp-2020', component: 'project' }), linkedDraft: { file: '/home/lena/annat.kpdraft', title: 'Ett annat projekt' } });
    const { unmount } = render(<AnnexesCard />);
    await waitFor(() => expect(shown()).toBe('Ett annat projekt (fel slags ansökan)'));
    expect(await within(card()).findByText(/”Ett annat projekt” är ingen styrgruppsansökan/)).toBeTruthy();
    unmount();
    fakeBridge.answer('linked:read', () => err('file-not-found', 'no such file'));
    openDraft({ ...newDraft({ editionId: 'icld-kp-2020', component: 'project' }), linkedDraft: { file: '/home/lena/borta.kpdraft', title: 'Styrgruppen' } });
    render(<AnnexesCard />);
    await waitFor(() => expect(shown()).toBe('Styrgruppen (går inte att läsa)'));
    expect(await within(card()).findByText(/”Styrgruppen” går inte att läsa/)).toBeTruthy();
  });

  it('a steering-group draft asks for its project; browser mode chooses it in the in-app picker', async () => {
    appStore.set({ mode: 'web' });
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'steering_group' }));
    render(<AnnexesCard />);
    expect(within(card()).getByText('Projektansökan som denna hör till')).toBeTruthy();
    fireEvent.click(within(card()).getByRole('button', { name: 'Välj utkast…' }));
    expect(appStore.get().dialog).toEqual({ kind: 'linked-draft', title: 'Välj projektansökan' });
    expect(fakeBridge.requests('dialog:open-draft')).toEqual([]);
  });

  it('shows nothing for a component that is not submitted together with another', () => {
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'inception' }));
    render(<AnnexesCard />);
    expect(card()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Välj utkast…' })).toBeNull();
  });
});
