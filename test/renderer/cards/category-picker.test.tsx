import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../../core/draft/schema';
import { BudgetCard } from '../../../renderer/cards/budget-card';
import { setUiLanguage } from '../../../renderer/i18n';
import { docStore } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

const line: BudgetLine = { id: 'b1', description: 'Projektassistent', amountOre: 0, year: 1, category: 'work_input', side: 'swedish', activityId: null };

function openBudget(editionId = 'icld-kp-2020') {
  openDraft({ ...newDraft({ editionId }), budget: [line] });
  render(<BudgetCard />);
  return screen.getByRole('combobox', { name: /^(Kostnadsslag|Cost category) 1$/ }) as HTMLSelectElement;
}

const groupOf = (picker: HTMLSelectElement, label: string) => picker.querySelector(`optgroup[label="${label}"]`) as HTMLElement;

describe('the cost category picker', () => {
  afterEach(() => setUiLanguage('sv'));

  it('groups the categories ICLD does not pay for, says so in their names and gives the reason', () => {
    const picker = openBudget();
    const notPaid = groupOf(picker, 'ICLD betalar inte');
    const names = within(notPaid).getAllByRole('option').map((o) => o.textContent);
    expect(names).toEqual(['Löner – betalas inte', 'Traktamente – betalas inte', 'Mat, logi och aktiviteter under extra dagar – betalas inte', 'Övrigt – betalas inte']);
    expect(within(notPaid).getByRole('option', { name: 'Löner – betalas inte' }).title).toContain('ersättning för arbetstid budgeteras som arbetsinsatser');
    // The ones that are paid come first, unmarked.
    expect(within(picker).getByRole('option', { name: 'Arbetsinsatser' }).closest('optgroup')).toBeNull();
  });

  it('sets apart a category whose treatment the edition does not know, and choosing a marked one still works', async () => {
    const picker = openBudget();
    expect(within(groupOf(picker, 'Oklart om ICLD betalar')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Tolkning och översättning – oklart om det betalas']);
    await userEvent.selectOptions(picker, 'Löner – betalas inte');
    expect(docStore.get().draft!.budget[0]!.category).toBe('salaries');
  });

  it('follows the UI language and the edition, and calls an exclusion the edition does not confirm uncertain', () => {
    setUiLanguage('en');
    const picker = openBudget('icld-kp-2016');
    const notPaid = within(groupOf(picker, 'Not paid by ICLD')).getAllByRole('option').map((o) => o.textContent);
    expect(notPaid).toContain('Local travel in the partner country – not paid');
    const unknown = within(groupOf(picker, 'Not known whether ICLD pays')).getAllByRole('option');
    expect(unknown.map((o) => o.textContent)).toEqual(expect.arrayContaining(['Other – may not be paid', 'Salaries – may not be paid']));
    expect(unknown.find((o) => o.textContent === 'Salaries – may not be paid')!.title).toContain('not confirmed for this edition');
  });
});
