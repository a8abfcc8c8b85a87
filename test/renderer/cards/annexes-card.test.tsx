import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../core/result';
import { AnnexesCard } from '../../../renderer/cards/annexes-card';
import { appStore } from '../../../renderer/state/app-state';
import { docStore, undoFields } from '../../../renderer/state/doc-state';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';

const annexRow = (kind: string) => document.querySelector(`[data-kp-annex="${kind}"]`) as HTMLElement;
const stateOf = (kind: string) => within(annexRow(kind)).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;

describe('annexes card', () => {
  it('lists the annexes a project needs in the edition, each missing until marked, and says what a missing Letter of Intent lacks', async () => {
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'project' }));
    render(<AnnexesCard />);
    const names = [...document.querySelectorAll('.kp-annex-name')].map((e) => e.textContent);
    expect(names).toEqual(['Avsiktsförklaring (Letter of Intent), undertecknad', 'Resultat från ICLD:s projektplaneringsverktyg', 'Styrgruppsansökan', 'Budget, undertecknad']);
    expect(['letter_of_intent', 'planning_tool'].map((k) => stateOf(k).value)).toEqual(['missing', 'missing']);
    expect(await within(annexRow('letter_of_intent')).findByText(/Ingen undertecknad avsiktsförklaring/)).toBeTruthy();
  });

  it('marking the Letter of Intent signed records it in the draft and clears its warning; Ångra brings the state back', async () => {
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'project' }));
    render(<AnnexesCard />);
    fireEvent.change(stateOf('letter_of_intent'), { target: { value: 'signed' } });
    expect(docStore.get().draft!.annexes).toEqual([{ kind: 'letter_of_intent', state: 'signed', file: null }]);
    await waitFor(() => expect(within(annexRow('letter_of_intent')).queryByText(/avsiktsförklaring/)).toBeNull());
    undoFields();
    await waitFor(() => expect(stateOf('letter_of_intent').value).toBe('missing'));
  });

  it('chooses the file through the dialog, shows its name and whether it is still there, and can forget it', async () => {
    appStore.set({ mode: 'electron' });
    fakeBridge.answer('dialog:open-annex', () => ok({ path: '/home/lena/ICLD/LoI signerad.pdf' }));
    fakeBridge.answer('files:exist', (req) => ok({ exists: req.paths.map(() => false) }));
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'project' }));
    render(<AnnexesCard />);
    fireEvent.click(within(annexRow('letter_of_intent')).getByRole('button', { name: 'Välj fil…' }));
    await waitFor(() => expect(docStore.get().draft!.annexes[0]).toEqual({ kind: 'letter_of_intent', state: 'missing', file: '/home/lena/ICLD/LoI signerad.pdf' }));
    expect(fakeBridge.requests('dialog:open-annex')[0]!.title).toBe('Välj filen för Avsiktsförklaring (Letter of Intent), undertecknad');
    const file = annexRow('letter_of_intent').querySelector('[data-kp-annex-file]')!;
    expect(file.textContent).toContain('LoI signerad.pdf');
    expect(file.textContent).not.toContain('/home/lena');
    await waitFor(() => expect(file.textContent).toContain('hittas inte längre'));
    fireEvent.click(within(annexRow('letter_of_intent')).getByRole('button', { name: /Ta bort filkopplingen/ }));
    expect(docStore.get().draft!.annexes[0]!.file).toBeNull();
  });

  it('asks a project for its prior inception with year and ICLD reference, and an inception asks nothing of it', async () => {
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'project' }));
    const { unmount } = render(<AnnexesCard />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Vi har genomfört en förberedelse' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'År' }), { target: { value: '2024' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'ICLD:s diarienummer' }), { target: { value: '2024-0312' } });
    expect(docStore.get().draft!.prerequisites.priorInception).toEqual({ held: true, year: 2024, reference: '2024-0312' });
    unmount();
    openDraft(newDraft({ editionId: 'icld-kp-2020', component: 'inception' }));
    render(<AnnexesCard />);
    expect(screen.queryByRole('checkbox', { name: 'Vi har genomfört en förberedelse' })).toBeNull();
    expect([...document.querySelectorAll('.kp-annex-name')].map((e) => e.textContent)).toEqual(['Avsiktsförklaring (Letter of Intent), undertecknad', 'Budget, undertecknad']);
  });
});
