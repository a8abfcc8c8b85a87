import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { SdgCard } from '../../../renderer/cards/sdg-card';
import { checkNow } from '../../../renderer/findings/live-checks';
import { setUiLanguage } from '../../../renderer/i18n';
import { SectionBlock } from '../../../renderer/layout/section-block';
import { docStore, undoFields } from '../../../renderer/state/doc-state';
import { templateSections } from '../../../renderer/template';
import { newDraft, openDraft } from '../support/drafts';

const agenda = () => docStore.get().draft!.agenda2030;
const targetsField = () => screen.getByRole('textbox', { name: 'Delmål i Agenda 2030 (valfritt)' }) as HTMLInputElement;

describe('Agenda 2030 card', () => {
  it('shows the seventeen goals with number and name; ticking them chooses them in goal order, one undo step each', async () => {
    openDraft(newDraft());
    render(<SdgCard />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(17);
    expect(screen.queryByRole('textbox')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mål 16: Fredliga och inkluderande samhällen' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mål 5: Jämställdhet' }));
    expect(agenda().goals).toEqual([5, 16]);
    expect(screen.getByText('2 mål valda')).toBeTruthy();
    act(() => { undoFields(); });
    expect(agenda().goals).toEqual([16]);
  });

  it('reads the targets typed; a bad one is named and stays in the field while the others are saved', async () => {
    openDraft({ ...newDraft(), agenda2030: { goals: [5, 16], targets: [] } });
    render(<SdgCard />);
    fireEvent.change(targetsField(), { target: { value: '5.5, 16.b' } });
    expect(agenda().targets).toEqual(['5.5', '16.b']);

    fireEvent.focus(targetsField());
    fireEvent.change(targetsField(), { target: { value: '5.5, 5.x, 16.b' } });
    fireEvent.blur(targetsField());
    expect(targetsField().value).toBe('5.5, 5.x, 16.b');
    expect(agenda().targets).toEqual(['5.5', '16.b']);
    expect(screen.getByText(/”5\.x” är inte ett delmål i Agenda 2030/)).toBeTruthy();
    expect(targetsField().getAttribute('aria-invalid')).toBe('true');

    // A target of a goal not chosen is kept, and its goal offered.
    fireEvent.change(targetsField(), { target: { value: '5.5, 16.b, 11.3' } });
    expect(agenda().targets).toEqual(['5.5', '16.b', '11.3']);
    await userEvent.click(screen.getByRole('button', { name: 'Välj mål 11' }));
    expect(agenda().goals).toEqual([5, 11, 16]);
  });

  it('keeps a bad target as typed in the draft once the field is left, so reopening shows it; FLD-01 then names it at the field and its fix drops it', async () => {
    openDraft({ ...newDraft(), editionId: 'icld-kp-2023', agenda2030: { goals: [5], targets: [] } });
    const first = render(<SdgCard />);
    fireEvent.focus(targetsField());
    fireEvent.change(targetsField(), { target: { value: '5.5, 5.9' } });
    // While typing, a target still being written is not kept as an error.
    expect(docStore.get().draft!.invalidInputs).toEqual({});
    fireEvent.blur(targetsField());
    expect(docStore.get().draft!.invalidInputs).toEqual({ 'agenda2030.targets': '5.5, 5.9' });
    expect(agenda().targets).toEqual(['5.5']);
    first.unmount();

    openDraft(structuredClone(docStore.get().draft!));
    render(<SdgCard />);
    expect(targetsField().value).toBe('5.5, 5.9');
    act(() => { checkNow(); });
    await waitFor(() => expect(document.querySelector('[data-kp-rule="FLD-01"]')?.textContent).toMatch(/Delmålet ”5\.9” finns inte i Agenda 2030/));
    expect(document.querySelector('[data-kp-sdg-bad]')).toBeNull();
    expect(targetsField().getAttribute('data-kp-loc')).toBe('agenda2030:targets');
    await userEvent.click(screen.getByRole('button', { name: /Ta bort det som inte är ett delmål/ }));
    expect(docStore.get().draft!.invalidInputs).toEqual({});
    expect(targetsField().value).toBe('5.5');
  });

  it('follows an undo of the targets', () => {
    openDraft({ ...newDraft(), agenda2030: { goals: [5], targets: ['5.5'] } });
    render(<SdgCard />);
    expect(targetsField().value).toBe('5.5');
    fireEvent.change(targetsField(), { target: { value: '5.5, 5.c' } });
    act(() => { undoFields(); });
    expect(agenda().targets).toEqual(['5.5']);
    expect(targetsField().value).toBe('5.5');
  });

  it('with the card on the page, DOC-03 marks the goals and its quick fix ticks the goals the text names', async () => {
    const d = newDraft();
    const draft: Draft = { ...d, sections: { ...d.sections, agenda2030: [{ type: 'paragraph', children: [{ text: 'Projektet bidrar till mål 11 och mål 5.' }] }] } };
    openDraft(draft);
    render(<SectionBlock section={templateSections('project').find((s) => s.id === 'sdg_goals')!} />);
    checkNow();
    const goals = document.querySelector('[data-kp-loc="section:sdg_goals"]')!;
    await waitFor(() => expect(goals.className).toContain('kp-field-info'));
    await userEvent.click(screen.getByRole('button', { name: /Välj målen 5 och 11/ }));
    expect(agenda().goals).toEqual([5, 11]);
    expect((screen.getByRole('checkbox', { name: 'Mål 11: Hållbara städer och samhällen' }) as HTMLInputElement).checked).toBe(true);
  });

  it('speaks English when the app does', async () => {
    await setUiLanguage('en');
    openDraft(newDraft());
    render(<SdgCard />);
    expect(screen.getByRole('checkbox', { name: 'Goal 17: Partnerships for the goals' })).toBeTruthy();
  });
});
