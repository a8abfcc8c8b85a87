import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Activity } from '../../../core/draft/framework';
import type { BudgetLine, Draft } from '../../../core/draft/schema';
import { Notices } from '../../../renderer/app';
import { ActivityPlanCard } from '../../../renderer/cards/activity-plan-card';
import { BudgetCard } from '../../../renderer/cards/budget-card';
import { setUiLanguage } from '../../../renderer/i18n';
import { docStore, undoFields } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

const activity = (id: string, title: string, o: Partial<Activity> = {}): Activity => ({
  id, title, description: '', resultIds: [], startMonth: null, endMonth: null, place: null, parties: [], kind: null, participants: null, ...o,
});
const line = (id: string, amountOre: number, activityId: string | null): BudgetLine =>
  ({ id, description: `Rad ${id}`, amountOre, year: 1, category: 'international_travel', side: 'swedish', activityId });

function withPlan(activities: Activity[], o: Partial<Draft> = {}): Draft {
  const d = newDraft();
  return {
    ...d, period: { start: '2026-09-01', end: '2028-08-31' }, activities,
    framework: { ...d.framework, projectObjectives: [{ id: 'p1', text: 'Bättre avfallshantering', note: '', indicators: [], assumptions: '', results: [
      { id: 'r1', text: 'Fler hushåll sorterar', note: '', indicators: [], assumptions: '' },
      { id: 'r2', text: 'Ny insamling', note: '', indicators: [], assumptions: '' },
    ] }] },
    ...o,
  };
}

