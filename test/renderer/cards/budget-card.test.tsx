import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../../core/draft/schema';
import { Notices } from '../../../renderer/app';
import { BudgetCard } from '../../../renderer/cards/budget-card';
import { setUiLanguage } from '../../../renderer/i18n';
import { newDraft, openDraft } from '../support/drafts';

const EMPTY = 'Inga budgetrader ännu. Ctrl+Enter lägger till en rad.';

const line = (id: string, description: string, amountOre: number): BudgetLine =>
  ({ id, description, amountOre, year: 1, category: 'international_travel', side: 'swedish', activityId: null });

function openBudget(lines: BudgetLine[] = []) {
  openDraft({ ...newDraft(), budget: lines });
  render(<><BudgetCard /><Notices /></>);
}

/** Amounts are shown with non-breaking spaces ("12 000 kr" never breaks); compared here as plain ones. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const descriptions = () => screen.queryAllByRole('textbox', { name: /^Beskrivning \d+$/ }).map((i) => (i as HTMLInputElement).value);
const amountField = (n: number) => screen.getByRole('textbox', { name: `Belopp ${n}` }) as HTMLInputElement;
const amount = (n: number) => plain(amountField(n).value);
const total = () => plain(within(screen.getByRole('row', { name: /^Totalt/ })).getAllByRole('cell')[0]!.textContent);

async function typeAmount(n: number, text: string) {
  const user = userEvent.setup();
  await user.click(amountField(n));
  await user.keyboard('{Control>}a{/Control}{Backspace}');
  await user.type(amountField(n), `${text}{Enter}`);
}

describe('budget card', () => {
  it('says the table is empty, and adding a line shows a row to fill in', async () => {
    openBudget();
    expect(screen.getByText(EMPTY)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: '+ Lägg till rad' }));

    expect(descriptions()).toEqual(['']);
    expect(screen.queryByText(EMPTY)).toBeNull();
    expect(amount(1)).toBe('');
  });

  it('shows a typed amount the Swedish way and counts it in the total', async () => {
    openBudget([line('b1', 'Resa till Mombasa', 0)]);

    await typeAmount(1, '12000');

    expect(amount(1)).toBe('12 000 kr');
    expect(total()).toBe('12 000 kr');
  });

  it('keeps an amount it cannot read as typed, says so beside the field and leaves it out of the total', async () => {
    openBudget([line('b1', 'Resa till Mombasa', 500_00), line('b2', 'Workshop', 0)]);

    await typeAmount(2, 'abc');

    expect(amount(2)).toBe('abc');
    const message = await screen.findByText(/Beloppet ”abc” på .* kunde inte läsas som ett belopp/);
    expect(amountField(2).getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(amountField(2).getAttribute('aria-describedby')!)?.contains(message)).toBe(true);
    expect(total()).toBe('500 kr1 ogiltigt belopp ej medräknat');

    await typeAmount(2, '250');

    expect(amount(2)).toBe('250 kr');
    expect(screen.queryByText(/Beloppet ”abc”/)).toBeNull();
    expect(total()).toBe('750 kr');
  });

  it('removes a line at once and brings it back, amount and all, from the notice', async () => {
    openBudget([line('b1', 'Resa till Mombasa', 12_000_00), line('b2', 'Workshop', 3_000_00)]);

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort rad 1' }));

    expect(descriptions()).toEqual(['Workshop']);
    expect(total()).toBe('3 000 kr');
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('Raden ”Resa till Mombasa” togs bort.');

    await userEvent.click(within(notice).getByRole('button', { name: 'Ångra' }));

    expect(descriptions()).toEqual(['Resa till Mombasa', 'Workshop']);
    expect(amount(1)).toBe('12 000 kr');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('moves a line up and down with its buttons, the first line cannot go further up', async () => {
    openBudget([line('b1', 'Resa', 0), line('b2', 'Workshop', 0), line('b3', 'Tolk', 0)]);
    expect((screen.getByRole('button', { name: 'Flytta rad 1 upp' }) as HTMLButtonElement).disabled).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Flytta rad 3 upp' }));
    expect(descriptions()).toEqual(['Resa', 'Tolk', 'Workshop']);

    await userEvent.click(screen.getByRole('button', { name: 'Flytta rad 1 ned' }));
    expect(descriptions()).toEqual(['Tolk', 'Resa', 'Workshop']);
  });

  it('sums each year beside the total', async () => {
    openBudget([line('b1', 'Resa', 1_000_00), { ...line('b2', 'Workshop', 2_000_00), year: 2 }]);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'År 1' }), '2');

    const year2 = screen.getByRole('row', { name: /^År 2/ });
    expect(plain(within(year2).getAllByRole('cell')[0]!.textContent)).toBe('3 000 kr');
    expect(screen.queryByRole('row', { name: /^År 1/ })).toBeNull();
  });

  it('speaks English when the app does', async () => {
    await setUiLanguage('en');
    openBudget();

    await userEvent.click(screen.getByRole('button', { name: '+ Add line' }));

    expect(screen.getByRole('textbox', { name: 'Amount 1' })).toBeTruthy();
    expect(screen.queryByText(EMPTY)).toBeNull();
  });
});
