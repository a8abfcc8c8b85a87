import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../../core/draft/schema';
import { BudgetCard } from '../../../renderer/cards/budget-card';
import { docStore, updateFields } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

const line: BudgetLine = { id: 'b1', description: 'Resor', amountOre: 2_000_000, year: 1, category: 'international_travel', side: 'swedish', activityId: null };
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('an amount field with the focus in it', () => {
  it('shows a change made underneath it (undo, a quick fix), and leaving it does not write the old text back', async () => {
    openDraft({ ...newDraft(), budget: [line] });
    render(<BudgetCard />);
    const field = screen.getByRole('textbox', { name: 'Belopp 1' }) as HTMLInputElement;
    await userEvent.click(field);
    expect(plain(field.value)).toBe('20 000 kr');

    act(() => updateFields((d) => ({ ...d, budget: d.budget.map((l) => ({ ...l, amountOre: 50_000 })) })));
    expect(plain(field.value)).toBe('500 kr');
    await userEvent.tab();
    expect(docStore.get().draft!.budget[0]!.amountOre).toBe(50_000);
  });

  it('still commits what the user typed', async () => {
    openDraft({ ...newDraft(), budget: [line] });
    render(<BudgetCard />);
    const field = screen.getByRole('textbox', { name: 'Belopp 1' });
    await userEvent.click(field);
    await userEvent.keyboard('{Control>}a{/Control}1500{Tab}');
    expect(docStore.get().draft!.budget[0]!.amountOre).toBe(150_000);
  });
});