function openPlan(draft: Draft) {
  openDraft(draft);
  render(<><ActivityPlanCard /><BudgetCard /><Notices /></>);
}

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const numbers = () => [...document.querySelectorAll('[data-kp-activity-number]')].map((e) => e.textContent);
const titles = () => screen.queryAllByRole('textbox', { name: /^Aktivitet \(/ }).map((e) => (e as HTMLTextAreaElement).value);

describe('activity plan card', () => {
  it('adds activities, numbers them under the result they serve, and moves them with the numbering following', async () => {
    openPlan(withPlan([activity('a1', 'Workshop', { resultIds: ['r2'] }), activity('a2', 'Studiebesök', { resultIds: ['r2'] })]));
    expect(numbers()).toEqual(['1.2.1', '1.2.2']);

    await userEvent.click(screen.getByRole('button', { name: 'Flytta ”Studiebesök” upp' }));
    expect(titles()).toEqual(['Studiebesök', 'Workshop']);
    expect(numbers()).toEqual(['1.2.1', '1.2.2']);

    await userEvent.click(screen.getByRole('button', { name: '+ Lägg till aktivitet' }));
    expect(titles()).toEqual(['Studiebesök', 'Workshop', '']);
    // A new activity serves what the one before it serves.
    expect(numbers()).toEqual(['1.2.1', '1.2.2', '1.2.3']);

    // The first activity now also serves result 1.1, which comes first: it is numbered under it.
    await userEvent.click(screen.getAllByRole('checkbox', { name: '1.1 Fler hushåll sorterar' })[0]!);
    expect(numbers()).toEqual(['1.1.1', '1.2.1', '1.2.2']);
  });

  it('removes an activity with an undo notice; its budget lines then name a removed activity, and undo brings it back', async () => {
    openPlan(withPlan([activity('a1', 'Workshop', { resultIds: ['r1'] }), activity('a2', 'Partnerbesök')], { budget: [line('b1', 12_000_00, 'a1'), line('b2', 3_000_00, 'a1'), line('b3', 500_00, null)] }));
    // The picker is drawn anew when its link stops matching an option, so it is looked up each time.
    const picker = () => screen.getByRole('combobox', { name: 'Aktivitet 1' }) as HTMLSelectElement;
    expect(picker().selectedOptions[0]!.text).toBe('1.1.1 Workshop');

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort ”Workshop”' }));

    expect(titles()).toEqual(['Partnerbesök']);
    expect(picker().selectedOptions[0]!.text).toBe('Borttagen aktivitet');
    expect(picker().value).toBe('a1');
    const notice = screen.getByText(/Aktiviteten ”Workshop” togs bort/).closest('.kp-notice') as HTMLElement;
    await userEvent.click(within(notice).getByRole('button', { name: 'Ångra' }));
    expect(titles()).toEqual(['Workshop', 'Partnerbesök']);
    expect(picker().selectedOptions[0]!.text).toBe('1.1.1 Workshop');
  });

  it('shows each activity’s budget as the sum of the lines linked to it, following a relinked line', async () => {
    openPlan(withPlan([activity('a1', 'Workshop', { resultIds: ['r1'] }), activity('a2', 'Partnerbesök')], { budget: [line('b1', 12_000_00, 'a1'), line('b2', 3_000_00, 'a1'), line('b3', 500_00, null)] }));
    const budgetOf = (id: string) => plain(document.querySelector(`[data-kp-activity-budget="${id}"]`)!.textContent);
    expect(budgetOf('a1')).toBe('Budget 15 000 kr (2 budgetrader)');
    expect(budgetOf('a2')).toBe('Ingen budgetrad kopplad');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Aktivitet 3' }), 'a2');

    expect(budgetOf('a2')).toBe('Budget 500 kr (1 budgetrad)');
    expect(docStore.get().draft!.budget[2]!.activityId).toBe('a2');
  });

  it('shows months as dates from the period’s start, as month numbers without one, and a start after the end takes the end along', async () => {
    openPlan(withPlan([activity('a1', 'Workshop', { resultIds: ['r1'], startMonth: 7, endMonth: 10 })]));
    const start = screen.getByRole('combobox', { name: 'Start (1.1.1)' }) as HTMLSelectElement;
    expect(start.selectedOptions[0]!.text).toBe('mars 2027');
    expect(screen.getByRole('button', { name: '1.1.1 Workshop: mars 2027 – juni 2027' })).toBeTruthy();

    await userEvent.selectOptions(start, '12');
    expect(docStore.get().draft!.activities[0]).toMatchObject({ startMonth: 12, endMonth: 12 });
    act(() => { undoFields(); });
    expect(docStore.get().draft!.activities[0]).toMatchObject({ startMonth: 7, endMonth: 10 });
    // The end offers no month before the start, so choosing an end never moves the start.
    const end = screen.getByRole('combobox', { name: 'Slut (1.1.1)' }) as HTMLSelectElement;
    const offered = [...end.options].filter((o) => o.value !== '' && !o.disabled).map((o) => Number(o.value));
    expect(Math.min(...offered)).toBe(7);
  });

  it('counts months from 1 when the period has no start, and speaks English when the app does', async () => {
    await setUiLanguage('en');
    openPlan(withPlan([activity('a1', 'Workshop', { resultIds: ['r1'], startMonth: 3, endMonth: 5 })], { period: { start: null, end: null } }));
    expect((screen.getByRole('combobox', { name: 'Start (1.1.1)' }) as HTMLSelectElement).selectedOptions[0]!.text).toBe('Month 3');
    expect(screen.getByRole('button', { name: '1.1.1 Workshop: Month 3 – Month 5' })).toBeTruthy();
  });

  it('moves a timeline bar a month with → and its end with Shift+←, one undo step each', async () => {
    openPlan(withPlan([activity('a1', 'Workshop', { resultIds: ['r1'], startMonth: 7, endMonth: 10 })]));
    const user = userEvent.setup();
    screen.getByRole('button', { name: /^1\.1\.1 Workshop: / }).focus();
    await user.keyboard('{ArrowRight}');
    expect(docStore.get().draft!.activities[0]).toMatchObject({ startMonth: 8, endMonth: 11 });
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(docStore.get().draft!.activities[0]).toMatchObject({ startMonth: 8, endMonth: 10 });
    expect(screen.getByRole('button', { name: '1.1.1 Workshop: april 2027 – juni 2027' })).toBeTruthy();
    undoFields();
    expect(docStore.get().draft!.activities[0]).toMatchObject({ startMonth: 8, endMonth: 11 });
  });

  it('takes keys typed right after Ctrl+Enter into the new activity, even when no frame has been drawn yet', async () => {
    // A busy window: no animation frame comes while the keys arrive.
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      openPlan(withPlan([activity('a1', 'Workshop')]));
      await userEvent.click(screen.getAllByRole('textbox', { name: /^Aktivitet \(/ })[0]!);
      await userEvent.keyboard('{Control>}{Enter}{/Control}Studiebesök');
      expect(titles()).toEqual(['Workshop', 'Studiebesök']);
    } finally {
      frame.mockRestore();
    }
  });
});
